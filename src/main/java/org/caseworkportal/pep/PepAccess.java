package org.caseworkportal.pep;

import java.util.Optional;

import org.caseworkportal.identity.Portal;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.pep.Peps.SeenPep;
import org.caseworkportal.people.ChildAccessPolicy;
import org.springframework.stereotype.Component;

/**
 * Who may see a PEP and who may work on it now. Staff see a PEP when the access policy lets them
 * see its child. A professional sees only PEPs delegated to one of their settings or to them by
 * name, even for a child they can otherwise see. Working on it follows the open task: the Virtual
 * School prepares, completes in-house, quality-assures and spot-checks; the school (a member of
 * the setting, or the named professional) completes it; the social worker finalises it.
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
		return peps.find(pepId, user.id()).filter(seen -> maySee(user, seen)).map(SeenPep::pep);
	}

	/** The PEP's view for this person: whether they may see it, and may work on it now. */
	public Optional<PepView> viewOf(PortalUser user, long pepId) {
		return peps.find(pepId, user.id()).filter(seen -> maySee(user, seen)).map(seen -> view(user, seen));
	}

	/** The PEP that owns a form submission, as this person may see it. */
	Optional<SeenPep> ofSubmission(PortalUser user, long submissionId) {
		return peps.ofSubmission(submissionId, user.id());
	}

	PepView view(PortalUser user, SeenPep seen) {
		Pep pep = seen.pep();
		return new PepView(pep, mayWorkOn(user, seen), pep.stage().open() && user.hasRole(Role.VIRTUAL_SCHOOL));
	}

	boolean maySee(PortalUser user, SeenPep seen) {
		if (user.portal() == Portal.PROFESSIONAL) {
			return isTheSchool(user, seen);
		}
		return user.portal() == Portal.STAFF && children.canSee(user, seen.pep().childId());
	}

	/** Whether this (already seeing) person may do the PEP's open task now. */
	private static boolean mayWorkOn(PortalUser user, SeenPep seen) {
		switch (seen.pep().stage()) {
			case PREPARING, IN_HOUSE, QUALITY_ASSURANCE, SPOT_CHECK:
				return user.hasRole(Role.VIRTUAL_SCHOOL);
			case WITH_SCHOOL, RETURNED:
				return user.portal() == Portal.PROFESSIONAL;
			case FINALISING:
				return user.hasRole(Role.SOCIAL_WORKER);
			default:
				return false;
		}
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
