package org.caseworkportal.ehcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.caseworkportal.workflow.CaseVariables;
import org.caseworkportal.workflow.Holder;
import org.caseworkportal.workflow.ProcessVariable;
import org.junit.jupiter.api.Test;

/**
 * bpmn/ehcp-assessment.bpmn and the Java that names its parts agree; every id says what its
 * element is; every element is drawn, inside its lane or container, without overlapping another.
 */
class EhcAssessmentProcessModelTest {

	private static final String RESOURCE = "/bpmn/ehcp-assessment.bpmn";

	/** The beans the BPMN's expressions call, by name. */
	private static final Map<String, Class<?>> BEANS = Map.of("ehcTimescales", EhcTimescales.class, "ehcNotifications",
			EhcNotifications.class, "ehcAdvice", EhcAdvice.class, "ehcConsultation", EhcConsultation.class);

	private final String bpmn = new String(readBytes(), StandardCharsets.UTF_8);

	private final BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(readBytes()));

	@Test
	void everyUserTaskIsATaskOfEhcAssessmentProcess_andEveryTaskAUserTask() {
		assertThat(Arrays.stream(EhcAssessmentProcess.Task.values()).map(EhcAssessmentProcess.Task::id))
			.containsExactlyInAnyOrderElementsOf(ids(UserTask.class));
	}

	@Test
	void theProcessKeyAndMessageAreTheOnesJavaUses() {
		assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
			.containsExactly(EhcAssessmentProcess.KEY);
		assertThat(model.getModelElementsByType(Message.class)).extracting(Message::getName)
			.containsExactly(EhcAssessmentProcess.REQUEST_ADVICE);
	}

	@Test
	void theProcessKeepsItsHistoryAndSaysWhatItIs_asDoesEveryUserTask() {
		Process process = model.getModelElementById(EhcAssessmentProcess.KEY);
		assertThat(process.isExecutable()).isTrue();
		assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
		assertThat(process.getDocumentations()).singleElement().satisfies(doc -> assertThat(doc.getTextContent()).contains("P3650D"));
		assertThat(model.getModelElementsByType(UserTask.class))
			.allSatisfy(task -> assertThat(task.getDocumentations()).as(task.getId())
				.singleElement()
				.satisfies(doc -> assertThat(doc.getTextContent()).hasSizeGreaterThan(80)));
	}

	@Test
	void noElementKeepsAModellersDefaultId_andEachIdSaysWhatItIs() {
		assertThat(model.getModelElementsByType(BaseElement.class)).extracting(BaseElement::getId)
			.filteredOn(Objects::nonNull)
			.allSatisfy(id -> assertThat(id).as(id).matches("[A-Z][A-Za-z]+_[A-Z][A-Za-z]+").doesNotMatch(".*_[0-9a-z]{7}"));
		assertThat(ids(UserTask.class)).allMatch(id -> id.startsWith("Task_"));
		assertThat(ids(ServiceTask.class)).allMatch(id -> id.startsWith("Task_"));
		assertThat(ids(ExclusiveGateway.class)).allMatch(id -> id.startsWith("Gateway_"));
		assertThat(ids(BoundaryEvent.class)).allMatch(id -> id.startsWith("BoundaryEvent_"));
		assertThat(ids(StartEvent.class)).allMatch(id -> id.startsWith("StartEvent_"));
		assertThat(ids(EndEvent.class)).allMatch(id -> id.startsWith("EndEvent_"));
		assertThat(ids(SequenceFlow.class)).allMatch(id -> id.startsWith("Flow_"));
		assertThat(ids(Lane.class)).allMatch(id -> id.startsWith("Lane_"));
		assertThat(model.getModelElementsByType(SubProcess.class))
			.allSatisfy(sub -> assertThat(sub.getId()).startsWith(sub.triggeredByEvent() ? "EventSubProcess_" : "SubProcess_"));
	}

	@Test
	void everyVariableTheBpmnReadsOrSetsIsOneThatEhcAssessmentProcessOrCaseVariablesNames() throws IllegalAccessException {
		Set<String> named = new HashSet<>(List.of(CaseVariables.CASE_ID.name(), CaseVariables.CHILD_ID.name(),
				CaseVariables.REQUESTED_BY.name()));
		for (Field field : EhcAssessmentProcess.class.getDeclaredFields()) {
			if (field.getType() == ProcessVariable.class) {
				field.setAccessible(true);
				named.add(((ProcessVariable<?>) field.get(null)).name());
			}
		}
		Set<String> used = new TreeSet<>();
		for (String expression : expressions()) {
			Matcher name = Pattern.compile("(?<![.\\w'])([a-zA-Z_]\\w*)(?![\\w(])")
				.matcher(expression.replaceAll("'[^']*'", "''"));
			while (name.find()) {
				used.add(name.group(1));
			}
		}
		used.removeAll(BEANS.keySet());
		used.removeAll(Set.of("cases", "execution", "true", "false", "null"));
		used.addAll(matches("camunda:(?:input|output)Parameter name=\"(\\w+)\""));
		used.addAll(matches("camunda:elementVariable=\"(\\w+)\""));
		assertThat(used).contains("requestDate", "consultedSettings", "consultedSetting", "adviceRequestedOn", "adviceReminderSent");
		assertThat(named).as("the variables EhcAssessmentProcess and CaseVariables name").containsAll(used);
	}

	@Test
	void everyBeanMethodAndStepTheBpmnNamesExists() {
		Set<String> steps = Arrays.stream(EhcStep.values()).map(EhcStep::stepName).collect(Collectors.toSet());
		int calls = 0;
		for (String expression : expressions()) {
			Matcher call = Pattern.compile("(\\w+)\\.(\\w+)\\(").matcher(expression);
			while (call.find()) {
				Class<?> bean = BEANS.get(call.group(1));
				if (bean == null) {
					assertThat(call.group(1)).as(expression).isIn("cases", "consultedSettings");
					continue;
				}
				calls++;
				assertThat(Arrays.stream(bean.getMethods()).map(Method::getName)).as(expression).contains(call.group(2));
				Matcher step = Pattern.compile("'(\\w+)'").matcher(expression.substring(call.end()));
				while (step.find()) {
					assertThat(steps).as(expression).contains(step.group(1));
				}
			}
		}
		assertThat(calls).isGreaterThan(40);
		assertThat(Arrays.stream(EhcNotifications.class.getDeclaredMethods()).map(Method::getName))
			.as("no notice the process never gives").allMatch(bpmn::contains);
	}

	@Test
	void everyHolderTheBpmnNamesIsInThePortalsVocabulary() {
		assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> {
			String groups = task.getCamundaCandidateGroups();
			if (groups.startsWith("${")) {
				assertThat(groups).as(task.getId())
					.isIn("${ehcAdvice.candidateGroups(cases.of(execution))}",
							"${ehcConsultation.candidateGroups(cases.of(execution))}");
			}
			else {
				assertThat(groups.split(",")).as(task.getId())
					.allSatisfy(group -> assertThatCode(() -> Holder.ofGroup(group)).doesNotThrowAnyException());
			}
			assertThat(task.getCamundaAssignee()).as(task.getId())
				.satisfiesAnyOf(assignee -> assertThat(assignee).isNull(),
						assignee -> assertThat(assignee).isEqualTo("${ehcAdvice.assignee(cases.of(execution))}"));
			assertThat(task.getCamundaCandidateUsers()).as(task.getId()).isNull();
		});
	}

	@Test
	void theGatewaysDecideOnTheValuesJavaNames() {
		assertThat(comparedValues("assessDecision")).containsExactlyInAnyOrderElementsOf(
				values(EhcAssessmentProcess.AssessDecision.values(), EhcAssessmentProcess.AssessDecision::variable));
		assertThat(comparedValues("issueDecision")).containsExactlyInAnyOrderElementsOf(
				values(EhcAssessmentProcess.IssueDecision.values(), EhcAssessmentProcess.IssueDecision::variable));
		assertThat(comparedValues("adviceDecision")).containsExactlyInAnyOrderElementsOf(
				values(EhcAssessmentProcess.AdviceDecision.values(), EhcAssessmentProcess.AdviceDecision::variable));
	}

	@Test
	void theAssessmentEndsEverythingWhenItEnds_includingOpenAdviceAndThe20WeekClock() {
		Process process = model.getModelElementById(EhcAssessmentProcess.KEY);
		List<String> terminating = process.getChildElementsByType(EndEvent.class)
			.stream()
			.filter(end -> end.getEventDefinitions().stream().anyMatch(TerminateEventDefinition.class::isInstance))
			.map(EndEvent::getId)
			.toList();
		assertThat(terminating).containsExactlyInAnyOrder("EndEvent_NotAssessed", "EndEvent_PlanNotIssued",
				"EndEvent_PlanIssued");
	}

	@Test
	void everyFlowNodeHasAShapeAndEveryFlowAnEdge() {
		Set<String> shapes = model.getModelElementsByType(BpmnShape.class)
			.stream()
			.map(shape -> shape.getBpmnElement().getId())
			.collect(Collectors.toSet());
		assertThat(shapes).containsAll(ids(FlowNode.class)).containsAll(ids(Lane.class)).contains("Participant_EhcAssessment");
		assertThat(model.getModelElementsByType(BpmnEdge.class)).allSatisfy(
				edge -> assertThat(edge.getWaypoints()).as(edge.getBpmnElement().getId()).hasSizeGreaterThanOrEqualTo(2));
		assertThat(model.getModelElementsByType(BpmnEdge.class)).extracting(edge -> edge.getBpmnElement().getId())
			.containsExactlyInAnyOrderElementsOf(ids(SequenceFlow.class));
	}

	@Test
	void noTwoShapesInOneContainerOverlap_andEachLiesInsideItsContainer() {
		List<FlowNode> nodes = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
		for (FlowNode node : nodes) {
			if (node.getParentElement() instanceof SubProcess container) {
				assertThat(inside(bounds(node), bounds(container))).as(node.getId() + " inside " + container.getId()).isTrue();
			}
			for (FlowNode other : nodes) {
				if (node != other && node.getParentElement() == other.getParentElement() && !attached(node, other)
						&& !attached(other, node)) {
					assertThat(overlap(bounds(node), bounds(other))).as(node.getId() + " and " + other.getId()).isFalse();
				}
			}
			if (node instanceof BoundaryEvent boundary) {
				assertThat(overlap(bounds(boundary), bounds(boundary.getAttachedTo()))).as(node.getId() + " on its task")
					.isTrue();
			}
		}
	}

	@Test
	void everyStepOfTheProcessIsInOneLaneAndDrawnInsideIt_andTheLanesSayWhoDoesWhat() {
		Process process = model.getModelElementById(EhcAssessmentProcess.KEY);
		List<Lane> lanes = new ArrayList<>(model.getModelElementsByType(Lane.class));
		assertThat(lanes).extracting(Lane::getName)
			.containsExactly("SEN team", "Professionals", "Parent or young person", "Education settings");
		for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
			if (node instanceof BoundaryEvent) {
				continue;
			}
			List<Lane> in = lanes.stream().filter(lane -> lane.getFlowNodeRefs().contains(node)).toList();
			assertThat(in).as(node.getId()).hasSize(1);
			Bounds shape = bounds(node);
			Bounds lane = bounds(in.get(0));
			double x = shape.getX() + shape.getWidth() / 2;
			double y = shape.getY() + shape.getHeight() / 2;
			assertThat(x > lane.getX() && x < lane.getX() + lane.getWidth() && y > lane.getY()
					&& y < lane.getY() + lane.getHeight()).as(node.getId() + " drawn in " + in.get(0).getName()).isTrue();
		}
		assertThat(laneOf(lanes, "Task_DecideWhetherToAssess")).isEqualTo("SEN team");
		assertThat(laneOf(lanes, "Task_DecideWhetherToIssue")).isEqualTo("SEN team");
		assertThat(laneOf(lanes, "Task_IssueFinalPlan")).isEqualTo("SEN team");
		assertThat(laneOf(lanes, "EventSubProcess_Advice")).isEqualTo("Professionals");
		assertThat(laneOf(lanes, "Task_CommentOnDraft")).isEqualTo("Parent or young person");
		assertThat(laneOf(lanes, "Task_RespondToConsultation")).isEqualTo("Education settings");
		// Inside the advice event subprocess, drawn across two lanes: giving advice is the professional's, reviewing it the team's.
		assertThat(laneAt(lanes, "Task_GiveAdvice")).isEqualTo("Professionals");
		assertThat(laneAt(lanes, "Task_ReviewAdvice")).isEqualTo("SEN team");
	}

	private String laneOf(List<Lane> lanes, String id) {
		FlowNode node = model.getModelElementById(id);
		return lanes.stream().filter(lane -> lane.getFlowNodeRefs().contains(node)).findFirst().orElseThrow().getName();
	}

	private String laneAt(List<Lane> lanes, String id) {
		Bounds shape = bounds(model.getModelElementById(id));
		double y = shape.getY() + shape.getHeight() / 2;
		return lanes.stream()
			.filter(lane -> y > bounds(lane).getY() && y < bounds(lane).getY() + bounds(lane).getHeight())
			.findFirst()
			.orElseThrow()
			.getName();
	}

	private static boolean attached(FlowNode node, FlowNode to) {
		return node instanceof BoundaryEvent boundary && boundary.getAttachedTo() == to;
	}

	private static boolean overlap(Bounds a, Bounds b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth() && a.getY() < b.getY() + b.getHeight()
				&& b.getY() < a.getY() + a.getHeight();
	}

	private static boolean inside(Bounds inner, Bounds outer) {
		return inner.getX() > outer.getX() && inner.getY() > outer.getY()
				&& inner.getX() + inner.getWidth() < outer.getX() + outer.getWidth()
				&& inner.getY() + inner.getHeight() < outer.getY() + outer.getHeight();
	}

	private Bounds bounds(BaseElement element) {
		return model.getModelElementsByType(BpmnShape.class)
			.stream()
			.filter(shape -> shape.getBpmnElement() == element)
			.findFirst()
			.orElseThrow(() -> new AssertionError(element.getId() + " has no shape"))
			.getBounds();
	}

	private Set<String> comparedValues(String variable) {
		return matches("\\$\\{" + variable + " == '(\\w+)'}");
	}

	private static <E> List<String> values(E[] values, Function<E, String> variable) {
		return Arrays.stream(values).map(variable).toList();
	}

	/** Every {@code ${...}} of the BPMN (attributes, timer dates, conditions, input and output mappings). */
	private List<String> expressions() {
		List<String> found = new ArrayList<>();
		Matcher expression = Pattern.compile("\\$\\{([^}]*)}").matcher(bpmn);
		while (expression.find()) {
			found.add(expression.group(1));
		}
		return found;
	}

	private Set<String> matches(String regex) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = Pattern.compile(regex).matcher(bpmn);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private Collection<String> ids(Class<? extends BaseElement> type) {
		return model.getModelElementsByType(type).stream().map(BaseElement::getId).toList();
	}

	private static byte[] readBytes() {
		try (InputStream in = EhcAssessmentProcessModelTest.class.getResourceAsStream(RESOURCE)) {
			return Objects.requireNonNull(in, RESOURCE + " is not on the test classpath").readAllBytes();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
