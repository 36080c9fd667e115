package org.caseworkportal.workflow;

import org.caseworkportal.web.AlreadyDone;

/** The work item's task was completed or removed by someone else since it was read, or is being completed at this moment. */
public class WorkAlreadyDone extends AlreadyDone {

	private static final long serialVersionUID = 1L;

	WorkAlreadyDone(WorkItem item) {
		super("This task of " + item.businessKey() + " has already been done, or someone did it at the same moment. "
				+ "Open it again to see where it is now.");
	}

}
