package org.caseworkportal.identity.throttle;

import java.time.Duration;

/**
 * What a person is told while they must wait: the seeds' wording ("You will be unable to login
 * for N seconds") in GOV.UK's words ("sign in", not "login"), in whole seconds rounded up so
 * that trying again after N seconds always works.
 */
public final class SignInWaitMessage {

	private SignInWaitMessage() {
	}

	public static String of(Duration wait) {
		long seconds = Math.max(1, wait.plusNanos(999_999_999).getSeconds());
		return "You will be unable to sign in for " + seconds + (seconds == 1 ? " second" : " seconds")
				+ ". Please wait and sign in again later.";
	}

}
