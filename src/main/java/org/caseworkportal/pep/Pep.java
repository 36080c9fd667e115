package org.caseworkportal.pep;

import java.time.Instant;
import java.time.LocalDate;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.SettingId;

/**
 * One Personal Education Plan: its form submission, who completes it, where it is in the process
 * and the dates that matter.
 *
 * @param comments the officer's comments for whoever completes it, given when starting it
 * @param firstSubmittedAt when the contribution was first submitted (on-time rates use it)
 * @param submittedAt when the contribution was last submitted
 */
public record Pep(long id, String reference, ChildId childId, long submissionId, LocalDate meetingDate,
		Completion completion, SettingId settingId, AccountId professional, AccountId officer, AccountId socialWorker,
		String comments, PepStage stage, LocalDate contributionDue,
		Instant firstSubmittedAt, Instant submittedAt, int returnedCount, String qaComments, QualityRating qaRating,
		Instant qaDecidedAt, Instant startedAt, Instant finalisedAt, LocalDate nextMeetingDate, Instant retractedAt) {

	public String path() {
		return "/peps/" + id;
	}

	public boolean returned() {
		return returnedCount > 0;
	}

}
