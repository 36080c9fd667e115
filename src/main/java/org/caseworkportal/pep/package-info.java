/**
 * Personal Education Plans: starting one, its task pages (prepare, complete, quality-assure,
 * spot-check, finalise), retraction, who may do what ({@link org.caseworkportal.pep.PepAccess}),
 * its emails and timescales. The process itself is {@code bpmn/pep.bpmn}; each PEP's row in the
 * {@code pep} table follows it.
 */
package org.caseworkportal.pep;
