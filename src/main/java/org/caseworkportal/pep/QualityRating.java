package org.caseworkportal.pep;

/** The Virtual School's red, amber or green rating of a PEP's quality at quality assurance. */
public enum QualityRating {

	GREEN("Green", "Good: clear, specific and up to date"),
	AMBER("Amber", "Adequate: some parts need more detail"),
	RED("Red", "Poor: the PEP does not yet meet the child's needs");

	private final String label;

	private final String hint;

	QualityRating(String label, String hint) {
		this.label = label;
		this.hint = hint;
	}

	public String label() {
		return label;
	}

	public String hint() {
		return hint;
	}

}
