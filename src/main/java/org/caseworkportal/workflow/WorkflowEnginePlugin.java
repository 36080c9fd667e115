package org.caseworkportal.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** The portal's additions to the engine, picked up by Camunda's Spring Boot starter: the work-item listener on every process. */
@Component
class WorkflowEnginePlugin extends AbstractProcessEnginePlugin {

	private final WorkItemListener workItems;

	WorkflowEnginePlugin(WorkItemListener workItems) {
		this.workItems = workItems;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
		listeners.add(new WorkItemParseListener(workItems));
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

}
