package org.caseworkportal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** What a school SENCO sees in the Primary Education Request for EHC needs assessment. */
class EhcpRequestPrimaryFormTest {

	private final FormDefinition form = read();

	@Test
	void isVersionOneOfTheRequestForm() {
		assertThat(form.key()).isEqualTo("ehcp-request-primary");
		assertThat(form.version()).isEqualTo(1);
	}

	@Test
	void goesThroughTheFourteenStepsInOrder() {
		assertThat(form.components()).extracting(FormComponent::label)
			.containsExactly("Work details", "Additional child details", "Parent and carer details",
					"Communication and interaction", "Cognition and learning", "Social, emotional and mental health",
					"Sensory and/or physical", "SEN support and provision", "Other professionals involved",
					"Child's views", "Parents' views", "Outcomes sought", "Attachments", "Declarations");
		assertThat(form.components()).allSatisfy(
				section -> assertThat(section.property("completedBy")).contains("PROFESSIONAL"));
	}

	@Test
	void cannotBeSubmittedWithoutTheParentalConsentForm() {
		FormComponent consent = component("parentalConsent");

		assertThat(consent.type()).isEqualTo("filepicker");
		assertThat(consent.label()).isEqualTo("Parental consent form");
		assertThat(consent.validate().required()).isTrue();
		assertThat(component("supportingReports").validate().required()).isFalse();
		assertThat(component("supportingReports").multiple()).isTrue();
	}

	@Test
	void endsWithTheTwoRequiredIAgreeDeclarations() {
		List<FormComponent> declarations = all(form.components())
			.filter(component -> component.property("declaration").isPresent())
			.toList();

		assertThat(declarations).extracting(FormComponent::key)
			.containsExactly("declarationPermission", "declarationSharing");
		assertThat(declarations).allSatisfy(declaration -> assertThat(declaration.validate().required()).isTrue());
		assertThat(declarations.get(0).label()).startsWith("I confirm that I am submitting this form");
		assertThat(declarations.get(1).label()).startsWith("I agree that the information I am submitting can be shared");
		assertThat(form.components().get(form.components().size() - 1).components()).containsAll(declarations);
	}

	@Test
	void upToFourParentsOrCarersCanBeAdded() {
		FormComponent parentCarers = list("parentCarers");

		assertThat(parentCarers.property("maxRepeats")).contains("4");
		assertThat(parentCarers.components()).extracting(FormComponent::key)
			.contains("name", "relationship", "parentalResponsibility");
	}

	@Test
	void theChildsIdentityComesFromTheirRecordAndCannotBeEdited() {
		assertThat(Stream.of("childName", "childDateOfBirth", "childUpn").map(this::component))
			.allSatisfy(field -> assertThat(field.alwaysReadonly()).isTrue())
			.extracting(field -> field.property("prefill").orElseThrow())
			.containsExactly("child.fullName", "child.dateOfBirth", "child.upn");
	}

	@Test
	void askAboutEachAreaOfNeedOnlyWhenTheChildHasNeedsInIt() {
		assertThat(component("cognitionNeeds").validate().required()).isTrue();
		assertThat(component("cognitionNeedsDescription").hideCondition()).contains("cognitionNeeds != \"yes\"");
	}

	private FormComponent component(String key) {
		return all(form.components()).filter(component -> key.equals(component.key())).findFirst().orElseThrow();
	}

	private FormComponent list(String path) {
		return all(form.components()).filter(component -> path.equals(component.path())).findFirst().orElseThrow();
	}

	private static Stream<FormComponent> all(List<FormComponent> components) {
		return components.stream().flatMap(component -> Stream.concat(Stream.of(component), all(component.components())));
	}

	private static FormDefinition read() {
		try {
			return new FormDefinitionReader(new FeelExpressions()).read("ehcp-request-primary.form",
					Files.readString(Path.of("forms/ehcp-request-primary.form")));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
