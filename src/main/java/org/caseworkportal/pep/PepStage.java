package org.caseworkportal.pep;

/**
 * Where a PEP is in {@code bpmn/pep.bpmn}, named as the people who work on it say it: each open
 * user task is one stage, and a PEP ends finalised, retracted, or ended by an administrator.
 */
public enum PepStage {

	PREPARING(PepProcess.Task.PREPARE, "Being prepared", "The Virtual School prepares the PEP and sends it to whoever completes it."),
	WITH_SCHOOL(PepProcess.Task.COMPLETE, "With the school", "The school completes the PEP and submits its contribution."),
	RETURNED(PepProcess.Task.COMPLETE, "Returned for amendment", "The school amends the PEP as the Virtual School asked and submits it again."),
	IN_HOUSE(PepProcess.Task.COMPLETE_IN_HOUSE, "Being completed by the Virtual School", "The Virtual School completes the PEP itself."),
	QUALITY_ASSURANCE(PepProcess.Task.QUALITY_ASSURE, "Quality assurance", "The Virtual School checks the PEP, then accepts it or returns it for amendment."),
	SPOT_CHECK(PepProcess.Task.SPOT_CHECK, "Spot-check", "The Virtual School spot-checks the PEP."),
	FINALISING(PepProcess.Task.FINALISE, "With the social worker", "The social worker reads the PEP and finalises it."),
	FINALISED(null, "Finalised", "The PEP is final. Its PDF is kept on the child's record."),
	RETRACTED(null, "Retracted", "The Virtual School retracted the PEP."),
	ENDED(null, "Ended", "An administrator ended the PEP's process in the process engine. Start a new PEP if one is needed.");

	private final PepProcess.Task task;

	private final String label;

	private final String nextStep;

	PepStage(PepProcess.Task task, String label, String nextStep) {
		this.task = task;
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
		return task != null;
	}

	/** A stage in which the form's answers may change: preparation and completion. */
	public boolean formOpen() {
		return this == PREPARING || this == WITH_SCHOOL || this == RETURNED || this == IN_HOUSE;
	}

	/** The BPMN user task of an open stage; null for a finished PEP. */
	PepProcess.Task task() {
		return task;
	}

	/** The stage of an open task of the BPMN (the school's task is {@link #WITH_SCHOOL}, also when returned). */
	static PepStage ofTask(String taskDefinitionKey) {
		for (PepStage stage : values()) {
			if (stage.task != null && taskDefinitionKey.equals(stage.task.id())) {
				return stage;
			}
		}
		throw new IllegalArgumentException("bpmn/pep.bpmn has a user task PepStage does not know: " + taskDefinitionKey);
	}

}
