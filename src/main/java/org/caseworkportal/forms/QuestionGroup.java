package org.caseworkportal.forms;

import java.util.List;

/** A {@code group} inside a section: questions shown together under a heading. */
public record QuestionGroup(String label, List<ShownItem> items) implements ShownItem {

	@Override
	public String kind() {
		return "group";
	}

}
