package org.caseworkportal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.pep.Pep;
import org.caseworkportal.pep.PepStage;
import org.caseworkportal.pep.Peps;
import org.caseworkportal.pep.TestPeps;
import org.caseworkportal.people.ChildId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's PEPs, as a newcomer finds them: one at each stage of the process among the children
 * in care, one overdue, one returned for amendment, finalised ones with their PDFs on the record,
 * and none yet for Isla Placewood.
 */
@PortalIntegrationTest
class DemoPepsIntegrationTest {

	/** Amara, Ben, Ella (Oakfield), Finn and Grace (Riverside). */
	private static final List<String> CHILDREN_WITH_PEPS = List.of("Z999900115001", "Z999900116002", "Z999900119005",
			"T999900214006", "T999900215007");

	private static final String ISLA = "T999900217009";

	@Autowired
	Peps peps;

	@Autowired
	TestPeps testPeps;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theDemoChildrenHaveAPepAtEveryOpenStage_oneOpenEach() {
		for (String child : CHILDREN_WITH_PEPS) {
			assertThat(peps.ofChild(child(child)).stream().filter(pep -> pep.stage().open())).as(child).hasSize(1);
		}
		assertThat(demoPeps().map(Pep::stage)).contains(PepStage.PREPARING, PepStage.WITH_SCHOOL, PepStage.RETURNED,
				PepStage.QUALITY_ASSURANCE, PepStage.FINALISING);
	}

	@Test
	void oneIsOverdueWithTheSchool_andItsOverdueEmailIsSent() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
		List<Pep> overdue = demoPeps().filter(pep -> pep.stage() == PepStage.WITH_SCHOOL)
			.filter(pep -> testPeps.dueDate(pep).isBefore(today))
			.toList();
		assertThat(overdue).hasSize(1);
		String subject = "PEP " + overdue.get(0).reference() + " is overdue";
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql("select recipient from mail_outbox where subject = :subject")
				.param("subject", subject)
				.query(String.class)
				.list()).contains(DemoData.OFFICER_EMAIL, DemoData.RIVERSIDE_TEACHER_EMAIL));
	}

	@Test
	void oneIsReturnedForAmendment_withTheOfficersComments() {
		assertThat(demoPeps().filter(pep -> pep.stage() == PepStage.RETURNED)).singleElement().satisfies(pep -> {
			assertThat(pep.qaComments()).contains("The targets need dates");
			assertThat(pep.returnedCount()).isEqualTo(1);
			assertThat(pep.submittedAt()).isNotNull();
		});
	}

	@Test
	void finalisedPepsKeepTheirPdf_andAChildMayHaveSeveral() {
		List<Pep> finalised = demoPeps().filter(pep -> pep.stage() == PepStage.FINALISED).toList();
		assertThat(finalised).hasSizeGreaterThanOrEqualTo(3);
		assertThat(finalised).allSatisfy(pep -> assertThat(peps.finalPdf(pep.id())).hasValueSatisfying(
				pdf -> assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-")));
		assertThat(peps.ofChild(child("T999900215007")).stream().filter(pep -> pep.stage() == PepStage.FINALISED))
			.as("Grace's").hasSize(2);
	}

	/**
	 * Tests may start PEPs for Isla too, always meeting in 2030 or later (their timers must not
	 * fire while the tests run): any PEP of hers before then would be the demo's.
	 */
	@Test
	void islaHasNoPepFromTheDemo_herFirstIsTheNewcomers() {
		assertThat(peps.ofChild(child(ISLA))).noneMatch(pep -> pep.meetingDate().getYear() < 2030);
	}

	/** The demo's own PEPs: those meeting before 2030, which no test's PEP does. */
	private Stream<Pep> demoPeps() {
		return CHILDREN_WITH_PEPS.stream()
			.flatMap(child -> peps.ofChild(child(child)).stream())
			.filter(pep -> pep.meetingDate().getYear() < 2030);
	}

	private ChildId child(String upn) {
		return new ChildId(jdbc.sql("select id from child where upn = :upn").param("upn", upn).query(Long.class).single());
	}

}
