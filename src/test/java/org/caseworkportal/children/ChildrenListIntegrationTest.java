package org.caseworkportal.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.TestChildren;
import org.caseworkportal.people.ChildId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The staff workspace's children list: searched by name or UPN, 25 a page, only the children the person may see. */
class ChildrenListIntegrationTest extends PortalVisitorTest {

	private static final String LISTWRIGHT = TestChildren.unique("Listwright");

	private static final String UPNFINDER = TestChildren.unique("Upnfinder");

	private static final String CASELOADER = TestChildren.unique("Caseloader");


	@Autowired
	TestChildren children;

	@Autowired
	JdbcClient jdbc;

	@Test
	void searchFindsChildrenByNameInAnyCase_25APage() {
		List<ChildId> listed = new ArrayList<>();
		for (int i = 0; i < 27; i++) {
			listed.add(children.inCareAtRiverside("" + (char) ('A' + i / 26) + (char) ('a' + i % 26), LISTWRIGHT));
		}
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		var first = visitor.get("/children?search=" + LISTWRIGHT.toUpperCase()).document();
		assertThat(first.getElementById("results-count").text()).isEqualTo("Showing 1 to 25 of 27 children");
		assertThat(first.select("tbody th").eachText()).hasSize(25).first().isEqualTo("Aa " + LISTWRIGHT);
		assertThat(first.select("tbody tr").first().select("td").eachText())
			.containsExactly("1 September 2009", upnOf(listed.get(0)), "Riverside Demo Academy", "Yes", "None", "None");
		assertThat(first.select("tbody th a").first().attr("href")).isEqualTo("/children/" + listed.get(0).value());
		String next = first.select(".govuk-pagination__next a").attr("href");
		assertThat(next).isEqualTo("/children?search=" + LISTWRIGHT.toUpperCase() + "&page=2");

		var second = visitor.get(next).document();
		assertThat(second.getElementById("results-count").text()).isEqualTo("Showing 26 to 27 of 27 children");
		assertThat(second.select("tbody th").eachText()).containsExactly("Az " + LISTWRIGHT, "Ba " + LISTWRIGHT);
	}

	@Test
	void searchFindsAChildByPartOfTheirUpn_orByForenameAndSurname() {
		ChildId child = children.inCareAtRiverside("Una", UPNFINDER);
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		var byUpn = visitor.get("/children?search=" + upnOf(child).toLowerCase()).document();
		assertThat(byUpn.select("tbody th").eachText()).containsExactly("Una " + UPNFINDER);
		assertThat(visitor.get("/children?search=una+" + UPNFINDER.toLowerCase()).document().select("tbody th").eachText())
			.containsExactly("Una " + UPNFINDER);
		assertThat(visitor.get("/children?search=nobody+is+called+this").document().getElementById("results-count").text())
			.contains("No children match");
	}

	@Test
	void socialWorkerSeesOnlyTheirAllocatedChildren_andNoOthersRecord() {
		ChildId theirs = children.inCareAtRiverside("Sol", CASELOADER);
		visitor.signIn(TestChildren.SOCIAL_WORKER, DemoSignIns.PASSWORD);

		assertThat(visitor.get("/children?search=" + CASELOADER.toLowerCase()).document().select("tbody th").eachText())
			.containsExactly("Sol " + CASELOADER);
		assertThat(visitor.get("/children?search=placewood").document().select("tbody th")).isEmpty();
		assertThat(visitor.get("/children").document().select("tbody th").eachText()).doesNotContain("Isla Placewood");

		assertThat(visitor.get("/children/" + theirs.value()).status()).isEqualTo(200);
		var demoChild = visitor.get("/children/" + idOf("Isla", "Placewood"));
		assertThat(demoChild.status()).isEqualTo(404);
		assertThat(demoChild.body()).doesNotContain("Placewood");
	}

	@Test
	void parentsAndProfessionalsCannotListChildren_andNobodySignedOutCan() {
		assertThat(visitor.get("/children").redirectPath()).startsWith("/sign-in");

		visitor.signIn(DemoSignIns.PARENT, DemoSignIns.PASSWORD);
		assertThat(visitor.get("/children").status()).isEqualTo(403);
		var ownChild = visitor.get("/children/" + idOf("Cleo", "Demoford"));
		assertThat(ownChild.status()).isEqualTo(403);
		assertThat(ownChild.body()).doesNotContain("Demoford");

		var teacher = new PortalVisitor(port);
		teacher.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		assertThat(teacher.get("/children").status()).isEqualTo(403);
	}

	private String upnOf(ChildId child) {
		return jdbc.sql("select upn from child where id = :id").param("id", child.value()).query(String.class).single();
	}

	private long idOf(String forename, String surname) {
		return jdbc.sql("select id from child where forename = :forename and surname = :surname")
			.param("forename", forename)
			.param("surname", surname)
			.query(Long.class)
			.single();
	}

}
