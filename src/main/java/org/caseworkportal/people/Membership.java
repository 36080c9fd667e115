package org.caseworkportal.people;

/** A setting a professional is a member of, and what they do there, as their account page shows it. */
public record Membership(SettingId setting, String settingName, String jobTitle) {

}
