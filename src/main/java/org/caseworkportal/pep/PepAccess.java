package org.caseworkportal.pep;

import java.util.Optional;

import org.caseworkportal.identity.Portal;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.pep.Peps.SeenPep;
import org.caseworkportal.people.ChildAccessPolicy;
import org.caseworkportal.workflow.WorkItems;
import org.springframework.stereotype.Component;

/**
 * Who may see a PEP and who may work on it now. Staff see a PEP when the access policy lets them
 * see its child. A professional sees only PEPs delegated to one of their settings or to them by
 * name, even for a child they can otherwise see. Who may work on it now is the rule of its open
 * work item ({@link WorkItems#mayWork}), as the BPMN names its holders: the Virtual School
 * prepares, completes in-house, quality-assures and spot-checks; the school (a member of the
 * setting, or the named professional) completes it; the child's social worker finalises it.
 */
@Component
public class PepAccess {

	private final Peps peps;

	private final ChildAccessPolicy children;

	PepAccess(Peps peps, ChildAccessPolicy children) {
		this.peps = peps;
		this.children = children;
	}

	/** The PEP, if this person may see it; empty otherwise, exactly as if there were none. */
	public Optional<Pep> visibleTo(PortalUser user, long pepId) {
		return peps.find(pepId, user).filter(seen -> maySee(user, seen)).map(SeenPep::pep);
	}

	/** The PEP's view for this person: whether they may see it, and may work on it now. */
	public Optional<PepView> viewOf(PortalUser user, long pepId) {
		return peps.find(pepId, user).filter(seen -> maySee(user, seen)).map(seen -> view(user, seen));
	}

	/** The PEP that owns a form submission, as this person may see it. */
	Optional<SeenPep> ofSubmission(PortalUser user, long submissionId) {
		return peps.ofSubmission(submissionId, user);
	}

	PepView view(PortalUser user, SeenPep seen) {
		Pep pep = seen.pep();
		return new PepView(pep, seen.work(), seen.mayWork(), pep.stage().open() && user.hasRole(Role.VIRTUAL_SCHOOL));
	}

	boolean maySee(PortalUser user, SeenPep seen) {
		if (user.portal() == Portal.PROFESSIONAL) {
			return isTheSchool(user, seen);
		}
		return user.portal() == Portal.STAFF && children.canSee(user, seen.pep().childId());
	}

	private static boolean isTheSchool(PortalUser user, SeenPep seen) {
		Pep pep = seen.pep();
		switch (pep.completion()) {
			case PROFESSIONAL:
				return user.id().equals(pep.professional());
			case SETTING:
				return seen.byMember();
			default:
				return false;
		}
	}

}
