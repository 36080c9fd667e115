package org.caseworkportal.admin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProductionProfileCheckTest {

	private final ProductionProfileCheck check = new ProductionProfileCheck();

	@Test
	void refusesToRunProdOnTheEmbeddedDatabaseWithoutShowingTheUrl() {
		var environment = prodOn("jdbc:h2:file:./data/casework;PASSWORD=secret");

		assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
			.hasMessageContaining("needs PostgreSQL")
			.hasMessageContaining("'jdbc:h2'")
			.hasMessageNotContaining("secret");
	}

	@Test
	void refusesToRunProdTogetherWithTheDemo() {
		var environment = prodOn("jdbc:postgresql://db:5432/casework");
		environment.addActiveProfile("demo");

		assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
			.hasMessageContaining("demo");
	}

	@Test
	void letsProdRunOnPostgres() {
		var environment = prodOn("jdbc:postgresql://db:5432/casework");

		assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
	}

	@Test
	void leavesTheDemoAlone() {
		var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:demo");
		environment.setActiveProfiles("demo");

		assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
	}

	private static MockEnvironment prodOn(String url) {
		var environment = new MockEnvironment().withProperty("spring.datasource.url", url);
		environment.setActiveProfiles("prod");
		return environment;
	}

}
