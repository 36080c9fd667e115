/**
 * When each PEP step is due and when its reminder goes, counted from the meeting date in the
 * working days of {@link org.caseworkportal.calendar}. {@link PepTimescales} (the bean
 * {@code pepTimescales}) is what the BPMN calls; {@link PepTimescalesProperties} are its settings
 * (the bank holidays' are the calendar's, {@code portal.calendar.*}).
 */
package org.caseworkportal.pep.timescales;
