package org.caseworkportal.workflow;

/**
 * Published in the engine's transaction when an open task is changed in place (its due date or
 * holders, say, by an administrator in Tasklist or Cockpit): its feature may follow the new dates.
 */
public record WorkItemChanged(WorkItem item) {

}
