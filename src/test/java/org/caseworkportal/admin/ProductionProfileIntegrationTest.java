package org.caseworkportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.caseworkportal.CaseworkPortalApplication;
import org.caseworkportal.PortalVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;

/** Starts the portal as production does: the prod profile and settings from the environment. */
class ProductionProfileIntegrationTest {

	private static final String[] PRODUCTION_SETTINGS = { "--server.port=0", "--MAIL_HOST=localhost",
			"--MAIL_USERNAME=", "--MAIL_PASSWORD=", "--MAIL_TLS=NONE",
			"--MAIL_FROM=casework@council.example", "--DATABASE_USERNAME=unused", "--DATABASE_PASSWORD=unused",
			"--CONTACT_EMAIL=casework@council.example", "--CONTACT_PHONE=01632 960000",
			"--DATA_PROTECTION_EMAIL=dpo@council.example", "--PORTAL_BASE_URL=https://casework.council.example",
			"--ADMIN_EMAIL=first.admin@council.example", "--ADMIN_INITIAL_PASSWORD=first-admin-password-1" };

	@Test
	void prodProfileRefusesToStartOnTheEmbeddedDatabase() {
		var production = new SpringApplicationBuilder(CaseworkPortalApplication.class).profiles("prod");

		assertThatThrownBy(() -> production.run(with(PRODUCTION_SETTINGS, "--MAIL_PORT=2525", "--spring.datasource.url=jdbc:h2:mem:prod")))
			.hasMessageContaining("needs PostgreSQL");
	}

	@Test
	@EnabledIfSystemProperty(named = "spring.datasource.url", matches = "jdbc:postgresql:.*")
	void prodProfileStartsOnPostgresWithoutTheDemoAndOpensTheFirstAdministrator() {
		var mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mailServer.start();
		try (var portal = new SpringApplicationBuilder(CaseworkPortalApplication.class).profiles("prod")
			.run(with(PRODUCTION_SETTINGS, "--MAIL_PORT=" + mailServer.getSmtp().getPort()))) {
			int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
			var visitor = new PortalVisitor(port);

			assertThat(visitor.get("/").status()).isEqualTo(200);
			assertThat(visitor.get("/demo-mailbox").status()).isEqualTo(404);
			assertThat(portal.containsBean("demoData")).as("demo data loader").isFalse();
			var passwordStep = visitor.submit("/sign-in", "/sign-in",
					Map.of("email", "first.admin@council.example", "password", "first-admin-password-1"));
			assertThat(passwordStep.redirectPath()).as("staff get an emailed code in production").isEqualTo("/sign-in/code");
			assertThat(mailServer.waitForIncomingEmail(20_000, 1)).isTrue();
			Matcher code = Pattern.compile("\\d{4} \\d{4}").matcher(GreenMailUtil.getBody(mailServer.getReceivedMessages()[0]));
			assertThat(code.find()).isTrue();
			assertThat(visitor.submit("/sign-in/code", "/sign-in/code", Map.of("code", code.group())).redirectPath())
				.isEqualTo("/staff");
			assertThat(visitor.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
		}
		finally {
			mailServer.stop();
		}
	}

	private static String[] with(String[] settings, String... extra) {
		var all = Arrays.copyOf(settings, settings.length + extra.length);
		System.arraycopy(extra, 0, all, settings.length, extra.length);
		return all;
	}

}
