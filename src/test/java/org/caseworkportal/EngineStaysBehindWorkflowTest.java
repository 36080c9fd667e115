package org.caseworkportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Only the workflow feature touches the process engine: its configuration, plugins, listeners and
 * Cockpit's single sign-on. Every other feature speaks to it through workflow's own types, so the
 * engine can be swapped (Camunda 7 Community Edition has reached its end of life; Operaton is the
 * drop-in fork). FEEL ({@code org.camunda.feel}) in the forms engine is a separate library.
 */
@AnalyzeClasses(packagesOf = CaseworkPortalApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class EngineStaysBehindWorkflowTest {

	@ArchTest
	static final ArchRule onlyWorkflowImportsTheEngine = noClasses().that()
		.resideOutsideOfPackage("org.caseworkportal.workflow..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.camunda.bpm..")
		.because("the engine is reached through org.caseworkportal.workflow alone");

}
