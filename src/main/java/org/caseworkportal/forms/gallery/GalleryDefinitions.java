package org.caseworkportal.forms.gallery;

import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.forms.FormDefinitions;
import org.caseworkportal.web.NotVisible;
import org.springframework.stereotype.Component;

/** The definition a gallery page shows: the version asked for, or else the latest. */
@Component
class GalleryDefinitions {

	private final FormDefinitions definitions;

	GalleryDefinitions(FormDefinitions definitions) {
		this.definitions = definitions;
	}

	FormDefinition find(String key, Integer version) {
		return (version == null ? definitions.find(key) : definitions.find(key, version))
			.orElseThrow(NotVisible::new);
	}

}
