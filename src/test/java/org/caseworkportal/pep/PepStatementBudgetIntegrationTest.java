package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.TaskService;
import org.caseworkportal.DemoSignIns;
import org.caseworkportal.TestChildren;
import org.caseworkportal.forms.submission.FormSubmissions;
import org.caseworkportal.identity.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The statement budget of submitting a contribution (issue 5): through the service layer it sends
 * the database no more than 5 statements above what the bare engine sends to complete the same
 * task, and as many for a form of 12 answers as for one of more than 500. Counts every statement
 * the test's own thread sends, batched ones one by one, through a proxy around the application's
 * DataSource; the proxy is this test's alone, so it runs in a Spring context of its own.
 */
@SpringBootTest
@Import({ PepStatementBudgetIntegrationTest.CountedStatements.class, TestChildren.class, TestPeps.class })
class PepStatementBudgetIntegrationTest {

	private static final int BUDGET = 5;

	private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

	@Autowired
	PepWorkflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	FormSubmissions submissions;

	@Autowired
	TestChildren children;

	@Autowired
	TestPeps testPeps;

	@Test
	void submittingAContributionCostsAtMostFiveStatementsMoreThanTheEngine_whateverTheFormsSize() {
		PortalUser teacher = testPeps.user(DemoSignIns.RIVERSIDE_TEACHER);
		// The first of each warms the engine's and the forms' caches, which would otherwise count.
		tasks.complete(openTaskOf(withTheSchool("Wes", fewAnswers())));
		submit(teacher, withTheSchool("Wren", fewAnswers()));

		String task = openTaskOf(withTheSchool("Ada", fewAnswers()));
		List<String> bareEngine = during(null, pep -> tasks.complete(task));
		List<String> fewAnswers = submit(teacher, withTheSchool("Bo", fewAnswers()));
		List<String> manyAnswers = submit(teacher, withTheSchool("Cy", manyAnswers()));

		System.out.printf("%nStatements to complete the school's PEP task: bare engine (TaskService.complete) %d;"
				+ " PepWorkflow.submitContribution %d with %d answers, %d with %d answers%n", bareEngine.size(),
				fewAnswers.size(), leaves(fewAnswers()), manyAnswers.size(), leaves(manyAnswers()));
		System.out.println("Beyond the engine's:");
		beyond(fewAnswers, bareEngine).forEach(sql -> System.out.println("  " + sql));
		assertThat(fewAnswers.size() - bareEngine.size()).as("statements beyond the engine's: %s",
				beyond(fewAnswers, bareEngine)).isLessThanOrEqualTo(BUDGET);
		assertThat(manyAnswers).as("statements with 500 answers").hasSameSizeAs(fewAnswers);
	}

	/** A PEP of a new child, sent to Riverside with {@code answers} saved: the school's task is open. */
	private Pep withTheSchool(String forename, Map<String, Object> answers) {
		Pep pep = testPeps.withTheSchool(children.inCareAtRiverside(forename, "Budget"), TestPeps.MEETING);
		var draft = submissions.find(pep.submissionId()).orElseThrow();
		Map<String, Object> saved = new LinkedHashMap<>(draft.answers());
		saved.putAll(answers);
		assertThat(submissions.saveDraft(draft.id(), draft.revision(), saved, Set.of(), testPeps.officer().id())).isTrue();
		return testPeps.now(pep);
	}

	private String openTaskOf(Pep pep) {
		return tasks.createTaskQuery().processInstanceBusinessKey(pep.reference()).singleResult().getId();
	}

	private List<String> submit(PortalUser teacher, Pep pep) {
		int revision = submissions.find(pep.submissionId()).orElseThrow().revision();
		return during(pep, submitted -> assertThat(workflow.submitContribution(teacher, submitted.id(), revision)).isEmpty());
	}

	/** The statements this thread sent while doing the step. */
	private static List<String> during(Pep pep, Consumer<Pep> step) {
		RECORDED.set(new ArrayList<>());
		try {
			step.accept(pep);
			return RECORDED.get();
		}
		finally {
			RECORDED.remove();
		}
	}

