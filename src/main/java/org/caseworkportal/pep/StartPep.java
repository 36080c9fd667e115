package org.caseworkportal.pep;

import java.time.LocalDate;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.people.ChildId;

/**
 * What the officer says when starting a PEP.
 *
 * @param professional the named professional's account, when {@code completion} is {@link Completion#PROFESSIONAL}
 * @param comments for whoever completes it, shown on their task page; may be blank
 */
public record StartPep(ChildId child, LocalDate meetingDate, Completion completion, AccountId professional,
		String comments) {
}
