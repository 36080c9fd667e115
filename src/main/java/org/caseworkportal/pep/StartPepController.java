package org.caseworkportal.pep;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caseworkportal.forms.submission.SubmissionAccess;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.ChildAccessPolicy;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.ChildRecord;
import org.caseworkportal.web.DisplayTime;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.FieldProblem;
import org.caseworkportal.web.NotAllowed;
import org.caseworkportal.web.StaffOnly;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A Virtual School officer starts a child's PEP (seed 002, "Basic PEP process flow"): the date of
 * the meeting, who will complete it (the child's school or college, a named professional, or the
 * Virtual School in-house) and comments for them. Starting it gives the officer the task of
 * preparing it, on the PEP's page.
 */
@Controller
class StartPepController {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final ChildAccessPolicy children;

	private final Peps peps;

	private final PepWorkflow workflow;

	private final Accounts accounts;

	private final Clock clock;

	StartPepController(ChildAccessPolicy children, Peps peps, PepWorkflow workflow, Accounts accounts, Clock clock) {
		this.children = children;
		this.peps = peps;
		this.workflow = workflow;
		this.accounts = accounts;
		this.clock = clock;
	}

	@StaffOnly
	@GetMapping("/children/{childId}/peps/new")
	String form(@PathVariable long childId, @AuthenticationPrincipal PortalUser user, Model model) {
		return page(childFor(user, childId), StartPepForm.BLANK, Map.of(), List.of(), model);
	}

	@StaffOnly
	@PostMapping("/children/{childId}/peps/new")
	String start(@PathVariable long childId, StartPepForm form, @AuthenticationPrincipal PortalUser user,
			Model model) {
		ChildRecord child = childFor(user, childId);
		Optional<AccountId> professional = form.namesAProfessional() ? professional(form.professionalEmail())
				: Optional.empty();
		Map<String, FieldProblem> problems = form.problems(LocalDate.ofInstant(clock.instant(), LONDON), offered(child),
				professional.isPresent());
		if (!problems.isEmpty()) {
			return page(child, form, problems, problems.values().stream().map(FieldProblem::message).toList(), model);
		}
		try {
			Pep pep = workflow.start(user, new StartPep(child.child().id(), form.meeting(),
					Completion.valueOf(form.completion()), professional.orElse(null), form.comments()));
			return "redirect:" + pep.path();
		}
		catch (PepRefused refused) {
			return page(child, form, Map.of(), List.of(new ErrorMessage("", refused.getMessage())), model);
		}
	}

	/** The child, when this person is a Virtual School officer who may see them. */
	private ChildRecord childFor(PortalUser user, long childId) {
		if (!user.hasRole(Role.VIRTUAL_SCHOOL)) {
			throw new NotAllowed();
		}
		return children.recordVisibleTo(user, new ChildId(childId)).orElseThrow(SubmissionAccess::notFound);
	}

	private Optional<AccountId> professional(String email) {
		return accounts.findByEmail(email)
			.filter(account -> account.hasRole(Role.PROFESSIONAL) && account.isEnabled())
			.map(PortalUser::id);
	}

	/** Whoever may complete the child's PEP: their school or college only when they are on one's roll. */
	private static List<Completion> offered(ChildRecord child) {
		List<Completion> offered = new ArrayList<>(List.of(Completion.values()));
		if (child.child().settingName() == null) {
			offered.remove(Completion.SETTING);
		}
		return offered;
	}

	private String page(ChildRecord child, StartPepForm form, Map<String, FieldProblem> problems,
			List<ErrorMessage> errors, Model model) {
		model.addAttribute("child", child.child());
		model.addAttribute("form", form);
		model.addAttribute("offersSetting", offered(child).contains(Completion.SETTING));
		model.addAttribute("problems", problems);
		model.addAttribute("errors", errors);
		Peps.lastFinalAmong(peps.ofChild(child.child().id()))
			.ifPresent(last -> model.addAttribute("copiedFrom",
					last.reference() + ", finalised on " + DisplayTime.format(last.finalisedAt())));
		return "pep/start";
	}

}
