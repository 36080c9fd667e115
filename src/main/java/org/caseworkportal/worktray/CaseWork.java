package org.caseworkportal.worktray;

/**
 * How one work item shows in a worktray: what it is, where it stands, where it is done.
 *
 * @param title what the work is, for example the form's title "Personal Education Plan – KS5"
 * @param status where it stands, for example "New" or "Returned for amendment"
 * @param statusColour the GOV.UK tag colour of the status
 * @param path the page where the work is done
 */
public record CaseWork(String title, String status, String statusColour, String path) {

}
