package org.caseworkportal.people.settings;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.people.ListedPerson;
import org.caseworkportal.people.People;
import org.caseworkportal.people.SettingId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to settings, each in one transaction with the emails it causes: adding a setting
 * with its Designated Teacher, listing people, adding members. Callers check the form first.
 */
@Service
@Transactional
class SettingAdministration {

	private final People people;

	private final ListingInvitations invitations;

	SettingAdministration(People people, ListingInvitations invitations) {
		this.people = people;
		this.invitations = invitations;
	}

	/** Records the setting, lists its Designated Teacher and nominated email, and emails both. */
	SettingId addSetting(NewSettingForm form) {
		SettingId setting = people.addSetting(form.setting());
		people.listPerson(setting, form.designatedTeacher());
		invitations.send(form.name(), form.designatedTeacher());
		invitations.send(form.name(), ListedPerson.nominatedEmail(form.nominatedEmail()));
		return setting;
	}

	void listPerson(SettingId setting, String settingName, ListedPerson person) {
		people.listPerson(setting, person);
		invitations.send(settingName, person);
	}

	/** Makes the professional a member; a listing of their address for this setting is then done with. */
	void addMember(SettingId setting, AccountId professional, String email, String jobTitle) {
		people.addToSetting(professional, setting, jobTitle);
		people.unlistPerson(setting, email);
	}

}
