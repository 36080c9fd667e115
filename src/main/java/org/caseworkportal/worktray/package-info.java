/**
 * The worktrays and home tiles of every portal, and the open work on a child's record, built from
 * the work items of every kind of case. A feature that runs a process offers a
 * {@link org.caseworkportal.worktray.CaseType} (its labels, status and task page) and, if it
 * needs one, {@link org.caseworkportal.worktray.HomeTiles}; adding a process adds those files and
 * edits nothing here.
 */
package org.caseworkportal.worktray;
