package org.caseworkportal.pep.trackers;

import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.pep.PepStage;
import org.caseworkportal.pep.timescales.PepTimescalesProperties;
import org.caseworkportal.pep.trackers.Trackers.OnTimeCount;
import org.caseworkportal.pep.trackers.Trackers.OpenCount;
import org.caseworkportal.pep.trackers.Trackers.SchoolCount;
import org.caseworkportal.people.ChildAccessPolicy;
import org.caseworkportal.people.VisibleChildren;
import org.caseworkportal.web.DisplayTime;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.Paging;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The trackers page's figures and lists for one person and one set of filters, and the same list
 * as CSV. The school and officer filters narrow every figure (but the by-school table, which has
 * every school); the stage filter narrows the due-this-week, overdue and PEP lists; the due filter
 * narrows the PEP list. The open PEPs' figures and the lists are read afresh on each request, the
 * year's figures through {@link RecentYearFigures}.
 */
@Component
class TrackerPages {

	static final String PATH = "/staff/trackers";

	static final String CSV_PATH = "/staff/trackers.csv";

	static final int PAGE_SIZE = 50;

	/** How many PEPs the due-this-week and overdue lists show before "See all". */
	static final int FIRST_FEW = 10;

	private static final String NO_SCHOOL = "Not at a school";

	private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final Trackers trackers;

	private final RecentYearFigures yearFigures;

	private final ChildAccessPolicy access;

	private final PepTimescalesProperties timescales;

	private final TrackerProperties properties;

	private final Clock clock;

	TrackerPages(Trackers trackers, RecentYearFigures yearFigures, ChildAccessPolicy access,
			PepTimescalesProperties timescales, TrackerProperties properties, Clock clock) {
		this.trackers = trackers;
		this.yearFigures = yearFigures;
		this.access = access;
		this.timescales = timescales;
		this.properties = properties;
		this.clock = clock;
	}

	void describe(PortalUser user, TrackerFilter filter, int requestedPage, Model model) {
		TrackerOptions options = options();
		TrackerCriteria criteria = filter.criteria(options);
		TrackerDates dates = dates();
		VisibleChildren visible = access.visibleChildren(user);
		List<OpenCount> open = trackers.openCounts(visible, criteria.officer(), dates);
		YearFigures year = yearFigures.of(user.id(), visible, criteria.officer(), dates, ContributionDeadlines
			.over(dates.yearFrom(), dates.yearTo(), timescales.dueAt(), TrackerDates.LONDON));
		Map<Long, String> schoolNames = options.schoolNames();

		model.addAttribute("filter", filter);
		model.addAttribute("errors", filter.problems(options));
		model.addAttribute("schoolOptions", options(options.schools().stream().map(TrackerOptions.asOption()).toList(), "All schools"));
		model.addAttribute("stageOptions", options(Arrays.stream(PepStage.values())
			.filter(TrackerFilter::tracked)
			.map(stage -> Map.<String, Object>of("value", stage.name(), "text", stageLabel(stage)))
			.toList(), "All open stages"));
		model.addAttribute("officerOptions", options(options.officers().stream().map(TrackerOptions.asOption()).toList(), "All officers"));
		model.addAttribute("dueOptions", options(Arrays.stream(Due.values())
			.map(due -> Map.<String, Object>of("value", due.parameter(), "text", due.label()))
			.toList(), "Any time"));
		model.addAttribute("clearHref", PATH);
		model.addAttribute("csvHref", criteria.link(CSV_PATH, 1));

		model.addAttribute("stages", stageCounts(criteria, open, year.finalised()));
		model.addAttribute("yearFiguresAt", DisplayTime.timeOfDay(year.workedOutAt()));
		model.addAttribute("yearFiguresFor", period(properties.yearFiguresFor()));

		model.addAttribute("week", DAY.format(dates.weekStart()) + " to " + DAY_AND_YEAR.format(dates.weekEnd()));
		model.addAttribute("dueThisWeek", firstPeps(visible, criteria.withDue(Due.THIS_WEEK), dates, open, schoolNames));
		model.addAttribute("overdue", firstPeps(visible, criteria.withDue(Due.OVERDUE), dates, open, schoolNames));

		model.addAttribute("schools", schoolFigures(criteria, open, year, schoolNames));

		List<MonthOnTime> months = months(criteria, year.onTime(), dates);
		model.addAttribute("months", months);
		model.addAttribute("chart", OnTimeChart.svg("on-time-chart", months));
		model.addAttribute("dueAt", timeOfDay(timescales.dueAt()));

		Paging paging = Paging.of(requestedPage, listTotal(visible, criteria, dates, open), PAGE_SIZE);
		model.addAttribute("paging", paging);
		model.addAttribute("total", number(paging.total()));
		model.addAttribute("peps", rows(trackers.list(visible, criteria, dates, PAGE_SIZE, paging.offset()), schoolNames, dates));
		model.addAttribute("listHeading", listHeading(criteria));
		model.addAttribute("previousPage", paging.previous(page -> criteria.link(PATH, page) + "#peps"));
		model.addAttribute("nextPage", paging.next(page -> criteria.link(PATH, page) + "#peps"));
		model.addAttribute("pageItems", paging.items(page -> criteria.link(PATH, page) + "#peps"));
	}

