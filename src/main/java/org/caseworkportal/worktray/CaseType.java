package org.caseworkportal.worktray;

import java.util.List;
import java.util.Map;

import org.caseworkportal.workflow.WorkItem;

/**
 * A kind of case (a PEP; an EHC needs assessment and an annual review next), as the worktrays
 * and the child's record show its work items. Each feature that runs a process offers one as a
 * bean; the worktray asks it about its own items only, never the other way round.
 */
public interface CaseType {

	/** The process key of the cases it describes. */
	String processKey();

	/** How each of these work items (all of this type) shows, by task id; one query for them all, not one each. */
	Map<String, CaseWork> describe(List<WorkItem> items);

}
