package org.caseworkportal.identity;

import org.caseworkportal.web.ErrorMessage;

/** What the sign-in and registration code pages say about a code typed wrongly, in one wording. */
final class CodeErrors {

	private CodeErrors() {
	}

	static ErrorMessage missing() {
		return new ErrorMessage("code", "Enter the 8-digit code from the email");
	}

	static ErrorMessage wrong(int attemptsLeft) {
		return new ErrorMessage("code", "The code is not right. Check the email and try again: you have "
				+ (attemptsLeft == 1 ? "1 more try" : attemptsLeft + " more tries") + " left");
	}

}
