package org.caseworkportal.identity.audit;

/** What happened to an account, as the audit log names it. */
public enum AccountEventType {

	REGISTERED("Registered"),
	VERIFIED("Email address confirmed"),
	SIGNED_IN("Signed in"),
	SIGN_IN_FAILED("Sign-in failed"),
	CODE_SENT("Code sent"),
	CODE_FAILED("Wrong code entered"),
	/** A sign-in refused without checking the password, because the email or address must wait. */
	THROTTLED("Sign-in refused while waiting"),
	PASSWORD_RESET_REQUESTED("Password reset requested"),
	PASSWORD_RESET("Password reset"),
	PASSWORD_CHANGED("Password changed"),
	SIGNED_OUT("Signed out"),
	DISABLED("Account disabled"),
	ENABLED("Account enabled"),
	/** An administrator ended a wait after failed sign-ins. */
	UNBLOCKED("Sign-in unblocked");

	private final String label;

	AccountEventType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
