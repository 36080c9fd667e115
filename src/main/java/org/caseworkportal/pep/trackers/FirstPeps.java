package org.caseworkportal.pep.trackers;

import java.util.List;

/**
 * The first few PEPs of a list (due this week, overdue), how many it holds and the link to all of
 * them. Public only so that the template can read it.
 */
public record FirstPeps(long total, List<PepRow> peps, String href) {

	public String totalText() {
		return TrackerText.number(total);
	}

	/** Whether the list holds more than the PEPs shown. */
	public boolean more() {
		return total > peps.size();
	}

}
