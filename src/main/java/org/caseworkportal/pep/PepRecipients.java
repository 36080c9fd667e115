package org.caseworkportal.pep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.pep.timescales.PepStep;
import org.caseworkportal.people.People;
import org.caseworkportal.people.SettingId;
import org.springframework.stereotype.Component;

/**
 * Who hears about a PEP, from its process variables. People are named by account id written as a
 * string ({@code officer}, {@code socialWorker}, {@code professional}), the setting by its id
 * written as a string ({@code settingId}), as {@link PepDelegation} reads them too.
 */
@Component
class PepRecipients {

	private final Accounts accounts;

	private final People people;

	PepRecipients(Accounts accounts, People people) {
		this.accounts = accounts;
		this.people = people;
	}

	/** The setting's nominated email and members, or the named professional: who completes the contribution. */
	List<PepRecipient> school(VariableScope pep) {
		if (PepDelegation.isToProfessional(pep)) {
			return List.of(account(String.valueOf(pep.getVariable("professional")), PepRecipient.PROFESSIONAL_HOME));
		}
		return people.addressesOf(new SettingId(Long.parseLong(String.valueOf(pep.getVariable("settingId")))))
			.stream()
			.map(email -> new PepRecipient(email, null, PepRecipient.PROFESSIONAL_HOME))
			.toList();
	}

	/** Whoever holds the step's task. */
	List<PepRecipient> holdersOf(VariableScope pep, PepStep step) {
		switch (step) {
			case CONTRIBUTION:
				return PepDelegation.isInHouse(pep) ? officer(pep) : school(pep);
			case QUALITY_ASSURANCE, SPOT_CHECK:
				return officer(pep);
			default:
				return socialWorker(pep);
		}
	}

	List<PepRecipient> officer(VariableScope pep) {
		return List.of(account(String.valueOf(pep.getVariable("officer")), PepRecipient.STAFF_HOME));
	}

	List<PepRecipient> socialWorker(VariableScope pep) {
		return List.of(account(String.valueOf(pep.getVariable("socialWorker")), PepRecipient.STAFF_HOME));
	}

	/** Each address once, in the order given. */
	@SafeVarargs
	static List<PepRecipient> together(List<PepRecipient>... groups) {
		Map<String, PepRecipient> byEmail = new LinkedHashMap<>();
		Stream.of(groups).flatMap(List::stream).forEach(recipient -> byEmail.putIfAbsent(recipient.email(), recipient));
		return List.copyOf(byEmail.values());
	}

	private PepRecipient account(String accountId, String home) {
		var account = accounts.find(new AccountId(Long.parseLong(accountId)))
			.orElseThrow(() -> new IllegalStateException("A PEP names account " + accountId + ", which does not exist"));
		return new PepRecipient(account.email(), account.displayName(), home);
	}

}
