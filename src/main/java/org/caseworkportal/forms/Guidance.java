package org.caseworkportal.forms;

import java.util.Arrays;
import java.util.List;

/** A {@code text} component: guidance, not a question. */
public record Guidance(String text) implements ShownItem {

	@Override
	public String kind() {
		return "guidance";
	}

	/**
	 * The text's paragraphs, split at blank lines. form-js writes its text as Markdown; the portal
	 * shows it as plain paragraphs, without the emphasis marks.
	 */
	public List<String> paragraphs() {
		return Arrays.stream((text == null ? "" : text).replace("**", "").split("\\n\\s*\\n"))
			.map(String::strip)
			.filter(paragraph -> !paragraph.isEmpty())
			.toList();
	}

}
