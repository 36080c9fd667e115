package org.caseworkportal.workflow;

/** The work item's task was completed or removed by someone else since it was read. */
public class WorkAlreadyDone extends RuntimeException {

	private static final long serialVersionUID = 1L;

	WorkAlreadyDone(WorkItem item) {
		super("The task " + item.taskKey() + " of " + item.businessKey() + " is no longer open");
	}

}
