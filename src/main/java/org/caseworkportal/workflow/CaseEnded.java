package org.caseworkportal.workflow;

/**
 * Published in the engine's transaction when a case's process instance ends, however it ends:
 * at an end event, or cancelled (from Cockpit, say). Its open work items are gone by then.
 */
public record CaseEnded(String processKey, String businessKey, long caseId) {

}
