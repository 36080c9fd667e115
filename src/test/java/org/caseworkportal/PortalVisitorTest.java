package org.caseworkportal;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test of the running portal through a fresh {@link PortalVisitor}: nobody signed in yet. */
@PortalIntegrationTest
public abstract class PortalVisitorTest {

	@LocalServerPort
	protected int port;

	protected PortalVisitor visitor;

	@BeforeEach
	void newVisitor() {
		visitor = new PortalVisitor(port);
	}

}
