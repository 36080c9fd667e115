package org.caseworkportal.pep.trackers;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.people.VisibleChildren;
import org.springframework.stereotype.Component;

/**
 * The year's figures for each person and officer filter, read at most once every
 * {@link TrackerProperties#yearFiguresFor()}. Each person has their own, since each may see
 * different children. Two requests that miss at once both read them, which is harmless.
 */
@Component
class RecentYearFigures {

	private final Trackers trackers;

	private final TrackerProperties properties;

	private final Clock clock;

	private final Map<Key, YearFigures> recent = new ConcurrentHashMap<>();

	RecentYearFigures(Trackers trackers, TrackerProperties properties, Clock clock) {
		this.trackers = trackers;
		this.properties = properties;
		this.clock = clock;
	}

	YearFigures of(AccountId viewer, VisibleChildren visible, Long officer, TrackerDates dates,
			ContributionDeadlines deadlines) {
		Instant now = clock.instant();
		Instant oldestKept = now.minus(properties.yearFiguresFor());
		var key = new Key(viewer, officer);
		YearFigures kept = recent.get(key);
		if (kept != null && kept.workedOutAt().isAfter(oldestKept)) {
			return kept;
		}
		var figures = new YearFigures(trackers.finalisedBySchool(visible, officer, dates),
				trackers.onTimeBySchool(visible, officer, dates, deadlines), now);
		recent.values().removeIf(figure -> !figure.workedOutAt().isAfter(oldestKept));
		recent.put(key, figures);
		return figures;
	}

	private record Key(AccountId viewer, Long officer) {
	}

}
