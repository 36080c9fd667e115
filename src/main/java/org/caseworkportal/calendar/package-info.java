/**
 * Time shared by every process: working days (Monday to Friday, not a bank holiday in England and
 * Wales) and timescales written in settings as {@code "2 weeks"} or {@code "20 working days"}.
 * Its public types are {@link org.caseworkportal.calendar.WorkingDays} (a bean),
 * {@link org.caseworkportal.calendar.Timescale} and {@link org.caseworkportal.calendar.LondonDates}
 * (a day read from a process variable; a day and time in UK time written for the engine). The bank
 * holidays are computed by the usual rules for any year, with the proclaimed one-off changes from the settings {@code portal.calendar.*}.
 * It knows no process: the PEP's due dates, and the EHC assessment's and annual review's, are
 * counted by their own modules through these types.
 */
package org.caseworkportal.calendar;
