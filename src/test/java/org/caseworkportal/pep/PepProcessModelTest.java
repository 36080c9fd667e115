package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.caseworkportal.workflow.CaseVariables;
import org.caseworkportal.workflow.ProcessVariable;
import org.junit.jupiter.api.Test;

/** bpmn/pep.bpmn and the Java that names its parts agree, and every id says what its element is. */
class PepProcessModelTest {

	private final BpmnModelInstance model = read();

	@Test
	void everyUserTaskIsATaskOfPepProcessAndAStage_andEveryStageATask() {
		Set<String> userTasks = model.getModelElementsByType(UserTask.class)
			.stream()
			.map(UserTask::getId)
			.collect(Collectors.toSet());
		assertThat(Arrays.stream(PepProcess.Task.values()).map(PepProcess.Task::id).collect(Collectors.toSet()))
			.isEqualTo(userTasks);
		Set<String> stageTasks = Arrays.stream(PepStage.values())
			.filter(PepStage::open)
			.map(stage -> stage.task().id())
			.collect(Collectors.toSet());
		assertThat(stageTasks).isEqualTo(userTasks);
	}

	@Test
	void everyHolderTheBpmnNamesIsInThePortalsVocabulary() {
		assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> {
			assertThat(task.getCamundaCandidateGroups()).as(task.getId())
				.matches("role:[A-Z_]+|child:[A-Z_]+|\\$\\{pepDelegation\\.candidateGroups\\(cases\\.of\\(execution\\)\\)\\}");
			assertThat(task.getCamundaAssignee()).as(task.getId())
				.satisfiesAnyOf(assignee -> assertThat(assignee).isNull(),
						assignee -> assertThat(assignee).isIn("${officer}", "${pepDelegation.assignee(cases.of(execution))}"));
		});
	}

	@Test
	void everyVariableTheBpmnsExpressionsReadIsOneThatPepProcessNamesWithItsType() throws IllegalAccessException {
		Set<String> named = new java.util.HashSet<>(List.of(CaseVariables.CASE_ID.name(), CaseVariables.CHILD_ID.name(),
				CaseVariables.REQUESTED_BY.name()));
		for (java.lang.reflect.Field field : PepProcess.class.getDeclaredFields()) {
			if (field.getType() == ProcessVariable.class) {
				field.setAccessible(true);
				named.add(((ProcessVariable<?>) field.get(null)).name());
			}
		}
		String bpmn = new String(readBytes(), java.nio.charset.StandardCharsets.UTF_8);
		Set<String> read = new java.util.TreeSet<>();
		java.util.regex.Matcher expression = java.util.regex.Pattern.compile("\\$\\{([^}]*)}").matcher(bpmn);
		while (expression.find()) {
			java.util.regex.Matcher name = java.util.regex.Pattern.compile("(?<![.\\w'])([a-zA-Z_]\\w*)(?![\\w(.])")
				.matcher(expression.group(1).replaceAll("'[^']*'", "''"));
			while (name.find()) {
				read.add(name.group(1));
			}
		}
		read.removeAll(Set.of("execution", "task", "true", "false", "null"));
		assertThat(read).isNotEmpty();
		assertThat(named).as("the variables PepProcess and CaseVariables name").containsAll(read);
	}

	@Test
	void theProcessKeyAndMessageAreTheOnesTheServiceUses() {
		assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
			.containsExactly(PepProcess.KEY);
		assertThat(model.getModelElementsByType(Message.class)).extracting(Message::getName)
			.containsExactly(PepProcess.RETRACT);
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

	private static byte[] readBytes() {
		try (InputStream bpmn = PepProcessModelTest.class.getResourceAsStream("/bpmn/pep.bpmn")) {
			return Objects.requireNonNull(bpmn, "bpmn/pep.bpmn is not on the test classpath").readAllBytes();
		}
		catch (java.io.IOException unreadable) {
			throw new java.io.UncheckedIOException(unreadable);
		}
	}

	private static BpmnModelInstance read() {
		InputStream bpmn = PepProcessModelTest.class.getResourceAsStream("/bpmn/pep.bpmn");
		return Bpmn.readModelFromStream(Objects.requireNonNull(bpmn, "bpmn/pep.bpmn is not on the test classpath"));
	}

}