	private FirstPeps firstPeps(VisibleChildren visible, TrackerCriteria criteria, TrackerDates dates, List<OpenCount> open,
			Map<Long, String> schoolNames) {
		return new FirstPeps(listTotal(visible, criteria, dates, open),
				rows(trackers.list(visible, criteria, dates, FIRST_FEW, 0), schoolNames, dates), criteria.link(PATH, 1) + "#peps");
	}

	/**
	 * How many PEPs the list of these criteria holds, so that the page number can be checked
	 * before the page is read. For open PEPs, from their counts by school and stage, whose
	 * conditions are the list's; the finalised ones are counted afresh (their counts by school
	 * may be minutes old).
	 */
	private long listTotal(VisibleChildren visible, TrackerCriteria criteria, TrackerDates dates, List<OpenCount> open) {
		if (criteria.stage() == PepStage.FINALISED) {
			return trackers.count(visible, criteria, dates);
		}
		ToIntFunction<OpenCount> counted = criteria.due() == null ? OpenCount::open
				: criteria.due() == Due.THIS_WEEK ? OpenCount::dueThisWeek : OpenCount::overdue;
		return open.stream()
			.filter(count -> atSchool(criteria, count.settingId()) && (criteria.stage() == null || criteria.stage() == count.stage()))
			.mapToLong(counted::applyAsInt)
			.sum();
	}

	/** The filters' problems, if any: a download is only linked from a page without them. */
	List<ErrorMessage> problems(TrackerFilter filter) {
		return filter.problems(options());
	}

	/** Every PEP of the list, as CSV with a header row. */
	void csv(PortalUser user, TrackerFilter filter, Writer out) {
		TrackerOptions options = options();
		Map<Long, String> schoolNames = options.schoolNames();
		TrackerDates dates = dates();
		var csv = new TrackerCsv(out);
		csv.row(List.of("Reference", "Child", "School", "Stage", "Due date", "Days overdue"));
		trackers.each(access.visibleChildren(user), filter.criteria(options), dates, pep -> {
			long daysOverdue = pep.daysOverdue(dates.today());
			csv.row(List.of(pep.reference(), pep.childName(), schoolName(pep.settingId(), schoolNames), stageLabel(pep.stage()),
					pep.dueDate() == null ? "" : pep.dueDate().toString(), daysOverdue == 0 ? "" : String.valueOf(daysOverdue)));
		});
	}

	String today() {
		return dates().today().toString();
	}

	private TrackerOptions options() {
		return new TrackerOptions(trackers.schoolsWithPeps(), trackers.officers());
	}

	private TrackerDates dates() {
		return TrackerDates.at(clock.instant(), timescales.dueAt());
	}

	private static List<StageCount> stageCounts(TrackerCriteria criteria, List<OpenCount> open, List<SchoolCount> finalised) {
		List<StageCount> counts = new ArrayList<>();
		for (PepStage stage : PepStage.values()) {
			if (TrackerFilter.tracked(stage)) {
				long count = stage == PepStage.FINALISED
						? finalised.stream().filter(school -> atSchool(criteria, school.settingId())).mapToLong(SchoolCount::count).sum()
						: open.stream()
							.filter(school -> school.stage() == stage && atSchool(criteria, school.settingId()))
							.mapToLong(OpenCount::open)
							.sum();
				TrackerCriteria ofStage = criteria.withStage(stage).withDue(null);
				counts.add(new StageCount(stageLabel(stage), number(count), ofStage.link(PATH, 1) + "#peps",
						stage == criteria.stage()));
			}
		}
		return counts;
	}

