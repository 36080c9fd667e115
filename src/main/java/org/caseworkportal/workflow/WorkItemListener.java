package org.caseworkportal.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.people.ChildId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code work_item} in step with every user task of every process, in the engine's own
 * transaction: {@link WorkItemParseListener} adds it to each user task (create, assignment,
 * update, complete, delete) and to each process's end, as a built-in listener, so that it runs
 * however the engine is driven: a page, a timer, or an administrator in Cockpit cancelling an
 * instance with "skip custom listeners".
 */
@Component
class WorkItemListener implements TaskListener, ExecutionListener {

	private final WorkItemStore store;

	private final ApplicationEventPublisher events;

	WorkItemListener(WorkItemStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Override
	public void notify(DelegateTask task) {
		switch (task.getEventName()) {
			case EVENTNAME_CREATE:
				opened(task);
				break;
			case EVENTNAME_ASSIGNMENT:
				store.changed(task.getId(), assignee(task), instant(task.getDueDate()), instant(task.getFollowUpDate()));
				break;
			case EVENTNAME_UPDATE:
				if (store.changed(task.getId(), assignee(task), instant(task.getDueDate()), instant(task.getFollowUpDate()))) {
					store.replaceHolders(task.getId(), candidates(task));
				}
				break;
			case EVENTNAME_COMPLETE, EVENTNAME_DELETE:
				store.remove(task.getId());
				break;
			default:
				break;
		}
	}

	/** The process instance ended, at an end event or cancelled. */
	@Override
	public void notify(DelegateExecution process) {
		store.removeProcess(process.getProcessInstanceId());
		Long caseId = new ExecutionCaseScope(process).get(CaseVariables.CASE_ID);
		// A process that is not a case (it has no caseId, so no work items either) ends unnoticed.
		if (caseId != null) {
			events.publishEvent(new CaseEnded(processKey(process), process.getProcessBusinessKey(), caseId));
		}
	}

	private void opened(DelegateTask task) {
		DelegateExecution execution = task.getExecution();
		CaseScope scope = new ExecutionCaseScope(execution);
		if (scope.get(CaseVariables.CASE_ID) == null || scope.get(CaseVariables.CHILD_ID) == null) {
			throw new IllegalStateException("The process " + processKey(execution) + " has a user task (" + task.getTaskDefinitionKey()
					+ ") but no caseId and childId: start it through Workflows.start");
		}
		Long requestedBy = scope.get(CaseVariables.REQUESTED_BY);
		WorkItem item = new WorkItem(task.getId(), processKey(execution), execution.getProcessBusinessKey(), scope.caseId(),
				new ChildId(scope.childId()), task.getTaskDefinitionKey(), requestedBy == null ? null : new AccountId(requestedBy),
				assignee(task), instant(task.getDueDate()), instant(task.getFollowUpDate()), instant(task.getCreateTime()));
		store.add(item, task.getProcessInstanceId(), candidates(task));
		events.publishEvent(new WorkItemOpened(item));
	}

	private static List<Holder> candidates(DelegateTask task) {
		return task.getCandidates()
			.stream()
			.map(link -> link.getUserId() != null ? Holder.ofUser(link.getUserId()) : Holder.ofGroup(link.getGroupId()))
			.toList();
	}

	private static AccountId assignee(DelegateTask task) {
		return task.getAssignee() == null ? null : Holder.ofUser(task.getAssignee()).account();
	}

	private static String processKey(DelegateExecution execution) {
		return ((ExecutionEntity) execution).getProcessDefinition().getKey();
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

}
