package org.caseworkportal.pep.trackers;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.caseworkportal.pep.PepStage;
import org.caseworkportal.pep.trackers.Trackers.OnTimeCount;
import org.caseworkportal.pep.trackers.Trackers.OpenCount;
import org.caseworkportal.pep.trackers.Trackers.SchoolCount;

/**
 * The page's figures, summed from the counts by school: by stage, by school and by month. The
 * school filter picks the schools summed; the by-school table has them all.
 */
final class TrackerFigures {

	private TrackerFigures() {
	}

	static List<StageCount> byStage(TrackerCriteria criteria, List<OpenCount> open, List<SchoolCount> finalised) {
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
				counts.add(new StageCount(TrackerText.stage(stage), TrackerText.number(count),
						ofStage.link(TrackerPages.PATH, 1) + "#peps", stage == criteria.stage()));
			}
		}
		return counts;
	}

	/**
	 * How many open PEPs the list of these criteria holds (not finalised ones): the counts'
	 * conditions are the list's.
	 */
	static long openListed(TrackerCriteria criteria, List<OpenCount> open) {
		ToIntFunction<OpenCount> counted = criteria.due() == null ? OpenCount::open
				: criteria.due() == Due.THIS_WEEK ? OpenCount::dueThisWeek : OpenCount::overdue;
		return open.stream()
			.filter(count -> atSchool(criteria, count.settingId()) && (criteria.stage() == null || criteria.stage() == count.stage()))
			.mapToLong(counted::applyAsInt)
			.sum();
	}

	static List<SchoolFigures> bySchool(TrackerCriteria criteria, List<OpenCount> open, YearFigures year,
			Map<Long, String> schoolNames) {
		Map<Long, SchoolTally> tallies = new LinkedHashMap<>();
		open.forEach(count -> tallies.computeIfAbsent(count.settingId(), id -> new SchoolTally()).add(count));
		year.finalised().forEach(count -> tallies.computeIfAbsent(count.settingId(), id -> new SchoolTally()).finalised += count.count());
		year.onTime().forEach(count -> tallies.computeIfAbsent(count.settingId(), id -> new SchoolTally()).add(count));
		return tallies.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<Long, SchoolTally> school) -> school.getKey() == null)
				.thenComparing(school -> TrackerText.school(school.getKey(), schoolNames), String.CASE_INSENSITIVE_ORDER))
			.map(school -> {
				SchoolTally tally = school.getValue();
				return new SchoolFigures(TrackerText.school(school.getKey(), schoolNames),
						school.getKey() == null ? "" : criteria.withSchool(school.getKey()).link(TrackerPages.PATH, 1),
						TrackerText.number(tally.open), TrackerText.number(tally.overdue), TrackerText.number(tally.finalised),
						MonthOnTime.summary(tally.counted, tally.onTime));
			})
			.toList();
	}

	/** Every month of the year, those with no contribution counted too. */
	static List<MonthOnTime> byMonth(TrackerCriteria criteria, List<OnTimeCount> onTime, TrackerDates dates) {
		Map<YearMonth, MonthOnTime> months = new LinkedHashMap<>();
		dates.months().forEach(month -> months.put(month, new MonthOnTime(month, 0, 0)));
		onTime.stream()
			.filter(count -> atSchool(criteria, count.settingId()))
			.forEach(count -> months.computeIfPresent(count.month(), (month, sum) -> sum.plus(count.counted(), count.onTime())));
		return List.copyOf(months.values());
	}

	private static boolean atSchool(TrackerCriteria criteria, Long settingId) {
		return criteria.school() == null || criteria.school().equals(settingId);
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
