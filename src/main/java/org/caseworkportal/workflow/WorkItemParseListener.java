package org.caseworkportal.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Adds {@link WorkItemListener} to every user task and every process the engine deploys: no BPMN names it. */
class WorkItemParseListener extends AbstractBpmnParseListener {

	private static final List<String> TASK_EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
			TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

	private final WorkItemListener listener;

	WorkItemParseListener(WorkItemListener listener) {
		this.listener = listener;
	}

	@Override
	public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
		TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
		TASK_EVENTS.forEach(event -> task.addBuiltInTaskListener(event, listener));
	}

	@Override
	public void parseProcess(Element process, ProcessDefinitionEntity definition) {
		definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, listener);
	}

}
