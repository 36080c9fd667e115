package org.caseworkportal.pep.trackers;

/**
 * One school's row of the trackers. Public only so that the template can read it.
 *
 * @param href the trackers filtered to this school; empty for PEPs of children at no school
 * @param onTime the share of contributions due in the 12 months that came in on time, as
 *        {@link MonthOnTime#summary()} gives it
 */
public record SchoolFigures(String name, String href, String open, String overdue, String finalised, String onTime) {
}
