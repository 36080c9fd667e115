package org.caseworkportal.worktray;

/**
 * One tile of a portal's home page: a heading linked to its list, a count and what it counts.
 * Public only so that templates can read it.
 *
 * @param counted what the count is of, for example "PEPs to complete"
 * @param detail a line under the count, such as "2 overdue"; empty for none
 */
public record HomeTile(String heading, String href, long count, String counted, String detail) {

	static HomeTile tasks(String heading, String href, TaskCounts counts, String one, String many) {
		return new HomeTile(heading, href, counts.open(), counts.open() == 1 ? one : many,
				counts.overdue() == 0 ? "" : counts.overdue() + " overdue");
	}

}
