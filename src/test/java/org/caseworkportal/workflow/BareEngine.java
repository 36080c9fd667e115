package org.caseworkportal.workflow;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** What the process tests (*ProcessTest) do to a bare engine: move its clock, running the timers due by then, and read a task's holders. */
public final class BareEngine {

	private final ProcessEngine engine;

	public BareEngine(ProcessEngine engine) {
		this.engine = engine;
	}

	/** Moves the clock to the moment and runs every timer due by then, as the job executor would. */
	public void clockAt(String moment) {
		ClockUtil.setCurrentTime(at(moment));
		var management = engine.getManagementService();
		List<Job> due;
		while (!(due = management.createJobQuery().executable().list()).isEmpty()) {
			due.forEach(job -> management.executeJob(job.getId()));
		}
	}

	/** The task's candidate groups, as the BPMN named them. */
	public List<String> candidateGroups(Task task) {
		return engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.toList();
	}

	/** An ISO-8601 moment with its offset, such as 2026-02-16T17:00:00Z, as the engine's dates are. */
	public static Date at(String moment) {
		return Date.from(OffsetDateTime.parse(moment).toInstant());
	}

}
