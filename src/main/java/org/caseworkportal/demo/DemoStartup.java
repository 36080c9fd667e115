package org.caseworkportal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** In the embedded demo, adds the fictional people and their PEPs and tells the newcomer where to go and how to sign in. */
@Component
@Profile("demo")
class DemoStartup {

	private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

	private final DemoData demoData;

	DemoStartup(DemoData demoData) {
		this.demoData = demoData;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (demoData.addUnlessPresent()) {
			log.info("Added the fictional demo people, schools, children and PEPs");
		}
		var url = "http://localhost:" + port(event);
		var message = new StringBuilder("\n\n  Casework Portal demo is running at ").append(url).append('\n')
			.append("  Emails it sends, such as the code every sign-in asks for, appear in the demo mailbox: ")
			.append(url)
			.append("/demo-mailbox\n")
			.append("  Demo sign-ins (password for all: ").append(DemoData.PASSWORD).append("):\n");
		DemoData.SIGN_INS.forEach(signIn -> message.append(String.format("    %-45s %s%n", signIn.who(), signIn.email())));
		message.append("  To see a new Designated Teacher join their school, register at ").append(url)
			.append("/register/professional as ").append(DemoData.LISTED_TEACHER).append('\n');
		log.info(message.toString());
	}

	private static int port(ApplicationReadyEvent event) {
		return event.getApplicationContext() instanceof WebServerApplicationContext web
				? web.getWebServer().getPort() : 8080;
	}

}
