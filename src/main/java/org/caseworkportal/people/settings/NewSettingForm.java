package org.caseworkportal.people.settings;

import static org.caseworkportal.people.settings.Fields.trimmed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.caseworkportal.people.ListedPerson;
import org.caseworkportal.people.NewSetting;
import org.caseworkportal.people.Phase;
import org.caseworkportal.web.ErrorMessage;

/**
 * What the "Add a school or college" page asks: the setting, its nominated email (seed 002,
 * "Register the DMS/DT and Nominated school/college email") and its Designated Teacher. Public
 * only so that templates can read it.
 */
public record NewSettingForm(String name, String urn, String phase, String nominatedEmail, String teacherForename,
		String teacherSurname, String teacherEmail) {

	static final String DESIGNATED_TEACHER = "Designated Teacher";

	/** DfE Unique Reference Numbers are 6 digits; 7 leaves room for the register's growth. */
	private static final Pattern URN = Pattern.compile("\\d{6,7}");

	private static final int LONGEST_SETTING_NAME = 200;

	public NewSettingForm {
		name = trimmed(name);
		urn = trimmed(urn);
		phase = trimmed(phase);
		nominatedEmail = trimmed(nominatedEmail);
		teacherForename = trimmed(teacherForename);
		teacherSurname = trimmed(teacherSurname);
		teacherEmail = trimmed(teacherEmail);
	}

	static NewSettingForm empty() {
		return new NewSettingForm("", "", "", "", "", "", "");
	}

	/** Everything wrong with what was entered, in the order the page asks it. */
	List<ErrorMessage> errors() {
		List<ErrorMessage> errors = new ArrayList<>();
		Fields.required(errors, "name", name, LONGEST_SETTING_NAME, "Enter the name of the school or college", "Name");
		if (urn.isEmpty()) {
			errors.add(new ErrorMessage("urn", "Enter the URN"));
		}
		else if (!URN.matcher(urn).matches()) {
			errors.add(new ErrorMessage("urn", "URN must be 6 or 7 digits, like 123456"));
		}
		if (chosenPhase() == null) {
			errors.add(new ErrorMessage("phase", "Select the phase of education"));
		}
		Fields.email(errors, "nominatedEmail", nominatedEmail, "Enter the school or college's nominated email address",
				"pep@school.example");
		Fields.required(errors, "teacherForename", teacherForename, Fields.LONGEST_NAME,
				"Enter the Designated Teacher's first name", "First name");
		Fields.required(errors, "teacherSurname", teacherSurname, Fields.LONGEST_NAME,
				"Enter the Designated Teacher's last name", "Last name");
		Fields.email(errors, "teacherEmail", teacherEmail, "Enter the Designated Teacher's email address",
				"name@school.example");
		boolean teacherEmailValid = errors.stream().noneMatch(error -> error.field().equals("teacherEmail"));
		if (teacherEmailValid && teacherEmail.equalsIgnoreCase(nominatedEmail)) {
			errors.add(new ErrorMessage("teacherEmail",
					"Enter the Designated Teacher's own email address, not the nominated email"));
		}
		return errors;
	}

	/** The phase chosen, or {@code null} when none (or something unknown) was sent. */
	Phase chosenPhase() {
		return Arrays.stream(Phase.values()).filter(candidate -> candidate.name().equals(phase)).findFirst().orElse(null);
	}

	NewSetting setting() {
		return new NewSetting(urn, name, chosenPhase(), nominatedEmail);
	}

	ListedPerson designatedTeacher() {
		return new ListedPerson(teacherEmail, teacherForename, teacherSurname, DESIGNATED_TEACHER);
	}

}