	/** What {@code statements} sent that {@code engine} did not, each once for each time more. */
	private static List<String> beyond(List<String> statements, List<String> engine) {
		List<String> extra = new ArrayList<>(statements);
		engine.forEach(extra::remove);
		return extra;
	}

	/** The required answers only, for a young person not in education: 12 in all. */
	private static Map<String, Object> fewAnswers() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("hasHazards", "no");
		answers.put("eetStatus", "neet");
		answers.put("meetingDate", "2030-03-04");
		answers.put("meetingReason", "review");
		answers.put("meetingSummary", "Met at the college; everyone agreed the plan.");
		for (String score : List.of("engagement", "wellbeing", "behaviour", "attainment", "academicProgress")) {
			answers.put(score, "3");
		}
		answers.put("hasEhcp", "no");
		answers.put("nextMeetingDate", "2030-07-01");
		return answers;
	}

	/** A student in education with every list long: more than 500 answers. */
	private static Map<String, Object> manyAnswers() {
		Map<String, Object> answers = fewAnswers();
		answers.put("eetStatus", "education");
		answers.put("educationType", "collegeAdvanced");
		answers.put("educationProviders", rows(5, row -> Map.of("providerName", "College " + row, "startDate", "2029-09-03")));
		answers.put("courseTitle", "A Levels");
		Map<String, String> predicted = Map.of("gcse", "5", "aLevel", "b", "functionalSkills", "level2", "btec", "merit",
				"ib", "5", "ibcp", "5");
		answers.put("qualificationsStudying", List.copyOf(predicted.keySet()));
		predicted.forEach((qualification, grade) -> answers.put(qualification + "Studying",
				rows(15, row -> Map.of("subject", "Subject " + row, "predictedGrade", grade, "onTarget", "yes"))));
		Map<String, String> results = Map.of("gcse", "6", "aLevel", "a", "btec", "pass");
		answers.put("qualificationsAchieved", List.copyOf(results.keySet()));
		results.forEach((qualification, result) -> answers.put(qualification + "Achieved", rows(15, row -> Map.of("subject",
				"Subject " + row, "result", result, "dateAchieved", "2029-08-21", "proofOfResult", "yes"))));
		answers.put("year11Results", rows(20, row -> Map.of("subject", "Subject " + row, "grade", "5")));
		answers.put("previousTargets", rows(5, row -> Map.of("target", "Target " + row, "achieved", "partiallyAchieved",
				"willContinue", "yes", "outcome", "Some progress")));
		answers.put("currentTargets", rows(5, row -> Map.of("target", "Target " + row, "achieveBy", "2030-07-01", "how",
				"With the study skills adviser", "needsFunding", "no")));
		return answers;
	}

	private static List<Map<String, Object>> rows(int count, IntFunction<Map<String, Object>> row) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(row.apply(i));
		}
		return rows;
	}

	/** How many answers: values that are not lists or groups of answers. */
	private static int leaves(Object answers) {
		if (answers instanceof Map<?, ?> map) {
			return map.values().stream().mapToInt(PepStatementBudgetIntegrationTest::leaves).sum();
		}
		if (answers instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
			return list.stream().mapToInt(PepStatementBudgetIntegrationTest::leaves).sum();
		}
		return 1;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountedStatements {

		@Bean
		static BeanPostProcessor countStatementsOfTheTestThread() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
						return ProxyDataSourceBuilder.create(dataSource).name(name).listener(new Recorder()).build();
					}
					return bean;
				}

			};
		}

	}

	/** Records each statement, a batch's one by one, while the thread is recording. */
	private static final class Recorder implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			List<String> recorded = RECORDED.get();
			if (recorded == null) {
				return;
			}
			for (QueryInfo query : queries) {
				int times = execution.isBatch() && queries.size() == 1 ? execution.getBatchSize() : 1;
				for (int i = 0; i < times; i++) {
					recorded.add(query.getQuery().replaceAll("\\s+", " ").strip());
				}
			}
		}

	}

}
