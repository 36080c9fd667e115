package org.caseworkportal.people.settings;

import static org.caseworkportal.people.settings.Fields.trimmed;

import java.util.ArrayList;
import java.util.List;

import org.caseworkportal.people.ListedPerson;
import org.caseworkportal.web.ErrorMessage;

/** Someone to list for a setting: who they are and what they do there. Public only for templates. */
public record ListPersonForm(String forename, String surname, String email, String jobTitle) {

	public ListPersonForm {
		forename = trimmed(forename);
		surname = trimmed(surname);
		email = trimmed(email);
		jobTitle = trimmed(jobTitle);
	}

	/** A new form; most people the Virtual School lists are Designated Teachers. */
	static ListPersonForm forDesignatedTeacher() {
		return new ListPersonForm("", "", "", NewSettingForm.DESIGNATED_TEACHER);
	}

	List<ErrorMessage> errors() {
		List<ErrorMessage> errors = new ArrayList<>();
		Fields.required(errors, "forename", forename, Fields.LONGEST_NAME, "Enter their first name", "First name");
		Fields.required(errors, "surname", surname, Fields.LONGEST_NAME, "Enter their last name", "Last name");
		Fields.email(errors, "email", email, "Enter their email address", "name@school.example");
		Fields.required(errors, "jobTitle", jobTitle, Fields.LONGEST_NAME, "Enter their job title", "Job title");
		return errors;
	}

	ListedPerson person() {
		return new ListedPerson(email, forename, surname, jobTitle);
	}

}
