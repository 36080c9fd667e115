package org.caseworkportal.people.settings;

import static org.caseworkportal.people.settings.Fields.trimmed;

import java.util.ArrayList;
import java.util.List;

import org.caseworkportal.web.ErrorMessage;

/** An existing professional account to make a member of a setting. Public only for templates. */
public record AddMemberForm(String email, String jobTitle) {

	public AddMemberForm {
		email = trimmed(email);
		jobTitle = trimmed(jobTitle);
	}

	static AddMemberForm empty() {
		return new AddMemberForm("", "");
	}

	List<ErrorMessage> errors() {
		List<ErrorMessage> errors = new ArrayList<>();
		Fields.email(errors, "email", email, "Enter the email address of their account", "name@school.example");
		Fields.required(errors, "jobTitle", jobTitle, Fields.LONGEST_NAME, "Enter their job title", "Job title");
		return errors;
	}

}
