package org.caseworkportal.workflow;

/** Published in the engine's transaction when a case's user task is created: its feature may follow its stage. */
public record WorkItemOpened(WorkItem item) {

}
