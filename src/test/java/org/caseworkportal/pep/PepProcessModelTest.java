package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** bpmn/pep.bpmn and the Java that names its parts agree, and every id says what its element is. */
class PepProcessModelTest {

	private final BpmnModelInstance model = read();

	@Test
	void everyUserTaskIsAStageAndEveryStageATask() {
		Set<String> userTasks = model.getModelElementsByType(UserTask.class)
			.stream()
			.map(UserTask::getId)
			.collect(Collectors.toSet());
		Set<String> stageTasks = Arrays.stream(PepStage.values())
			.filter(PepStage::open)
			.map(PepStage::taskId)
			.collect(Collectors.toSet());
		assertThat(stageTasks).isEqualTo(userTasks);
	}

	@Test
	void theProcessKeyAndMessageAreTheOnesTheServiceUses() {
		assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
			.containsExactly(PepWorkflow.PROCESS);
		assertThat(model.getModelElementsByType(Message.class)).extracting(Message::getName)
			.containsExactly(PepWorkflow.RETRACT);
	}

	@Test
	void noElementKeepsAModellersDefaultId() {
		assertThat(model.getModelElementsByType(BaseElement.class))
			.extracting(BaseElement::getId)
			.filteredOn(Objects::nonNull)
			.allSatisfy(id -> assertThat(id).as(id)
				.matches("[A-Z][A-Za-z]+_[A-Z][A-Za-z]+")
				.doesNotMatch(".*_[0-9a-z]{7}"));
	}

	private static BpmnModelInstance read() {
		InputStream bpmn = PepProcessModelTest.class.getResourceAsStream("/bpmn/pep.bpmn");
		return Bpmn.readModelFromStream(Objects.requireNonNull(bpmn, "bpmn/pep.bpmn is not on the test classpath"));
	}

}
