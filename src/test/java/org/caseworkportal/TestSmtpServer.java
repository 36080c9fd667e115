package org.caseworkportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The test SMTP server's address: a free port found once per test run. GreenMail's own dynamic
 * port is chosen afresh at every start, but a test that stops and restarts the server needs it
 * back where the portal's mailer expects it, and test classes that share one cached Spring context
 * share one configured port.
 */
public final class TestSmtpServer {

	public static final ServerSetup SETUP = ServerSetupTest.SMTP.withPort(freePort());

	private TestSmtpServer() {
	}

	/** Points the portal's mailer at this server: call it from the test's {@code @DynamicPropertySource}. */
	public static void sendMailHere(DynamicPropertyRegistry registry) {
		registry.add("portal.mail.smtp.host", SETUP::getBindAddress);
		registry.add("portal.mail.smtp.port", SETUP::getPort);
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
