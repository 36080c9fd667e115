package org.caseworkportal.identity;

import java.io.Serial;
import java.io.Serializable;

/**
 * Where a professional works, as they give it when registering (seed 000, "Register a New
 * Account"). Parents and staff have none.
 */
record WorkDetails(String jobTitle, String organisation, String address, String phone) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final WorkDetails NONE = new WorkDetails(null, null, null, null);

}
