package org.caseworkportal.identity.password;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.audit.AccountEventType;
import org.caseworkportal.identity.audit.AccountEvents;
import org.caseworkportal.identity.audit.ClientAddress;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Change your password" for anyone signed in: their current password, then a new one that keeps
 * to their portal's rules. Changing it signs them out everywhere except here.
 */
@Controller
class ChangePasswordController {

	static final String CHANGE = "/account/password";

	static final String CHANGED = CHANGE + "/changed";

	private static final String VIEW = "identity/change-password";

	private final PasswordRules rules;

	private final PasswordHistory history;

	private final PasswordAccounts accounts;

	private final PasswordChanges changes;

	private final AccountEvents audit;

	ChangePasswordController(PasswordRules rules, PasswordHistory history, PasswordAccounts accounts,
			PasswordChanges changes, AccountEvents audit) {
		this.audit = audit;
		this.rules = rules;
		this.history = history;
		this.accounts = accounts;
		this.changes = changes;
	}

	@SignedIn
	@GetMapping(CHANGE)
	String form(@AuthenticationPrincipal PortalUser user, Model model) {
		return page(user, List.of(), model);
	}

	@SignedIn
	@PostMapping(CHANGE)
	String change(@AuthenticationPrincipal PortalUser user, @ModelAttribute PasswordChangeForm form,
			HttpServletRequest request, Model model) {
		List<ErrorMessage> errors = errors(user, form);
		if (!errors.isEmpty()) {
			return page(user, errors, model);
		}
		changes.change(user.id(), form.newPassword(), request.getSession().getId());
		audit.record(AccountEventType.PASSWORD_CHANGED, user.email(), user.id(), ClientAddress.of(request),
				"Signed out everywhere else");
		return "redirect:" + CHANGED;
	}

	@SignedIn
	@GetMapping(CHANGED)
	String changed(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("homePath", user.portal().homePath());
		return "identity/password-changed";
	}

	private String page(PortalUser user, List<ErrorMessage> errors, Model model) {
		model.addAttribute("rules", rules.describe(user.portal()));
		model.addAttribute("homePath", user.portal().homePath());
		model.addAttribute("errors", errors);
		return VIEW;
	}

	/** Every problem at once, in the order of the fields. Passwords typed are never shown again. */
	private List<ErrorMessage> errors(PortalUser user, PasswordChangeForm form) {
		List<ErrorMessage> errors = new ArrayList<>();
		if (form.currentPassword().isEmpty()) {
			errors.add(new ErrorMessage("currentPassword", "Enter your current password"));
		}
		else if (!history.isCurrent(user.id(), form.currentPassword())) {
			errors.add(new ErrorMessage("currentPassword", "The current password you entered is incorrect"));
		}
		if (form.newPassword().isEmpty()) {
			errors.add(new ErrorMessage("newPassword", "Enter a new password"));
		}
		else {
			var owner = accounts.find(user.id()).orElseThrow().owner();
			rules.problems(user.portal(), form.newPassword(), owner)
				.forEach(problem -> errors.add(new ErrorMessage("newPassword", problem)));
		}
		if (form.confirmPassword().isEmpty()) {
			errors.add(new ErrorMessage("confirmPassword", "Confirm your new password"));
		}
		else if (!form.confirmPassword().equals(form.newPassword())) {
			errors.add(new ErrorMessage("confirmPassword", "The new passwords you entered do not match"));
		}
		return errors;
	}

	/** What the form posts; a field left out arrives empty. */
	record PasswordChangeForm(String currentPassword, String newPassword, String confirmPassword) {

		PasswordChangeForm {
			currentPassword = currentPassword == null ? "" : currentPassword;
			newPassword = newPassword == null ? "" : newPassword;
			confirmPassword = confirmPassword == null ? "" : confirmPassword;
		}

	}

}
