package org.caseworkportal.workflow;

import org.caseworkportal.people.ChildLinkChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When the person in a child's case role changes (a new social worker), the work held in that role moves to them. */
@Component
class CaseRoleHandover {

	private final WorkItemStore store;

	CaseRoleHandover(WorkItemStore store) {
		this.store = store;
	}

	@EventListener
	void handOver(ChildLinkChanged changed) {
		store.reresolve(changed.child(), changed.relationship());
	}

}
