package org.caseworkportal.forms;

/** A date as typed into GOV.UK's three boxes when it is not a real date, kept to show it again. */
record RawDate(String day, String month, String year) {
}
