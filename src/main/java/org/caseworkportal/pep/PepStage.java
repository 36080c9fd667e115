package org.caseworkportal.pep;

/**
 * Where a PEP is in {@code bpmn/pep.bpmn}, named as the people who work on it say it: each open
 * user task is one stage, and a PEP ends finalised or retracted.
 */
public enum PepStage {

	PREPARING("Task_PreparePep", "Being prepared", "The Virtual School prepares the PEP and sends it to whoever completes it."),
	WITH_SCHOOL("Task_CompletePep", "With the school", "The school completes the PEP and submits its contribution."),
	RETURNED("Task_CompletePep", "Returned for amendment", "The school amends the PEP as the Virtual School asked and submits it again."),
	IN_HOUSE("Task_CompletePepInHouse", "Being completed by the Virtual School", "The Virtual School completes the PEP itself."),
	QUALITY_ASSURANCE("Task_QualityAssurePep", "Quality assurance", "The Virtual School checks the PEP, then accepts it or returns it for amendment."),
	SPOT_CHECK("Task_SpotCheckPep", "Spot-check", "The Virtual School spot-checks the PEP."),
	FINALISING("Task_FinalisePep", "With the social worker", "The social worker reads the PEP and finalises it."),
	FINALISED(null, "Finalised", "The PEP is final. Its PDF is kept on the child's record."),
	RETRACTED(null, "Retracted", "The Virtual School retracted the PEP.");

	private final String taskId;

	private final String label;

	private final String nextStep;

	PepStage(String taskId, String label, String nextStep) {
		this.taskId = taskId;
		this.label = label;
		this.nextStep = nextStep;
	}

	public String label() {
		return label;
	}

	/** What happens at this stage, for the child's record. */
	public String nextStep() {
		return nextStep;
	}

	public boolean open() {
		return taskId != null;
	}

	/** A stage in which the form's answers may change: preparation and completion. */
	public boolean formOpen() {
		return this == PREPARING || this == WITH_SCHOOL || this == RETURNED || this == IN_HOUSE;
	}

	/** The id of the BPMN user task of an open stage; null for a finished PEP. */
	String taskId() {
		return taskId;
	}

	/** The stage of an open task of the BPMN; a returned PEP's school task is {@link #RETURNED}. */
	static PepStage ofTask(String taskDefinitionKey, boolean returned) {
		for (PepStage stage : values()) {
			if (taskDefinitionKey.equals(stage.taskId)) {
				return stage == WITH_SCHOOL && returned ? RETURNED : stage;
			}
		}
		throw new IllegalArgumentException("bpmn/pep.bpmn has a user task PepStage does not know: " + taskDefinitionKey);
	}

}
