/**
 * When each PEP step is due and when its reminder goes, counted from the meeting date through a
 * business calendar of England and Wales bank holidays. {@link PepTimescales} (the bean
 * {@code pepTimescales}) is what the BPMN calls; {@link PepTimescalesProperties} and
 * {@link CalendarProperties} are the settings.
 */
package org.caseworkportal.pep.timescales;
