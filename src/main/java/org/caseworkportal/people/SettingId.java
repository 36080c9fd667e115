package org.caseworkportal.people;

/** The identifier of an education setting: a school, college or nursery. */
public record SettingId(long value) {

}
