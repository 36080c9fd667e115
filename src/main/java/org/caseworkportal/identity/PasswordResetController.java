package org.caseworkportal.identity;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.caseworkportal.identity.audit.ClientAddress;
import org.caseworkportal.identity.password.PasswordOwner;
import org.caseworkportal.identity.password.PasswordRules;
import org.caseworkportal.identity.password.SecretQuestions;
import org.caseworkportal.identity.throttle.SignInWaitMessage;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.NotVisible;
import org.caseworkportal.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgotten your password?": ask for a link, then choose a new password with it. Under the
 * seed-compatible policy a second page asks the secret question before the link is sent.
 */
@Controller
class PasswordResetController {

	private static final String FORGOTTEN = "/forgotten-password";

	private static final String SECRET_QUESTION = FORGOTTEN + "/secret-question";

	/** The session attribute that keeps the address typed while its secret question is asked. */
	private static final String EMAIL_TYPED = PasswordResetController.class.getName() + ".email";

	private static final String RESET = "/reset-password/{token}";

	private final PasswordResets resets;

	private final SecretQuestionResets secretQuestionResets;

	private final SecretQuestions secretQuestions;

	private final PasswordRules passwordRules;

	PasswordResetController(PasswordResets resets, SecretQuestionResets secretQuestionResets,
			SecretQuestions secretQuestions, PasswordRules passwordRules) {
		this.resets = resets;
		this.secretQuestionResets = secretQuestionResets;
		this.secretQuestions = secretQuestions;
		this.passwordRules = passwordRules;
	}

	@PublicPage
	@GetMapping(FORGOTTEN)
	String forgottenPassword(Model model) {
		return forgottenPasswordPage(List.of(), model);
	}

	@PublicPage
	@PostMapping(FORGOTTEN)
	String requestLink(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
		if (!StringUtils.hasText(email)) {
			return forgottenPasswordPage(List.of(new ErrorMessage("email", "Enter your email address")), model);
		}
		if (secretQuestions.asked()) {
			request.getSession().setAttribute(EMAIL_TYPED, email.strip());
			return "redirect:" + SECRET_QUESTION;
		}
		resets.request(email.strip(), ClientAddress.of(request));
		return changeRequested(model);
	}

	@PublicPage
	@GetMapping(SECRET_QUESTION)
	String secretQuestionPage(HttpSession session, Model model) {
		String email = emailTyped(session);
		if (email == null) {
			return "redirect:" + FORGOTTEN;
		}
		return secretQuestionPage(email, List.of(), model);
	}

	@PublicPage
	@PostMapping(SECRET_QUESTION)
	String checkSecretAnswer(@RequestParam(defaultValue = "") String secretAnswer, HttpServletRequest request,
			Model model) {
		String email = emailTyped(request.getSession(false));
		if (email == null) {
			return "redirect:" + FORGOTTEN;
		}
		if (!StringUtils.hasText(secretAnswer)) {
			return secretQuestionPage(email, List.of(new ErrorMessage("secretAnswer", "Enter your secret answer")),
					model);
		}
		Duration wait = secretQuestionResets.request(email, secretAnswer, ClientAddress.of(request));
		if (!wait.isZero()) {
			return secretQuestionPage(email, List.of(new ErrorMessage("secretAnswer", SignInWaitMessage.of(wait))),
					model);
		}
		request.getSession().removeAttribute(EMAIL_TYPED);
		return changeRequested(model);
	}

	@PublicPage
	@GetMapping(RESET)
	String newPasswordPage(@PathVariable String token, Model model) {
		return resets.accountFor(token)
			.map(account -> newPasswordPage(account, token, List.of(), model))
			.orElse("identity/reset-link-expired");
	}

	@PublicPage
	@PostMapping(RESET)
	String reset(@PathVariable String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmPassword, HttpServletRequest request, Model model) {
		var account = resets.accountFor(token);
		if (account.isEmpty()) {
			return "identity/reset-link-expired";
		}
		StoredAccount owner = account.get();
		List<ErrorMessage> errors = NewPasswordErrors.of(passwordRules, owner.portal(),
				new PasswordOwner(owner.id(), owner.forename(), owner.surname(), owner.email()), password,
				confirmPassword, "Enter a new password");
		if (!errors.isEmpty()) {
			return newPasswordPage(owner, token, errors, model);
		}
		return resets.reset(token, password, ClientAddress.of(request)) ? "identity/password-reset" : "identity/reset-link-expired";
	}

	private String forgottenPasswordPage(List<ErrorMessage> errors, Model model) {
		model.addAttribute("secretQuestionAsked", secretQuestions.asked());
		model.addAttribute("errors", errors);
		return "identity/forgotten-password";
	}

	/** The address typed on the first page; there is no second page unless secret questions are asked. */
	private String emailTyped(HttpSession session) {
		if (!secretQuestions.asked()) {
			throw new NotVisible();
		}
		return session == null ? null : (String) session.getAttribute(EMAIL_TYPED);
	}

	private String secretQuestionPage(String email, List<ErrorMessage> errors, Model model) {
		model.addAttribute("question", secretQuestionResets.questionFor(email).text());
		model.addAttribute("errors", errors);
		return "identity/secret-question";
	}

	/** The same page whatever was typed, and whether or not a link was sent. */
	private String changeRequested(Model model) {
		model.addAttribute("secretQuestionAsked", secretQuestions.asked());
		return "identity/password-change-requested";
	}

	private String newPasswordPage(StoredAccount account, String token, List<ErrorMessage> errors, Model model) {
		model.addAttribute("action", "/reset-password/" + token);
		model.addAttribute("email", account.email());
		model.addAttribute("passwordRules", passwordRules.describe(account.portal()));
		model.addAttribute("errors", errors);
		return "identity/reset-password";
	}

}
