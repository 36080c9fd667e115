package org.caseworkportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every request handler says who may call it, with one of the annotations in the web package
 * ({@code @PublicPage}, {@code @StaffOnly}, ...). A handler without one fails the build.
 */
@AnalyzeClasses(packagesOf = CaseworkPortalApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class HandlersDeclareWhoMayCallThemTest {

	@ArchTest
	static final ArchRule everyHandlerStatesWhoMayCallIt = methods().that()
		.areMetaAnnotatedWith(RequestMapping.class)
		.and()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Controller.class)
		.or()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(RestController.class)
		.should()
		.beMetaAnnotatedWith(PreAuthorize.class)
		.because("a handler that does not say who may call it is open to whoever the URL rules forget");

}
