package org.caseworkportal.worktray;

import java.util.List;

import org.caseworkportal.identity.Portal;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.people.ChildId;
import org.springframework.stereotype.Service;

/**
 * The open work of every case about one child, for the child's record: staff who may see the
 * child see all of it; a professional, what is in their own worktray. The record's page checks
 * the child's access first.
 */
@Service
public class ChildWork {

	private final WorkTasks tasks;

	ChildWork(WorkTasks tasks) {
		this.tasks = tasks;
	}

	/** The child's open work as this person may see it, the soonest due first. */
	public List<WorktrayTask> openFor(PortalUser user, ChildId child) {
		return tasks.ofChild(child, user.portal() == Portal.STAFF ? null : user);
	}

}
