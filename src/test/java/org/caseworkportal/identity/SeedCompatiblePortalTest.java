package org.caseworkportal.identity;

import org.caseworkportal.PortalVisitorTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The running portal under the seed-compatible password policy. Every test class that extends
 * this shares one application, so the policy costs the test run one more start, not one a class.
 */
@TestPropertySource(properties = "portal.passwords.policy=seed-compatible")
abstract class SeedCompatiblePortalTest extends PortalVisitorTest {

	/** Meets the seed-compatible rules for professionals: a letter first, an upper-case letter, a digit. */
	static final String SEED_PASSWORD = "Lantern47Orchard";

}
