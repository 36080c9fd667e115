package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caseworkportal.TestSmtpServer;
import org.caseworkportal.workflow.CaseScope;
import org.caseworkportal.workflow.ProcessVariable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PEP process's emails over real SMTP (GreenMail), for the demo's Isla Placewood at Riverside
 * Demo Academy: who gets each, once, and that none says more about her than "Isla P.".
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "portal.mail.smtp.tls=NONE")
class PepEmailsOverSmtpIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private static final String NOMINATED = "pep@riverside-demo.example";

	private static final String TEACHER = "dt@riverside-demo.example";

	private static final String OFFICER = "vs.officer@demo-borough.example";

	private static final String SOCIAL_WORKER = "social.worker@demo-borough.example";

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(TestSmtpServer.SETUP);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		TestSmtpServer.sendMailHere(registry);
	}

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	PepNotifications notifications;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void delegatingThePepToTheSettingEmailsItsNominatedAddressAndMembers_namingTheChildByFirstNameAndInitial() {
		startPepForIslaDelegatedToRiverside("PEP-MAIL-0001");

		for (String school : List.of(NOMINATED, TEACHER)) {
			MimeMessage email = awaitOnly(school, "New delegated form");
			String body = bodyOf(email);
			assertThat(body).contains("Isla P.", "PEP-MAIL-0001", "18 March 2030", "/peps/4242")
				.doesNotContain("Placewood", "2009", "T999900217009");
		}
		assertThat(received(OFFICER, "New delegated form")).isEmpty();
	}

	@Test
	void eachReminderAndOverdueGoesOnceToWhoeverHoldsTheTask_andOverdueAlsoToTheOfficer() {
		ProcessInstance pep = startPepForIslaDelegatedToRiverside("PEP-MAIL-0002");
		awaitOnly(TEACHER, "New delegated form");
		CaseScope execution = scopeOf(pep);

		// Twice, as the timers of a PEP returned after its due date fire again: the school hears once.
		transaction.executeWithoutResult(status -> {
			notifications.reminder(execution, "contribution");
			notifications.reminder(execution, "contribution");
		});
		String reminder = "Reminder: PEP PEP-MAIL-0002 is due by 18 March 2030";
		assertThat(bodyOf(awaitOnly(NOMINATED, reminder))).contains("complete the PEP for Isla P. by 18 March 2030");
		awaitOnly(TEACHER, reminder);

		transaction.executeWithoutResult(status -> notifications.overdue(execution, "contribution"));
		String overdue = "PEP PEP-MAIL-0002 is overdue";
		awaitOnly(NOMINATED, overdue);
		awaitOnly(TEACHER, overdue);
		assertThat(bodyOf(awaitOnly(OFFICER, overdue))).contains("Isla P.", "/peps/4242").doesNotContain("Placewood");

		tasks.complete(openTask(pep));
		tasks.complete(openTask(pep), Map.of("qaDecision", "accepted", "spotCheck", false));
		transaction.executeWithoutResult(status -> notifications.reminder(execution, "finalise"));
		awaitOnly(SOCIAL_WORKER, "Reminder: PEP PEP-MAIL-0002 is due by 29 April 2030");

		assertThat(received(OFFICER, reminder)).isEmpty();
		assertThat(received(SOCIAL_WORKER, overdue)).isEmpty();
		assertThat(received(TEACHER, "Reminder: PEP PEP-MAIL-0002 is due by 29 April 2030")).isEmpty();
	}

	@Test
	void retractingTellsTheSchoolOnlyIfItHadBeenSentThePep() {
		ProcessInstance delegated = startPepForIslaDelegatedToRiverside("PEP-MAIL-0003");
		awaitOnly(TEACHER, "New delegated form");
		ProcessInstance notYetDelegated = startPepForIsla("PEP-MAIL-0004");

		runtime.createMessageCorrelation("RetractPep").processInstanceId(delegated.getId()).correlate();
		runtime.createMessageCorrelation("RetractPep").processInstanceId(notYetDelegated.getId()).correlate();

		awaitOnly(NOMINATED, "PEP PEP-MAIL-0003 has been retracted");
		awaitOnly(TEACHER, "PEP PEP-MAIL-0003 has been retracted");
		assertThat(received(TEACHER, "New delegated form")).hasSize(1);
		assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(PepEmailsOverSmtpIntegrationTest::subjectOf))
			.noneMatch(subject -> subject.contains("PEP-MAIL-0004"));
	}

	private ProcessInstance startPepForIslaDelegatedToRiverside(String reference) {
		ProcessInstance pep = startPepForIsla(reference);
		tasks.complete(openTask(pep));
		return pep;
	}

	private String openTask(ProcessInstance pep) {
		return tasks.createTaskQuery().processInstanceId(pep.getId()).singleResult().getId();
	}

	/** A PEP the officer is still preparing: Task_PreparePep is open. */
	private ProcessInstance startPepForIsla(String reference) {
		Map<String, Object> variables = new HashMap<>();
		// No PEP row: the emails link to its page by this id.
		variables.put("caseId", "4242");
		variables.put("childId", idOf("select id from child where upn = 'T999900217009'"));
		variables.put("requestedBy", idOf("select id from account where email = '" + OFFICER + "'"));
		// In the future, so that no reminder or overdue timer is due while the job executor runs.
		variables.put("meetingDate", "2030-03-04");
		variables.put("officer", idOf("select id from account where email = '" + OFFICER + "'"));
		variables.put("settingId", idOf("select id from education_setting where urn = '999002'"));
		variables.put("completion", "setting");
		return runtime.startProcessInstanceByKey("Process_Pep", reference, variables);
	}

	private String idOf(String query) {
		return String.valueOf(jdbc.sql(query).query(Long.class).single());
	}

	/** The case as the process's own expressions hand it to the bean: its variables and business key. */
	private CaseScope scopeOf(ProcessInstance pep) {
		return new CaseScope() {

			@Override
			public String businessKey() {
				return pep.getBusinessKey();
			}

			@Override
			public <T> T get(ProcessVariable<T> variable) {
				return variable.read(runtime.getVariable(pep.getId(), variable.name()));
			}

			@Override
			public <T> void set(ProcessVariable<T> variable, T value) {
				runtime.setVariable(pep.getId(), variable.name(), variable.write(value));
			}

		};
	}

	/** Waits for the email, then checks it came once (a second copy would be sent in the same round). */
	private static MimeMessage awaitOnly(String to, String subject) {
		await().atMost(PATIENCE).until(() -> !received(to, subject).isEmpty());
		assertThat(received(to, subject)).as(subject + " to " + to).hasSize(1);
		return received(to, subject).get(0);
	}

	private static List<MimeMessage> received(String to, String subject) {
		return Arrays.stream(greenMail.getReceivedMessages())
			.filter(message -> subjectOf(message).equals(subject) && isTo(message, to))
			.toList();
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isTo(MimeMessage message, String to) {
		try {
			return Arrays.stream(message.getRecipients(RecipientType.TO)).anyMatch(address -> address.toString().equals(to));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain text as the reader sees it, decoded from the transfer encoding. */
	private static String bodyOf(MimeMessage message) {
		try {
			return String.valueOf(message.getContent()).replace("\r\n", "\n");
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
