/**
 * The one door to the process engine (Camunda 7 today), and the only feature that imports it:
 * features start cases, complete work items and send messages through {@link org.caseworkportal.workflow.Workflows},
 * read the open work of every case from {@link org.caseworkportal.workflow.WorkItems} (written by
 * one engine listener in the engine's transaction), and receive a running case from the BPMN as a
 * {@link org.caseworkportal.workflow.CaseScope} with typed {@link org.caseworkportal.workflow.ProcessVariable}s.
 * Who holds a task is said in the BPMN in the {@link org.caseworkportal.workflow.Holder} vocabulary;
 * {@link org.caseworkportal.workflow.WorkItems#mayWork} is the one rule of who may act. Cockpit's
 * single sign-on lives in {@code workflow.cockpit}. Camunda 7 Community Edition has reached its
 * end of life; its drop-in fork Operaton is the exit route, and this feature is what would change.
 */
package org.caseworkportal.workflow;
