package org.caseworkportal;

/** The demo people's sign-ins, as the startup log prints them. */
public final class DemoSignIns {

	public static final String PASSWORD = "demo-password-2026";

	public static final String VIRTUAL_SCHOOL_OFFICER = "vs.officer@demo-borough.example";

	public static final String SOCIAL_WORKER = "social.worker@demo-borough.example";

	public static final String SEN_CASEWORKER = "sen.caseworker@demo-borough.example";

	public static final String ADMIN = "admin@demo-borough.example";

	public static final String OAKFIELD_TEACHER = "dt@oakfield-demo.example";

	public static final String RIVERSIDE_TEACHER = "dt@riverside-demo.example";

	public static final String PARENT = "parent@demo-family.example";

	private DemoSignIns() {
	}

}
