package org.caseworkportal.identity;

import java.util.ArrayList;
import java.util.List;

import org.caseworkportal.identity.password.PasswordOwner;
import org.caseworkportal.identity.password.PasswordRules;
import org.caseworkportal.web.ErrorMessage;

/**
 * A chosen password and its confirmation, checked as the registration and reset pages ask for
 * them: every broken rule of the portal's policy, and a confirmation that does not match.
 */
final class NewPasswordErrors {

	private NewPasswordErrors() {
	}

	static List<ErrorMessage> of(PasswordRules rules, Portal portal, PasswordOwner owner, String password,
			String confirmPassword, String whenEmpty) {
		var errors = new ArrayList<ErrorMessage>();
		if (password.isEmpty()) {
			errors.add(new ErrorMessage("password", whenEmpty));
			return errors;
		}
		rules.problems(portal, password, owner).forEach(problem -> errors.add(new ErrorMessage("password", problem)));
		if (!password.equals(confirmPassword)) {
			errors.add(new ErrorMessage("confirmPassword", "Passwords must match"));
		}
		return errors;
	}

}
