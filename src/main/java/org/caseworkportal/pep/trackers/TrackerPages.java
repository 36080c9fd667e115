package org.caseworkportal.pep.trackers;

import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.pep.PepStage;
import org.caseworkportal.pep.timescales.PepTimescalesProperties;
import org.caseworkportal.pep.trackers.Trackers.OpenCount;
import org.caseworkportal.people.ChildAccessPolicy;
import org.caseworkportal.people.VisibleChildren;
import org.caseworkportal.web.DisplayTime;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.Paging;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The trackers page for one person and one set of filters, and its list as CSV. The school and
 * officer filters narrow every figure (but the by-school table, which has every school); the stage
 * filter narrows the due-this-week, overdue and PEP lists; the due filter narrows the PEP list. The
 * open PEPs' counts and the lists are read afresh on each request, the year's figures through
 * {@link RecentYearFigures}.
 */
@Component
class TrackerPages {

	static final String PATH = "/staff/trackers";

	static final String CSV_PATH = "/staff/trackers.csv";

	static final int PAGE_SIZE = 50;

	/** How many PEPs the due-this-week and overdue lists show before "See all". */
	static final int FIRST_FEW = 10;

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
		model.addAttribute("schoolOptions", withAll("All schools", options.schools().stream().map(TrackerOptions.asOption()).toList()));
		model.addAttribute("stageOptions", withAll("All open stages", Arrays.stream(PepStage.values())
			.filter(TrackerFilter::tracked)
			.map(stage -> Map.<String, Object>of("value", stage.name(), "text", TrackerText.stage(stage)))
			.toList()));
		model.addAttribute("officerOptions", withAll("All officers", options.officers().stream().map(TrackerOptions.asOption()).toList()));
		model.addAttribute("dueOptions", withAll("Any time", Arrays.stream(Due.values())
			.map(due -> Map.<String, Object>of("value", due.parameter(), "text", due.label()))
			.toList()));
		model.addAttribute("clearHref", PATH);
		model.addAttribute("csvHref", criteria.link(CSV_PATH, 1));

		model.addAttribute("stages", TrackerFigures.byStage(criteria, open, year.finalised()));
		model.addAttribute("week", TrackerText.week(dates.weekStart(), dates.weekEnd()));
		model.addAttribute("dueThisWeek", firstPeps(visible, criteria.withDue(Due.THIS_WEEK), dates, open, schoolNames));
		model.addAttribute("overdue", firstPeps(visible, criteria.withDue(Due.OVERDUE), dates, open, schoolNames));
		model.addAttribute("schools", TrackerFigures.bySchool(criteria, open, year, schoolNames));
		List<MonthOnTime> months = TrackerFigures.byMonth(criteria, year.onTime(), dates);
		model.addAttribute("months", months);
		model.addAttribute("chart", OnTimeChart.svg("on-time-chart", months));
		model.addAttribute("dueAt", TrackerText.timeOfDay(timescales.dueAt()));
		model.addAttribute("yearFiguresAt", DisplayTime.timeOfDay(year.workedOutAt()));
		model.addAttribute("yearFiguresFor", TrackerText.period(properties.yearFiguresFor()));

		Paging paging = Paging.of(requestedPage, listed(visible, criteria, dates, open), PAGE_SIZE);
		model.addAttribute("paging", paging);
		model.addAttribute("total", TrackerText.number(paging.total()));
		model.addAttribute("peps", rows(trackers.list(visible, criteria, dates, PAGE_SIZE, paging.offset()), schoolNames, dates));
		model.addAttribute("listHeading", criteria.due() != null ? criteria.due().label()
				: criteria.stage() == null ? "Open PEPs" : TrackerText.stage(criteria.stage()));
		model.addAttribute("previousPage", paging.previous(page -> criteria.link(PATH, page) + "#peps"));
		model.addAttribute("nextPage", paging.next(page -> criteria.link(PATH, page) + "#peps"));
		model.addAttribute("pageItems", paging.items(page -> criteria.link(PATH, page) + "#peps"));
	}

	/** The filters' problems, if any: a download is only linked from a page without them. */
	List<ErrorMessage> problems(TrackerFilter filter) {
		return filter.problems(options());
	}

	/** Every PEP of the list, as CSV with a header row; dates as 2026-11-03, so that they sort. */
	void csv(PortalUser user, TrackerFilter filter, Writer out) {
		TrackerOptions options = options();
		Map<Long, String> schoolNames = options.schoolNames();
		TrackerDates dates = dates();
		var csv = new TrackerCsv(out);
		csv.row(List.of("Reference", "Child", "School", "Stage", "Due date", "Days overdue"));
		trackers.each(access.visibleChildren(user), filter.criteria(options), dates, pep -> {
			long daysOverdue = pep.daysOverdue(dates.today());
			csv.row(List.of(pep.reference(), pep.childName(), TrackerText.school(pep.settingId(), schoolNames),
					TrackerText.stage(pep.stage()), pep.dueDate() == null ? "" : pep.dueDate().toString(),
					daysOverdue == 0 ? "" : String.valueOf(daysOverdue)));
		});
	}

	String today() {
		return dates().today().toString();
	}

	private FirstPeps firstPeps(VisibleChildren visible, TrackerCriteria criteria, TrackerDates dates, List<OpenCount> open,
			Map<Long, String> schoolNames) {
		return new FirstPeps(listed(visible, criteria, dates, open),
				rows(trackers.list(visible, criteria, dates, FIRST_FEW, 0), schoolNames, dates), criteria.link(PATH, 1) + "#peps");
	}

	/**
	 * How many PEPs the list of these criteria holds, so that the page number can be checked
	 * before the page is read: the open ones from their counts, the finalised ones counted afresh
	 * (the year's counts may be minutes old).
	 */
	private long listed(VisibleChildren visible, TrackerCriteria criteria, TrackerDates dates, List<OpenCount> open) {
		return criteria.stage() == PepStage.FINALISED ? trackers.count(visible, criteria, dates)
				: TrackerFigures.openListed(criteria, open);
	}

	private TrackerOptions options() {
		return new TrackerOptions(trackers.schoolsWithPeps(), trackers.officers());
	}

	private TrackerDates dates() {
		return TrackerDates.at(clock.instant(), timescales.dueAt());
	}

	private static List<PepRow> rows(List<TrackedPep> peps, Map<Long, String> schoolNames, TrackerDates dates) {
		return peps.stream()
			.map(pep -> new PepRow("/peps/" + pep.id(), pep.reference(), pep.childName(),
					TrackerText.school(pep.settingId(), schoolNames), TrackerText.stage(pep.stage()),
					TrackerText.shortDate(pep.dueDate()), pep.daysOverdue(dates.today())))
			.toList();
	}

	private static List<Map<String, Object>> withAll(String all, List<Map<String, Object>> options) {
		List<Map<String, Object>> withAll = new ArrayList<>();
		withAll.add(Map.of("value", "", "text", all));
		withAll.addAll(options);
		return withAll;
	}

}
