package org.caseworkportal.pep.trackers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caseworkportal.pep.PepStage;
import org.caseworkportal.web.ErrorMessage;

/**
 * The trackers' filters as the query string gives them; every one is optional. Public only so
 * that the template can show what was chosen.
 *
 * @param school an education setting's id, one of the schools that have PEPs
 * @param stage a {@link PepStage} name: an open stage, or FINALISED (in the last 12 months)
 * @param officer a Virtual School officer's account id
 * @param due {@code this-week} or {@code overdue}
 */
public record TrackerFilter(String school, String stage, String officer, String due) {

	public TrackerFilter {
		school = stripped(school);
		stage = stripped(stage);
		officer = stripped(officer);
		due = stripped(due);
	}

	/** A message for each filter with a value the trackers do not offer, in the order the page shows them. */
	List<ErrorMessage> problems(TrackerOptions options) {
		List<ErrorMessage> problems = new ArrayList<>();
		if (!school.isEmpty() && schoolId(options).isEmpty()) {
			problems.add(new ErrorMessage("school", "Select a school from the list"));
		}
		if (!stage.isEmpty() && pepStage().isEmpty()) {
			problems.add(new ErrorMessage("stage", "Select a stage from the list"));
		}
		if (!officer.isEmpty() && officerId(options).isEmpty()) {
			problems.add(new ErrorMessage("officer", "Select an officer from the list"));
		}
		if (!due.isEmpty() && Due.ofParameter(due).isEmpty()) {
			problems.add(new ErrorMessage("due", "Select when PEPs are due from the list"));
		}
		return problems;
	}

	/** The filters that have a value the trackers offer; the others are left out. */
	TrackerCriteria criteria(TrackerOptions options) {
		return new TrackerCriteria(schoolId(options).orElse(null), pepStage().orElse(null), officerId(options).orElse(null),
				Due.ofParameter(due).orElse(null));
	}

	private Optional<Long> schoolId(TrackerOptions options) {
		return id(school).filter(options::hasSchool);
	}

	private Optional<Long> officerId(TrackerOptions options) {
		return id(officer).filter(options::hasOfficer);
	}

	private Optional<PepStage> pepStage() {
		for (PepStage candidate : PepStage.values()) {
			if (candidate.name().equals(stage) && tracked(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** The stages the trackers count: the open ones, and finalised. */
	static boolean tracked(PepStage stage) {
		return stage.open() || stage == PepStage.FINALISED;
	}

	private static Optional<Long> id(String value) {
		if (!value.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(value));
	}

	private static String stripped(String value) {
		return value == null ? "" : value.strip();
	}

}