	private static boolean atSchool(TrackerCriteria criteria, Long settingId) {
		return criteria.school() == null || criteria.school().equals(settingId);
	}

	private static List<SchoolFigures> schoolFigures(TrackerCriteria criteria, List<OpenCount> open, YearFigures year,
			Map<Long, String> schoolNames) {
		Map<Long, SchoolTally> tallies = new LinkedHashMap<>();
		open.forEach(count -> tallies.computeIfAbsent(count.settingId(), id -> new SchoolTally()).add(count));
		year.finalised().forEach(count -> tallies.computeIfAbsent(count.settingId(), id -> new SchoolTally()).finalised += count.count());
		year.onTime().forEach(count -> tallies.computeIfAbsent(count.settingId(), id -> new SchoolTally()).add(count));
		return tallies.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<Long, SchoolTally> school) -> school.getKey() == null)
				.thenComparing(school -> schoolName(school.getKey(), schoolNames), String.CASE_INSENSITIVE_ORDER))
			.map(school -> {
				SchoolTally tally = school.getValue();
				return new SchoolFigures(schoolName(school.getKey(), schoolNames),
						school.getKey() == null ? "" : criteria.withSchool(school.getKey()).link(PATH, 1), number(tally.open),
						number(tally.overdue), number(tally.finalised), MonthOnTime.summary(tally.counted, tally.onTime));
			})
			.toList();
	}

	private static List<MonthOnTime> months(TrackerCriteria criteria, List<OnTimeCount> onTime, TrackerDates dates) {
		Map<YearMonth, MonthOnTime> months = new LinkedHashMap<>();
		dates.months().forEach(month -> months.put(month, new MonthOnTime(month, 0, 0)));
		onTime.stream()
			.filter(count -> atSchool(criteria, count.settingId()))
			.forEach(count -> months.computeIfPresent(count.month(), (month, sum) -> sum.plus(count.counted(), count.onTime())));
		return List.copyOf(months.values());
	}

	private static List<PepRow> rows(List<TrackedPep> peps, Map<Long, String> schoolNames, TrackerDates dates) {
		return peps.stream()
			.map(pep -> new PepRow("/peps/" + pep.id(), pep.reference(), pep.childName(), schoolName(pep.settingId(), schoolNames),
					stageLabel(pep.stage()), pep.dueDate() == null ? "" : SHORT_DATE.format(pep.dueDate()),
					pep.daysOverdue(dates.today())))
			.toList();
	}

	private static String listHeading(TrackerCriteria criteria) {
		if (criteria.due() != null) {
			return criteria.due().label();
		}
		return criteria.stage() == null ? "Open PEPs" : stageLabel(criteria.stage());
	}

	private static String stageLabel(PepStage stage) {
		return stage == PepStage.FINALISED ? "Finalised in the last 12 months" : stage.label();
	}

	private static String schoolName(Long settingId, Map<Long, String> schoolNames) {
		return settingId == null ? NO_SCHOOL : Objects.requireNonNullElse(schoolNames.get(settingId), NO_SCHOOL);
	}

	private static List<Map<String, Object>> options(List<Map<String, Object>> options, String all) {
		List<Map<String, Object>> withAll = new ArrayList<>();
		withAll.add(Map.of("value", "", "text", all));
		withAll.addAll(options);
		return withAll;
	}

	private static String number(long count) {
		return String.format(Locale.UK, "%,d", count);
	}

	/** "5 minutes", "1 minute", "30 seconds". */
	private static String period(Duration duration) {
		long minutes = duration.toMinutes();
		long seconds = duration.toSeconds();
		return minutes > 0 ? minutes + (minutes == 1 ? " minute" : " minutes") : seconds + (seconds == 1 ? " second" : " seconds");
	}

	/** "5pm", "4:30pm", as GOV.UK writes times. */
	private static String timeOfDay(LocalTime time) {
		String hour = String.valueOf(time.getHour() % 12 == 0 ? 12 : time.getHour() % 12);
		String minutes = time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute());
		return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
	}

	/** One school's figures as the counts come in. */
	private static final class SchoolTally {

		private int open;

		private int overdue;

		private int finalised;

		private int counted;

		private int onTime;

		void add(OpenCount count) {
			open += count.open();
			overdue += count.overdue();
		}

		void add(OnTimeCount count) {
			counted += count.counted();
			onTime += count.onTime();
		}

	}

}
