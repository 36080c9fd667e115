package org.caseworkportal.pep;

import org.caseworkportal.workflow.WorkItem;

/**
 * A PEP as one person may see it.
 *
 * @param work its open work item; null once it has ended
 * @param mayWork whether they may do its open task now
 * @param mayRetract whether they may retract it (the Virtual School, before it is final)
 */
public record PepView(Pep pep, WorkItem work, boolean mayWork, boolean mayRetract) {
}
