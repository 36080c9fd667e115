package org.caseworkportal.ehcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.HashMap;
import java.util.Map;

import org.caseworkportal.workflow.CaseScope;
import org.caseworkportal.workflow.ProcessVariable;
import org.junit.jupiter.api.Test;

/** Who holds an advice request's task and a consultation's, from their own variables. */
class EhcAdviceAndConsultationTest {

	private final EhcAdvice advice = new EhcAdvice();

	@Test
	void aPersonAskedByNameHasTheTask() {
		CaseScope asked = scope(EhcAssessmentProcess.ADVICE_HOLDER, "201");
		assertThat(advice.assignee(asked)).isEqualTo("201");
		assertThat(advice.candidateGroups(asked)).isEmpty();
	}

	@Test
	void aSettingOrARoleOnTheChildIsOfferedIt() {
		CaseScope setting = scope(EhcAssessmentProcess.ADVICE_HOLDER, "setting:12");
		assertThat(advice.assignee(setting)).isNull();
		assertThat(advice.candidateGroups(setting)).containsExactly("setting:12");
		CaseScope parent = scope(EhcAssessmentProcess.ADVICE_HOLDER, "child:PARENT");
		assertThat(advice.assignee(parent)).isNull();
		assertThat(advice.candidateGroups(parent)).containsExactly("child:PARENT");
	}

	@Test
	void aHolderOutsideTheVocabularyOrNoneStopsTheRequest() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> advice.candidateGroups(scope(EhcAssessmentProcess.ADVICE_HOLDER, "the school nurse")))
			.withMessageContaining("\"the school nurse\" is not one the portal knows");
		assertThatIllegalStateException().isThrownBy(() -> advice.assignee(new MapScope()))
			.withMessageContaining("needs the variable adviceHolder");
	}

	@Test
	void eachConsultationIsOfferedToItsOwnSetting() {
		EhcConsultation consultation = new EhcConsultation();
		assertThat(consultation.candidateGroups(scope(EhcAssessmentProcess.CONSULTED_SETTING, 15L)))
			.containsExactly("setting:15");
		assertThatIllegalStateException().isThrownBy(() -> consultation.candidateGroups(new MapScope()))
			.withMessageContaining("needs the variable consultedSetting");
	}

	private static <T> CaseScope scope(ProcessVariable<T> variable, T value) {
		MapScope scope = new MapScope();
		scope.set(variable, value);
		return scope;
	}

	/** A case's variables as the engine would hold them. */
	private static final class MapScope implements CaseScope {

		private final Map<String, Object> variables = new HashMap<>();

		@Override
		public String businessKey() {
			return "EHC-2026-0001";
		}

		@Override
		public <T> T get(ProcessVariable<T> variable) {
			return variable.read(variables.get(variable.name()));
		}

		@Override
		public <T> void set(ProcessVariable<T> variable, T value) {
			variables.put(variable.name(), variable.write(value));
		}

	}

}
