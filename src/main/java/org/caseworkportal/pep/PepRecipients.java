package org.caseworkportal.pep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.People;
import org.caseworkportal.people.Relationship;
import org.caseworkportal.people.SettingId;
import org.caseworkportal.pep.timescales.PepStep;
import org.caseworkportal.workflow.CaseScope;
import org.caseworkportal.workflow.Holders;
import org.caseworkportal.workflow.WorkItems;
import org.springframework.stereotype.Component;

/**
 * Who hears about a PEP. Whoever holds its open task is read from the task's work item, as the
 * BPMN names its holders; the school it was delegated to and the officer, from its variables.
 */
@Component
class PepRecipients {

	private final Accounts accounts;

	private final People people;

	private final WorkItems workItems;

	PepRecipients(Accounts accounts, People people, WorkItems workItems) {
		this.accounts = accounts;
		this.people = people;
		this.workItems = workItems;
	}

	/** The setting's nominated email and members, or the named professional: who completes the contribution. */
	List<PepRecipient> school(CaseScope pep) {
		Long professional = pep.get(PepProcess.PROFESSIONAL);
		if (Completion.PROFESSIONAL.variable().equals(pep.get(PepProcess.COMPLETION)) && professional != null) {
			return List.of(account(new AccountId(professional)));
		}
		return setting(new SettingId(pep.get(PepProcess.SETTING_ID)));
	}

	/** Whoever holds the step's task, while it is open: its assignee, or the people of its holders. */
	List<PepRecipient> holders(CaseScope pep, PepStep step) {
		return workItems.openAt(PepProcess.KEY, pep.caseId(), PepProcess.Task.of(step).id())
			.map(workItems::holdersOf)
			.map(this::recipients)
			.orElse(List.of());
	}

	List<PepRecipient> officer(CaseScope pep) {
		return List.of(account(new AccountId(pep.get(PepProcess.OFFICER))));
	}

	/** The child's social worker, now. */
	List<PepRecipient> socialWorker(CaseScope pep) {
		return people.linkedTo(new ChildId(pep.childId()), Relationship.SOCIAL_WORKER).stream().map(this::account).toList();
	}

	/** Each address once, in the order given. */
	@SafeVarargs
	static List<PepRecipient> together(List<PepRecipient>... groups) {
		Map<String, PepRecipient> byEmail = new LinkedHashMap<>();
		Stream.of(groups).flatMap(List::stream).forEach(recipient -> byEmail.putIfAbsent(recipient.email(), recipient));
		return List.copyOf(byEmail.values());
	}

	private List<PepRecipient> recipients(Holders holders) {
		return together(holders.people().stream().map(this::account).toList(),
				holders.settings().stream().flatMap(setting -> setting(setting).stream()).toList());
	}

	private List<PepRecipient> setting(SettingId setting) {
		return people.addressesOf(setting)
			.stream()
			.map(email -> new PepRecipient(email, null, PepRecipient.PROFESSIONAL_HOME))
			.toList();
	}

	private PepRecipient account(AccountId id) {
		var account = accounts.find(id)
			.orElseThrow(() -> new IllegalStateException("A PEP names account " + id.value() + ", which does not exist"));
		return new PepRecipient(account.email(), account.displayName(), account.portal().homePath());
	}

}
