/**
 * Personal Education Plans: starting one, its task pages (prepare, complete, quality-assure,
 * spot-check, finalise), retraction, who may do what ({@link org.caseworkportal.pep.PepAccess}),
 * its emails and timescales. The process itself is {@code bpmn/pep.bpmn}, named in Java by
 * {@link org.caseworkportal.pep.PepProcess}; each PEP's row in the {@code pep} table follows its
 * work items ({@link org.caseworkportal.pep.PepProgress}), and {@link org.caseworkportal.pep.PepCaseType}
 * shows them in the worktrays.
 */
package org.caseworkportal.pep;
