package org.caseworkportal.forms;

import java.util.List;

/** One section in the task list: its status and, until it can be started, what to answer first. */
public record SectionProgress(ShownSection section, SectionStatus status, List<Prerequisite> answerFirst) {

	public boolean canStart() {
		return status != SectionStatus.CANNOT_START_YET;
	}

	/** The roles that complete the section, as written in the form, for the task list. */
	public String completedBy() {
		return section.group().property(PortalProperties.COMPLETED_BY).orElse("");
	}

}
