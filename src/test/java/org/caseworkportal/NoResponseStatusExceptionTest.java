package org.caseworkportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.server.ResponseStatusException;

/**
 * Code says what happened with web's exceptions ({@code NotVisible}, {@code AlreadyDone},
 * {@code Stale}, {@code NotAllowed}), which one advice turns into pages; an HTTP status thrown from
 * deep inside fails the build.
 */
@AnalyzeClasses(packagesOf = CaseworkPortalApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class NoResponseStatusExceptionTest {

	@ArchTest
	static final ArchRule noCodeUsesResponseStatusException = noClasses().should()
		.dependOnClassesThat()
		.areAssignableTo(ResponseStatusException.class)
		.because("a service says what happened (web.NotVisible, web.AlreadyDone, ...) and web.DomainExceptionPages "
				+ "alone decides the page and status");

}
