package org.caseworkportal.forms.gallery;

import java.util.List;

import org.caseworkportal.forms.FormDefinition;

/**
 * One form in the gallery: its latest version, and the older versions kept because submissions
 * made with them are still shown with them.
 */
public record GalleryEntry(FormDefinition latest, List<Integer> olderVersions) {

	public GalleryEntry {
		olderVersions = List.copyOf(olderVersions);
	}

}
