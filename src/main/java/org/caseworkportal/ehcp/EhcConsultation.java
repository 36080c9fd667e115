package org.caseworkportal.ehcp;

import java.util.List;

import org.caseworkportal.people.SettingId;
import org.caseworkportal.workflow.CaseScope;
import org.caseworkportal.workflow.Holder;
import org.springframework.stereotype.Component;

/**
 * Who answers a consultation on naming a school or college, called from
 * {@code bpmn/ehcp-assessment.bpmn} as the bean {@code ehcConsultation}: each instance of the
 * multi-instance {@code Task_RespondToConsultation} is offered to the members of its own setting
 * ({@code consultedSetting}, one of the {@code consultedSettings}), whoever they are when they look.
 */
@Component("ehcConsultation")
public class EhcConsultation {

	public List<String> candidateGroups(CaseScope consultation) {
		Long setting = consultation.get(EhcAssessmentProcess.CONSULTED_SETTING);
		if (setting == null) {
			throw new IllegalStateException("A consultation on " + consultation.businessKey() + " needs the variable "
					+ EhcAssessmentProcess.CONSULTED_SETTING + ": the setting consulted");
		}
		return List.of(new Holder.SettingMembers(new SettingId(setting)).name());
	}

}
