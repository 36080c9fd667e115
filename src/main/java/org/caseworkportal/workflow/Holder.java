package org.caseworkportal.workflow;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.Relationship;
import org.caseworkportal.people.SettingId;

/**
 * Who may pick up a task, in the words a BPMN writes as its candidate users and groups: an
 * account ({@code 42}, a candidate user or the assignee), an education setting's members
 * ({@code setting:7}), a staff role ({@code role:VIRTUAL_SCHOOL}), or a role on the case's child
 * ({@code child:SOCIAL_WORKER}, whoever is linked to the child that way, now or later).
 */
public sealed interface Holder {

	/** As a BPMN writes it: a candidate user's id, or a candidate group's name. */
	String name();

	/** One person, by account. */
	record Person(AccountId account) implements Holder {

		@Override
		public String name() {
			return String.valueOf(account.value());
		}

	}

	/** Whoever is a member of the education setting when they look. */
	record SettingMembers(SettingId setting) implements Holder {

		@Override
		public String name() {
			return "setting:" + setting.value();
		}

	}

	/** Any member of staff with the role. */
	record StaffRole(Role role) implements Holder {

		@Override
		public String name() {
			return "role:" + role.name();
		}

	}

	/** Whoever is linked to the case's child this way: when that changes hands, the task moves with it. */
	record CaseRole(Relationship relationship) implements Holder {

		@Override
		public String name() {
			return "child:" + relationship.name();
		}

	}

	/** A candidate group's name as the BPMN wrote it; a name outside the vocabulary stops the process step. */
	static Holder ofGroup(String group) {
		int colon = group.indexOf(':');
		String kind = colon < 0 ? "" : group.substring(0, colon);
		String value = group.substring(colon + 1);
		try {
			switch (kind) {
				case "setting":
					return new SettingMembers(new SettingId(Long.parseLong(value)));
				case "role":
					return new StaffRole(Role.valueOf(value));
				case "child":
					return new CaseRole(Relationship.valueOf(value));
				default:
					break;
			}
		}
		catch (IllegalArgumentException notInTheVocabulary) {
			// reported below with the vocabulary
		}
		throw new IllegalArgumentException("The candidate group \"" + group
				+ "\" is not one the portal knows: write setting:<id>, role:<ROLE> or child:<RELATIONSHIP>");
	}

	/** A candidate user or assignee: an account's id. */
	static Person ofUser(String user) {
		try {
			return new Person(new AccountId(Long.parseLong(user)));
		}
		catch (NumberFormatException notAnAccount) {
			throw new IllegalArgumentException("The task's user \"" + user + "\" is not a portal account's id", notAnAccount);
		}
	}

}
