package org.caseworkportal.worktray;

/** How many tasks a worktray holds, and how many of them are overdue, for a home page tile. */
record TaskCounts(long open, long overdue) {

	static final TaskCounts NONE = new TaskCounts(0, 0);

}
