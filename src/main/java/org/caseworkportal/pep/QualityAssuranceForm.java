package org.caseworkportal.pep;

import java.util.ArrayList;
import java.util.List;

import org.caseworkportal.web.ErrorMessage;

/**
 * The officer's quality assurance as posted. Public only for templates.
 *
 * @param rating RED, AMBER or GREEN
 * @param decision "accept" or "return"
 * @param spotCheck "yes" when ticked
 */
public record QualityAssuranceForm(String rating, String decision, String comments, String spotCheck) {

	static final int LONGEST_COMMENTS = 4_000;

	static final String ACCEPT = "accept";

	static final String RETURN = "return";

	public QualityAssuranceForm {
		comments = comments == null ? "" : comments.strip();
	}

	List<ErrorMessage> errors() {
		List<ErrorMessage> errors = new ArrayList<>();
		if (qualityRating() == null) {
			errors.add(new ErrorMessage("rating", "Select a quality rating"));
		}
		if (!ACCEPT.equals(decision) && !RETURN.equals(decision)) {
			errors.add(new ErrorMessage("decision", "Select whether to accept the PEP or return it"));
		}
		if (RETURN.equals(decision) && comments.isEmpty()) {
			errors.add(new ErrorMessage("comments", "Enter what the school needs to amend"));
		}
		else if (comments.length() > LONGEST_COMMENTS) {
			errors.add(new ErrorMessage("comments", "Comments must be 4,000 characters or fewer"));
		}
		return errors;
	}

	/** The decision, once {@link #errors()} has none. */
	QualityAssurance qualityAssurance() {
		boolean accepted = ACCEPT.equals(decision);
		return new QualityAssurance(accepted, qualityRating(), comments.isEmpty() ? null : comments,
				accepted && "yes".equals(spotCheck));
	}

	private QualityRating qualityRating() {
		for (QualityRating known : QualityRating.values()) {
			if (known.name().equals(rating)) {
				return known;
			}
		}
		return null;
	}

}
