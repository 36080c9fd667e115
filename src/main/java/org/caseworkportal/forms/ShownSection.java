package org.caseworkportal.forms;

import java.util.List;

/** A section (a top-level group) that the answers so far leave visible, with what it shows. */
public record ShownSection(FormComponent group, List<ShownItem> items) {

	public String id() {
		return group.id();
	}

	public String title() {
		return group.label();
	}

}
