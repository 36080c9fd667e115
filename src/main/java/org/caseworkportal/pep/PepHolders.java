package org.caseworkportal.pep;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.people.People;
import org.springframework.stereotype.Component;

/** Who a PEP's pages name: whoever completes it, and whoever holds it now. */
@Component
class PepHolders {

	private static final String VIRTUAL_SCHOOL = "the Virtual School";

	private final Accounts accounts;

	private final People people;

	PepHolders(Accounts accounts, People people) {
		this.accounts = accounts;
		this.people = people;
	}

	/** The setting it was delegated to, the named professional, or the Virtual School when completed in-house. */
	String completer(Pep pep) {
		switch (pep.completion()) {
			case SETTING:
				return people.nameOf(pep.settingId()).orElse("the school");
			case PROFESSIONAL:
				return nameOf(pep.professional(), "the named professional");
			default:
				return VIRTUAL_SCHOOL;
		}
	}

	/** Who has the PEP's open task, or null when it has ended. */
	String holder(Pep pep) {
		switch (pep.stage()) {
			case PREPARING, IN_HOUSE, QUALITY_ASSURANCE, SPOT_CHECK:
				return nameOf(pep.officer(), "the Virtual School officer") + " (Virtual School)";
			case WITH_SCHOOL, RETURNED:
				return completer(pep);
			case FINALISING:
				return socialWorker(pep) + " (social worker)";
			default:
				return null;
		}
	}

	/** The officer who started it, who sent it: "the Virtual School" when their account is gone. */
	String officer(Pep pep) {
		return nameOf(pep.officer(), VIRTUAL_SCHOOL);
	}

	String socialWorker(Pep pep) {
		return nameOf(pep.socialWorker(), "the social worker");
	}

	private String nameOf(AccountId account, String otherwise) {
		return account == null ? otherwise : accounts.find(account).map(PortalUser::displayName).orElse(otherwise);
	}

}
