package org.caseworkportal.pep;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caseworkportal.web.DateInput;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.FieldProblem;
import org.springframework.web.bind.annotation.BindParam;

/**
 * What the officer types to start a PEP, kept as typed to show again, and the GOV.UK messages
 * for what is wrong with it. Public only so that templates can read it.
 *
 * @param completion a {@link Completion} name
 * @param professionalEmail the named professional's email address, when completion is PROFESSIONAL
 */
public record StartPepForm(@BindParam("meetingDate-day") String meetingDay,
		@BindParam("meetingDate-month") String meetingMonth, @BindParam("meetingDate-year") String meetingYear,
		String completion, String professionalEmail, String comments) {

	static final int LONGEST_COMMENTS = 2000;

	static final StartPepForm BLANK = new StartPepForm("", "", "", "", "", "");

	public StartPepForm {
		completion = stripped(completion);
		professionalEmail = stripped(professionalEmail);
		comments = comments == null ? "" : comments;
	}

	/**
	 * What is wrong, by question ("meetingDate", "completion", "professionalEmail", "comments") in
	 * the page's order; empty when the PEP can be started.
	 *
	 * @param offered who may complete this child's PEP
	 * @param professionalFound whether the email address is a registered professional's
	 */
	Map<String, FieldProblem> problems(LocalDate today, List<Completion> offered, boolean professionalFound) {
		Map<String, FieldProblem> problems = new LinkedHashMap<>();
		DateInput meeting = meetingDate();
		if (meeting.blank()) {
			problems.put("meetingDate", meeting.problem("Enter the date of the PEP meeting"));
		}
		else if (meeting.problem().isPresent()) {
			problems.put("meetingDate", meeting.problem().get());
		}
		else if (meeting.date().get().isBefore(today.minusYears(1))) {
			problems.put("meetingDate", meeting.problem("Date of the PEP meeting must be within the last year"));
		}
		else if (meeting.date().get().isAfter(today.plusYears(1))) {
			problems.put("meetingDate", meeting.problem("Date of the PEP meeting must be within the next year"));
		}
		if (offered.stream().noneMatch(option -> option.name().equals(completion))) {
			problems.put("completion", problem("completion", "Select who will complete the PEP"));
		}
		else if (namesAProfessional() && !professionalFound) {
			problems.put("professionalEmail",
					problem("professionalEmail", "Enter the email address of a professional registered with the portal"));
		}
		if (comments.length() > LONGEST_COMMENTS) {
			problems.put("comments", problem("comments", "Comments must be 2,000 characters or fewer"));
		}
		return problems;
	}

	boolean namesAProfessional() {
		return Completion.PROFESSIONAL.name().equals(completion);
	}

	/** The meeting date; only for a form without {@link #problems}. */
	LocalDate meeting() {
		return meetingDate().date().orElseThrow();
	}

	private DateInput meetingDate() {
		return new DateInput("meetingDate", "Date of the PEP meeting", meetingDay, meetingMonth, meetingYear);
	}

	private static FieldProblem problem(String field, String text) {
		return new FieldProblem(new ErrorMessage(field, text), List.of());
	}

	private static String stripped(String value) {
		return value == null ? "" : value.strip();
	}

}
