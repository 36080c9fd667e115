package org.caseworkportal.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.caseworkportal.identity.EmailedCodes.Check;
import org.caseworkportal.identity.audit.ClientAddress;
import org.caseworkportal.identity.password.PasswordOwner;
import org.caseworkportal.identity.password.PasswordRules;
import org.caseworkportal.identity.password.SecretAnswer;
import org.caseworkportal.identity.password.SecretQuestions;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering for the professional or the parent portal in three steps (seed 000, "Register a
 * New Account - Step 1 … 3"): who you are, your email and password, the emailed code.
 */
@Controller
class RegistrationController {

	private static final String REGISTER = "/register/{who}";

	/** Something, an @, something, a dot, something: the address is proved by the code, not by this. */
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{10,20}$");

	private final Registrations registrations;

	private final PasswordRules passwordRules;

	private final SecretQuestions secretQuestions;

	RegistrationController(Registrations registrations, PasswordRules passwordRules, SecretQuestions secretQuestions) {
		this.registrations = registrations;
		this.passwordRules = passwordRules;
		this.secretQuestions = secretQuestions;
	}

	@PublicPage
	@GetMapping(REGISTER)
	String detailsPage(@PathVariable String who, HttpSession session, Model model) {
		Registrant registrant = registrant(who);
		RegistrationDraft draft = RegistrationDraft.in(session, registrant);
		var work = draft == null ? WorkDetails.NONE : draft.work();
		return detailsPage(registrant, draft == null ? Map.of()
				: Map.of("forename", draft.forename(), "surname", draft.surname(), "jobTitle", orEmpty(work.jobTitle()),
						"organisation", orEmpty(work.organisation()), "workAddress", orEmpty(work.address()),
						"workPhone", orEmpty(work.phone())),
				List.of(), model);
	}

	@PublicPage
	@PostMapping(REGISTER)
	String saveDetails(@PathVariable String who, @RequestParam Map<String, String> form, HttpSession session,
			Model model) {
		Registrant registrant = registrant(who);
		var errors = new ArrayList<ErrorMessage>();
		String forename = required(form, "forename", "forename", 100, errors);
		String surname = required(form, "surname", "surname", 100, errors);
		var work = WorkDetails.NONE;
		if (registrant.givesWorkDetails()) {
			work = new WorkDetails(required(form, "jobTitle", "job title", 100, errors),
					required(form, "organisation", "organisation", 200, errors),
					required(form, "workAddress", "work address", 500, errors),
					required(form, "workPhone", "work telephone number", 40, errors));
			if (StringUtils.hasText(work.phone()) && !PHONE.matcher(work.phone()).matches()) {
				errors.add(new ErrorMessage("workPhone",
						"Enter a telephone number, like 01632 960 001 or +44 808 157 0192"));
			}
		}
		if (!errors.isEmpty()) {
			return detailsPage(registrant, form, errors, model);
		}
		RegistrationDraft earlier = RegistrationDraft.in(session, registrant);
		new RegistrationDraft(registrant, forename, surname, work, earlier == null ? null : earlier.email(), null)
			.keepIn(session);
		return "redirect:" + registrant.start() + "/email";
	}

	@PublicPage
	@GetMapping(REGISTER + "/email")
	String emailPage(@PathVariable String who, HttpSession session, Model model) {
		Registrant registrant = registrant(who);
		RegistrationDraft draft = RegistrationDraft.in(session, registrant);
		if (draft == null) {
			return "redirect:" + registrant.start();
		}
		return emailPage(draft, orEmpty(draft.email()), SecretAnswerForm.EMPTY, List.of(), model);
	}

	@PublicPage
	@PostMapping(REGISTER + "/email")
	String saveEmailAndPassword(@PathVariable String who, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmPassword,
			@RequestParam(defaultValue = "") String secretQuestion, @RequestParam(defaultValue = "") String secretAnswer,
			HttpSession session, HttpServletRequest request, Model model) {
		Registrant registrant = registrant(who);
		RegistrationDraft draft = RegistrationDraft.in(session, registrant);
		if (draft == null) {
			return "redirect:" + registrant.start();
		}
		String address = email.strip();
		var errors = new ArrayList<ErrorMessage>();
		if (address.isEmpty()) {
			errors.add(new ErrorMessage("email", "Enter your email address"));
		}
		else if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
			errors.add(new ErrorMessage("email", "Enter an email address in the correct format, like name@example.com"));
		}
		errors.addAll(NewPasswordErrors.of(passwordRules, registrant.portal(),
				new PasswordOwner(null, draft.forename(), draft.surname(), address), password, confirmPassword,
				"Enter a password"));
		var secret = new SecretAnswerForm(secretQuestion, secretAnswer);
		if (secretQuestions.asked()) {
			errors.addAll(secret.problems());
		}
		if (!errors.isEmpty()) {
			return emailPage(draft, address, secret, errors, model);
		}
		SecretAnswer protectedSecret = secretQuestions.asked()
				? secretQuestions.protect(secret.chosen().orElseThrow(), secret.answer()) : null;
		String pendingId = registrations.start(draft, address, password, protectedSecret,
				ClientAddress.of(request));
		draft.withEmail(address, pendingId).keepIn(session);
		return "redirect:" + registrant.start() + "/code";
	}

	@PublicPage
	@GetMapping(REGISTER + "/code")
	String codePage(@PathVariable String who, HttpSession session, Model model) {
		Registrant registrant = registrant(who);
		RegistrationDraft draft = RegistrationDraft.in(session, registrant);
		if (draft == null || draft.pendingId() == null) {
			return "redirect:" + registrant.start();
		}
		return codePage(draft, List.of(), model);
	}

	@PublicPage
	@PostMapping(REGISTER + "/code")
	String checkCode(@PathVariable String who, @RequestParam(defaultValue = "") String code, HttpSession session,
			HttpServletRequest request, Model model) {
		Registrant registrant = registrant(who);
		RegistrationDraft draft = RegistrationDraft.in(session, registrant);
		if (draft == null || draft.pendingId() == null) {
			return failed(registrant, model);
		}
		if (!StringUtils.hasText(code)) {
			return codePage(draft, List.of(CodeErrors.missing()), model);
		}
		Check check = registrations.verify(draft, code, ClientAddress.of(request));
		if (check instanceof Check.Wrong wrong) {
			return codePage(draft, List.of(CodeErrors.wrong(wrong.attemptsLeft())), model);
		}
		RegistrationDraft.forget(session);
		if (check instanceof Check.Failed) {
			return failed(registrant, model);
		}
		return "redirect:" + registrant.start() + "/done";
	}

	@PublicPage
	@PostMapping(REGISTER + "/code/new")
	String sendNewCode(@PathVariable String who, HttpSession session, RedirectAttributes redirect) {
		Registrant registrant = registrant(who);
		RegistrationDraft draft = RegistrationDraft.in(session, registrant);
		if (draft == null || draft.pendingId() == null) {
			return "redirect:" + registrant.start();
		}
		registrations.resend(draft);
		redirect.addFlashAttribute("newCodeSent", true);
		return "redirect:" + registrant.start() + "/code";
	}

	@PublicPage
	@GetMapping(REGISTER + "/done")
	String done(@PathVariable String who, Model model) {
		model.addAttribute("registrant", registrant(who).name().toLowerCase());
		return "identity/registered";
	}

	private String detailsPage(Registrant registrant, Map<String, String> values, List<ErrorMessage> errors,
			Model model) {
		model.addAttribute("action", registrant.start());
		model.addAttribute("professional", registrant.givesWorkDetails());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "identity/register-details";
	}

	private String emailPage(RegistrationDraft draft, String email, SecretAnswerForm secret, List<ErrorMessage> errors,
			Model model) {
		model.addAttribute("action", draft.registrant().start() + "/email");
		model.addAttribute("back", draft.registrant().start());
		model.addAttribute("email", email);
		model.addAttribute("passwordRules", passwordRules.describe(draft.registrant().portal()));
		model.addAttribute("secretQuestions", secretQuestions.asked() ? secretQuestions.choices() : List.of());
		model.addAttribute("secretQuestion", secret.question());
		model.addAttribute("secretAnswer", secret.answer());
		model.addAttribute("errors", errors);
		return "identity/register-email";
	}

	private String codePage(RegistrationDraft draft, List<ErrorMessage> errors, Model model) {
		model.addAttribute("action", draft.registrant().start() + "/code");
		model.addAttribute("back", draft.registrant().start() + "/email");
		model.addAttribute("email", draft.email());
		model.addAttribute("errors", errors);
		return "identity/register-code";
	}

	private String failed(Registrant registrant, Model model) {
		model.addAttribute("startAgain", registrant.start());
		return "identity/authentication-failed";
	}

	/** The field's value, trimmed; an error named by the field's label when it is empty or too long. */
	private static String required(Map<String, String> form, String field, String label, int longest,
			List<ErrorMessage> errors) {
		String value = form.getOrDefault(field, "").strip();
		if (value.isEmpty()) {
			errors.add(new ErrorMessage(field, "Enter your " + label));
		}
		else if (value.length() > longest) {
			errors.add(new ErrorMessage(field, Character.toUpperCase(label.charAt(0)) + label.substring(1) + " must be "
					+ longest + " characters or fewer"));
		}
		return value;
	}

	private static Registrant registrant(String who) {
		return Registrant.fromPath(who).orElseThrow(NotVisible::new);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
