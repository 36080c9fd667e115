package org.caseworkportal.children;

import java.util.List;

import org.caseworkportal.forms.submission.SubmissionAccess;
import org.caseworkportal.identity.Portal;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.pep.Pep;
import org.caseworkportal.pep.PepAccess;
import org.caseworkportal.pep.PepKeyDates;
import org.caseworkportal.pep.Peps;
import org.caseworkportal.people.ChildAccessPolicy;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.ChildRecord;
import org.caseworkportal.web.DisplayTime;
import org.caseworkportal.web.StaffOrProfessional;
import org.caseworkportal.worktray.ChildWork;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A child's record: who they are, their forms, the open work of their cases, and their Personal Education Plans (the current
 * one with its key dates, and every earlier one with its final PDF). A professional sees only the
 * PEPs delegated to their setting or to them, as {@link PepAccess} says, though they see the child.
 */
@Controller
class ChildRecordController {

	private final ChildAccessPolicy accessPolicy;

	private final Peps peps;

	private final PepAccess pepAccess;

	private final PepKeyDates keyDates;

	private final ChildWork childWork;

	ChildRecordController(ChildAccessPolicy accessPolicy, Peps peps, PepAccess pepAccess, PepKeyDates keyDates,
			ChildWork childWork) {
		this.accessPolicy = accessPolicy;
		this.peps = peps;
		this.pepAccess = pepAccess;
		this.keyDates = keyDates;
		this.childWork = childWork;
	}

	static String pathOf(ChildId child) {
		return "/children/" + child.value();
	}

	@StaffOrProfessional
	@GetMapping("/children/{childId}")
	String record(@PathVariable long childId, @AuthenticationPrincipal PortalUser user, Model model) {
		ChildRecord child = accessPolicy.recordVisibleTo(user, new ChildId(childId))
			.orElseThrow(SubmissionAccess::notFound);
		List<Pep> all = peps.ofChild(child.child().id());
		List<Pep> visible = all.stream().filter(pep -> pepAccess.visibleTo(user, pep.id()).isPresent()).toList();
		model.addAttribute("record", child);
		model.addAttribute("child", child.child());
		model.addAttribute("currentWork", childWork.openFor(user, child.child().id()));
		model.addAttribute("inCareSince", DisplayTime.date(child.details().inCareSince()));
		model.addAttribute("backLink", user.portal() == Portal.STAFF ? ChildrenController.CHILDREN : user.portal().homePath());
		Peps.currentAmong(visible).ifPresent(current -> {
			model.addAttribute("current", current);
			model.addAttribute("keyDates", keyDates.of(current));
		});
		model.addAttribute("mayStartPep",
				user.hasRole(Role.VIRTUAL_SCHOOL) && all.stream().noneMatch(pep -> pep.stage().open()));
		model.addAttribute("peps", visible.stream().map(PepHistoryRow::of).toList());
		return "children/record";
	}

}
