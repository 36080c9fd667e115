package org.caseworkportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalIntegrationTest
class CaseworkPortalApplicationIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Flyway flyway;

	@Autowired
	RepositoryService repository;

	@Test
	void startPageIsServedToAnyone() {
		var start = new PortalVisitor(port).get("/");

		assertThat(start.status()).isEqualTo(200);
		assertThat(start.document().select("h1").text()).isEqualTo("Casework Portal");
	}

	@Test
	void flywayHasAppliedEveryMigrationSuccessfully() {
		var migrations = flyway.info();

		assertThat(migrations.pending()).isEmpty();
		assertThat(migrations.applied()).extracting(MigrationInfo::getState)
			.allMatch(state -> state == MigrationState.SUCCESS || state == MigrationState.BASELINE);
		assertThat(migrations.applied()).extracting(migration -> migration.getVersion().getVersion())
			.contains("1", "2", "5");
		assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isPositive();
	}

	@Test
	void camundaSchemaIsInPlaceAndTheEngineAnswers() {
		assertThat(engine.getName()).isEqualTo("default");
		assertThat(repository.createDeploymentQuery().count()).isNotNegative();
		assertThat(jdbc.sql("select count(*) from ACT_GE_PROPERTY where NAME_ = 'schema.version'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void engineRefusesAProcessWithoutHistoryTimeToLive() {
		String withoutTimeToLive = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="test">
				  <process id="Process_WithoutTimeToLive" isExecutable="true">
				    <startEvent id="StartEvent_Begun"/>
				  </process>
				</definitions>""";

		assertThatThrownBy(() -> repository.createDeployment()
			.addString("without-time-to-live.bpmn", withoutTimeToLive)
			.deploy()).hasMessageContaining("History Time To Live");
	}

}
