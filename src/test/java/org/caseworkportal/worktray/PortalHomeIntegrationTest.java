package org.caseworkportal.worktray;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitorTest;
import org.junit.jupiter.api.Test;

class PortalHomeIntegrationTest extends PortalVisitorTest {

	@Test
	void designatedTeacherSeesOnlyTheChildrenAtTheirOwnSchool() {
		visitor.signIn(DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PASSWORD);

		var children = visitor.get("/professional").document().select("tbody th").eachText();

		assertThat(children).containsExactlyInAnyOrder("Amara Testwell", "Ben Sampleton", "Cleo Demoford",
				"Dev Fictionby", "Ella Mockridge");
	}

	@Test
	void socialWorkerSeesTheChildrenAllocatedToThemAndNoOthers() {
		visitor.signIn(DemoSignIns.SOCIAL_WORKER, DemoSignIns.PASSWORD);

		var children = visitor.get("/staff").document().select("tbody th").eachText();

		assertThat(children).containsExactlyInAnyOrder("Amara Testwell", "Ben Sampleton", "Ella Mockridge",
				"Finn Dummett", "Grace Proxley", "Isla Placewood");
	}

	@Test
	void parentSeesOnlyTheirOwnChild() {
		visitor.signIn(DemoSignIns.PARENT, DemoSignIns.PASSWORD);

		var home = visitor.get("/parent").document();

		assertThat(home.select("tbody th").eachText()).containsExactly("Cleo Demoford");
	}

	@Test
	void administratorIsLinkedToNoChildren() {
		visitor.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);

		var home = visitor.get("/staff").document();

		assertThat(home.select("tbody th")).isEmpty();
		assertThat(home.text()).contains("No children are linked to you yet.");
	}

}
