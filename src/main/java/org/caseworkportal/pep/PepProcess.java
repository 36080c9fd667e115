package org.caseworkportal.pep;

import java.time.LocalDate;

import org.caseworkportal.pep.timescales.PepStep;
import org.caseworkportal.workflow.ProcessVariable;

/**
 * {@code bpmn/pep.bpmn} as Java sees it: its key, its user tasks, its message and its variables
 * with their types. {@code PepProcessModelTest} fails when the BPMN and this class disagree. The
 * business key is the PEP's reference; the case variables (caseId = the PEP's id, childId,
 * requestedBy = the officer) come with every case process.
 */
public final class PepProcess {

	public static final String KEY = "Process_Pep";

	/** The message that retracts a PEP. */
	static final String RETRACT = "RetractPep";

	/** The officer who started the PEP, who prepares and quality-assures it (an account id). */
	static final ProcessVariable<Long> OFFICER = ProcessVariable.id("officer");

	static final ProcessVariable<LocalDate> MEETING_DATE = ProcessVariable.date("meetingDate");

	/** Who completes it: {@link Completion#variable()}. */
	static final ProcessVariable<String> COMPLETION = ProcessVariable.text("completion");

	/** The setting it is delegated to, when {@code completion = setting}. */
	static final ProcessVariable<Long> SETTING_ID = ProcessVariable.id("settingId");

	/** The named professional it is delegated to, when {@code completion = professional}. */
	static final ProcessVariable<Long> PROFESSIONAL = ProcessVariable.id("professional");

	/** The quality assurance decision: {@code accepted} or {@code returned}. */
	static final ProcessVariable<String> QA_DECISION = ProcessVariable.text("qaDecision");

	static final ProcessVariable<String> QA_COMMENTS = ProcessVariable.text("qaComments");

	static final ProcessVariable<Boolean> SPOT_CHECK = ProcessVariable.flag("spotCheck");

	/** Set once the school has been sent the PEP, so that only a school that knew of it hears it was retracted. */
	static final ProcessVariable<Boolean> SCHOOL_TOLD = ProcessVariable.flag("schoolTold");

	private PepProcess() {
	}

	/** Whether a notice ({@code reminder}, {@code overdue}) has gone for a step: it goes once per step. */
	static ProcessVariable<Boolean> noticeSent(String notice, PepStep step) {
		return ProcessVariable.flag(notice + "Sent_" + step.name());
	}

	/** The PEP's user tasks, by their BPMN ids. */
	enum Task {

		PREPARE("Task_PreparePep"), COMPLETE_IN_HOUSE("Task_CompletePepInHouse"), COMPLETE("Task_CompletePep"),
		QUALITY_ASSURE("Task_QualityAssurePep"), SPOT_CHECK("Task_SpotCheckPep"), FINALISE("Task_FinalisePep");

		private final String id;

		Task(String id) {
			this.id = id;
		}

		String id() {
			return id;
		}

		/** The task whose due date the step is, where a reminder goes. */
		static Task of(PepStep step) {
			switch (step) {
				case CONTRIBUTION:
					return COMPLETE;
				case QUALITY_ASSURANCE:
					return QUALITY_ASSURE;
				case SPOT_CHECK:
					return SPOT_CHECK;
				default:
					return FINALISE;
			}
		}

	}

}
