/**
 * The PEP process's glue: its timescales today; starting, delegating, quality assurance and
 * trackers to come. The process itself is {@code bpmn/pep.bpmn}.
 */
package org.caseworkportal.pep;
