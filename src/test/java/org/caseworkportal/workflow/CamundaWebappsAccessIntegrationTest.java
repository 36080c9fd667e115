package org.caseworkportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CamundaWebappsAccessIntegrationTest extends PortalVisitorTest {

	private static final String COCKPIT = "/camunda/app/cockpit/default/";

	private static final String SIGNED_IN_CAMUNDA_USER = "/camunda/api/admin/auth/user/default";

	private static final String ENGINE_API = "/camunda/api/engine/engine/default/process-definition/count";

	@Test
	void administratorReachesCockpitWithoutASecondSignIn() {
		visitor.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);

		var cockpit = visitor.get(COCKPIT);
		assertThat(cockpit.status()).isEqualTo(200);
		assertThat(cockpit.body()).contains("Cockpit");
		assertThat(visitor.get(SIGNED_IN_CAMUNDA_USER).body()).contains("\"userId\":\"" + DemoSignIns.ADMIN + "\"")
			.contains("cockpit");
		var engine = visitor.get(ENGINE_API);
		assertThat(engine.status()).isEqualTo(200);
		assertThat(engine.body()).contains("count");
	}

	@Test
	void administratorReachesTasklistAndAdmin() {
		visitor.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);

		assertThat(visitor.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
		assertThat(visitor.get("/camunda/app/admin/default/").status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.SOCIAL_WORKER,
			DemoSignIns.SEN_CASEWORKER, DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PARENT })
	void everyoneElseIsForbiddenCockpitAndTheEngineApi(String email) {
		visitor.signIn(email, DemoSignIns.PASSWORD);

		assertThat(visitor.get(COCKPIT).status()).isEqualTo(403);
		assertThat(visitor.get(ENGINE_API).status()).isEqualTo(403);
		assertThat(visitor.get("/engine-rest/process-definition").status()).isEqualTo(403);
	}

	@ParameterizedTest
	@ValueSource(strings = { COCKPIT, "/camunda/app/admin/default/", ENGINE_API, SIGNED_IN_CAMUNDA_USER,
			"/engine-rest/process-definition", "/engine-rest/engine" })
	void anonymousVisitorIsSentToSignInAndNeverReachesCamunda(String path) {
		var page = visitor.get(path);

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.redirectPath()).isEqualTo("/sign-in");
	}

	@Test
	void engineRestApiIsNotExposedEvenToAdministrators() {
		visitor.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);

		assertThat(visitor.get("/engine-rest/process-definition").status()).isEqualTo(404);
	}

}
