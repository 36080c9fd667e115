package org.caseworkportal.children;

import org.caseworkportal.people.ChildSummary;

/**
 * A row of the children list. Public only so that templates can read it.
 *
 * @param currentPep the current PEP's stage, or "None"
 */
public record ListedChild(ChildSummary child, String currentPep) {

	public String path() {
		return ChildRecordController.pathOf(child.id());
	}

}
