package org.caseworkportal.pep;

import java.time.LocalDate;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.SettingId;

/** A PEP about to be started: its row before the process has begun. */
record NewPep(ChildId child, long submissionId, LocalDate meetingDate, Completion completion, SettingId setting,
		AccountId professional, AccountId officer, AccountId socialWorker, String comments, LocalDate contributionDue) {
}
