package org.caseworkportal.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.people.ChildId;

/**
 * One open user task of a case, as the {@code work_item} table holds it.
 *
 * @param caseId the case's own row in its feature (a PEP's id)
 * @param taskKey the BPMN user task's id, such as {@code Task_CompletePep}
 * @param requestedBy who sent the work; null when not known
 * @param assignee who has it, if anyone has; otherwise its holders may pick it up
 * @param dueAt when it is due, if it has a due date
 * @param followUpAt when its holder is reminded, if the BPMN says
 */
public record WorkItem(String taskId, String processKey, String businessKey, long caseId, ChildId childId, String taskKey,
		AccountId requestedBy, AccountId assignee, Instant dueAt, Instant followUpAt, Instant createdAt) {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	/** The day it is due, in the UK; null when it has no due date. */
	public LocalDate dueDate() {
		return dueAt == null ? null : dueAt.atZone(UK).toLocalDate();
	}

}
