package org.caseworkportal.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.caseworkportal.identity.SignIns.CodeCheck;
import org.caseworkportal.identity.SignIns.PasswordCheck;
import org.caseworkportal.identity.audit.ClientAddress;
import org.caseworkportal.identity.throttle.SignInWaitMessage;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.PublicPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The two sign-in pages (seed 002, "Secure Login"): email address and password, then the
 * verification code emailed to that address.
 */
@Controller
class SignInController {

	static final String CODE = SecurityConfiguration.SIGN_IN + "/code";

	private static final String SIGN_IN_PAGE = "identity/sign-in";

	private static final String CODE_PAGE = "identity/sign-in-code";

	private static final String FAILED_PAGE = "identity/authentication-failed";

	private final SignIns signIns;

	private final SignInCompletion completion;

	private final String contactEmail;

	private final long sessionMinutes;

	SignInController(SignIns signIns, SignInCompletion completion, @Value("${portal.contact.email}") String contactEmail,
			@Value("${server.servlet.session.timeout}") Duration sessionTimeout) {
		this.signIns = signIns;
		this.completion = completion;
		this.contactEmail = contactEmail;
		this.sessionMinutes = sessionTimeout.toMinutes();
	}

	@PublicPage
	@GetMapping(SecurityConfiguration.SIGN_IN)
	String signIn(@RequestParam(name = "session-ended", required = false) String sessionEnded, Model model) {
		model.addAttribute("sessionEnded", sessionEnded != null);
		model.addAttribute("sessionMinutes", sessionMinutes);
		model.addAttribute("signedOut", false);
		model.addAttribute("errors", List.of());
		return SIGN_IN_PAGE;
	}

	@PublicPage
	@GetMapping("/signed-out")
	String signedOut(Model model) {
		model.addAttribute("sessionEnded", false);
		model.addAttribute("signedOut", true);
		model.addAttribute("errors", List.of());
		return SIGN_IN_PAGE;
	}

	@PublicPage
	@PostMapping(SecurityConfiguration.SIGN_IN)
	String checkPassword(@RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String password, HttpServletRequest request, HttpServletResponse response,
			Model model) throws IOException, ServletException {
		var errors = new ArrayList<ErrorMessage>();
		if (!StringUtils.hasText(email)) {
			errors.add(new ErrorMessage("email", "Enter your email address"));
		}
		if (password.isEmpty()) {
			errors.add(new ErrorMessage("password", "Enter your password"));
		}
		if (errors.isEmpty()) {
			PasswordCheck check = signIns.checkPassword(email.strip(), password, ClientAddress.of(request));
			if (check instanceof PasswordCheck.CodeSent sent) {
				new PendingSignIn(sent.pendingId(), email.strip()).keepIn(request.getSession());
				return "redirect:" + CODE;
			}
			if (check instanceof PasswordCheck.SignedIn signedIn) {
				completion.signIn(signedIn.user(), request, response);
				return null;
			}
			errors.add(new ErrorMessage("email", problem(check)));
		}
		model.addAttribute("email", email.strip());
		model.addAttribute("sessionEnded", false);
		model.addAttribute("signedOut", false);
		model.addAttribute("errors", errors);
		return SIGN_IN_PAGE;
	}

	@PublicPage
	@GetMapping(CODE)
	String codePage(HttpSession session, Model model) {
		PendingSignIn pending = PendingSignIn.in(session);
		if (pending == null) {
			return "redirect:" + SecurityConfiguration.SIGN_IN;
		}
		return codePage(pending, List.of(), model);
	}

	@PublicPage
	@PostMapping(CODE)
	String checkCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		PendingSignIn pending = PendingSignIn.in(request.getSession(false));
		if (pending == null) {
			return FAILED_PAGE;
		}
		if (!StringUtils.hasText(code)) {
			return codePage(pending, List.of(CodeErrors.missing()), model);
		}
		CodeCheck check = signIns.checkCode(pending, code, ClientAddress.of(request));
		if (check instanceof CodeCheck.SignedIn signedIn) {
			PendingSignIn.forget(request.getSession());
			completion.signIn(signedIn.user(), request, response);
			return null;
		}
		if (check instanceof CodeCheck.Wrong wrong) {
			return codePage(pending, List.of(CodeErrors.wrong(wrong.attemptsLeft())), model);
		}
		PendingSignIn.forget(request.getSession());
		return FAILED_PAGE;
	}

	@PublicPage
	@PostMapping(CODE + "/new")
	String sendNewCode(HttpSession session, RedirectAttributes redirect) {
		PendingSignIn pending = PendingSignIn.in(session);
		if (pending == null || !signIns.resendCode(pending.id())) {
			PendingSignIn.forget(session);
			return FAILED_PAGE;
		}
		redirect.addFlashAttribute("newCodeSent", true);
		return "redirect:" + CODE;
	}

	private String codePage(PendingSignIn pending, List<ErrorMessage> errors, Model model) {
		model.addAttribute("email", pending.email());
		model.addAttribute("errors", errors);
		return CODE_PAGE;
	}

	private String problem(PasswordCheck check) {
		if (check instanceof PasswordCheck.Waiting waiting) {
			return SignInWaitMessage.of(waiting.waitFor());
		}
		if (check instanceof PasswordCheck.NotRecognised notRecognised && !notRecognised.waitFor().isZero()) {
			return "Enter a correct email address and password. " + SignInWaitMessage.of(notRecognised.waitFor());
		}
		if (check instanceof PasswordCheck.Disabled) {
			return "Your account has been switched off. Contact " + contactEmail + " to have it switched on";
		}
		return "Enter a correct email address and password";
	}

}
