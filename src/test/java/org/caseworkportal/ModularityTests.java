package org.caseworkportal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk through each other's public types only, and never in a cycle. */
class ModularityTests {

	@Test
	void featuresUseOnlyEachOthersPublicTypesAndDependOnEachOtherWithoutCycles() {
		ApplicationModules.of(CaseworkPortalApplication.class).verify();
	}

}
