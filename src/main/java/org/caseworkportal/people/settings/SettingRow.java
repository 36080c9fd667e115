package org.caseworkportal.people.settings;

/** One setting in the list of settings. Public only so that templates can read it. */
public record SettingRow(String name, String urn, String phase, String nominatedEmail, int memberCount, String href) {

	static SettingRow of(SettingDirectory.Setting setting) {
		return new SettingRow(setting.name(), setting.urn(), setting.phase().label(),
				setting.nominatedEmail() == null ? "" : setting.nominatedEmail(), setting.memberCount(),
				SettingsController.settingPath(setting.id()));
	}

}
