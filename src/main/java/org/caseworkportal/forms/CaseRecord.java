package org.caseworkportal.forms;

import java.util.Map;

/**
 * What the child's case record says for each {@link PrefillSource}, already written for people to
 * read. Prefilled answers are taken from here every time a form is shown, never from a request.
 */
public record CaseRecord(Map<PrefillSource, String> facts) {

	public static final CaseRecord EMPTY = new CaseRecord(Map.of());

	public CaseRecord {
		facts = Map.copyOf(facts);
	}

	public String valueOf(PrefillSource source) {
		return facts.getOrDefault(source, "Not recorded");
	}

}
