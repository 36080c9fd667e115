package org.caseworkportal.pep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.caseworkportal.pep.timescales.PepStep;
import org.caseworkportal.pep.timescales.PepTimescales;
import org.caseworkportal.web.DisplayTime;
import org.springframework.stereotype.Component;

/**
 * A PEP's key dates for its pages: the meeting, each step's due date under this authority's
 * timescales, and when each was done.
 */
@Component
public class PepKeyDates {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final PepTimescales timescales;

	PepKeyDates(PepTimescales timescales) {
		this.timescales = timescales;
	}

	/**
	 * One row per date, in order; {@code done} is when it happened, already written for people, or
	 * null; {@code step} when it is something someone must do by {@code due}, not an event such as
	 * the meeting.
	 */
	public record KeyDate(String what, String due, String done, boolean late, boolean step) {
	}

	public List<KeyDate> of(Pep pep) {
		LocalDate meeting = pep.meetingDate();
		List<KeyDate> dates = new ArrayList<>();
		dates.add(new KeyDate("PEP meeting", DisplayTime.date(meeting), null, false, false));
		dates.add(step("Contribution submitted", PepStep.CONTRIBUTION, meeting, pep.firstSubmittedAt()));
		if (pep.completion() != Completion.IN_HOUSE) {
			dates.add(step("Accepted at quality assurance", PepStep.QUALITY_ASSURANCE, meeting, accepted(pep)));
		}
		dates.add(step("Finalised by the social worker", PepStep.FINALISE, meeting, pep.finalisedAt()));
		if (pep.nextMeetingDate() != null) {
			dates.add(new KeyDate("Next PEP meeting", DisplayTime.date(pep.nextMeetingDate()), null, false, false));
		}
		if (pep.retractedAt() != null) {
			dates.add(new KeyDate("Retracted", "", DisplayTime.format(pep.retractedAt()), false, false));
		}
		return dates;
	}

	/** When the officer last decided, if that decision was to accept: a returned PEP is not quality-assured yet. */
	private static Instant accepted(Pep pep) {
		switch (pep.stage()) {
			case SPOT_CHECK, FINALISING, FINALISED:
				return pep.qaDecidedAt();
			default:
				return null;
		}
	}

	private KeyDate step(String what, PepStep step, LocalDate meeting, Instant done) {
		LocalDate due = timescales.due(step, meeting);
		return new KeyDate(what, DisplayTime.date(due), done == null ? null : DisplayTime.format(done),
				done != null && done.atZone(LONDON).toLocalDate().isAfter(due), true);
	}

}
