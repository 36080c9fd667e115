package org.caseworkportal.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every form definition in {@code forms/}, read and checked once at startup, so that a broken
 * definition stops the portal rather than a person halfway through a form. Every version given is
 * kept: a submission names the version it was made with and must still render after the form
 * changes.
 */
@Component
public class FormDefinitions {

	private final Map<String, NavigableMap<Integer, FormDefinition>> versionsByKey = new HashMap<>();

	@Autowired
	FormDefinitions(ResourcePatternResolver resources, @Value("${portal.forms.location}") String location) {
		this(readAll(resources, location));
	}

	FormDefinitions(Collection<FormDefinition> definitions) {
		for (FormDefinition definition : definitions) {
			FormDefinition earlier = versionsByKey.computeIfAbsent(definition.key(), key -> new TreeMap<>())
				.putIfAbsent(definition.version(), definition);
			if (earlier != null) {
				throw new InvalidFormDefinitionException(definition.file(), null, "form id \"" + definition.key()
						+ "\" version " + definition.version() + " is already defined in " + earlier.file());
			}
		}
	}

	/** The latest version of every form, by title. */
	public List<FormDefinition> latestVersions() {
		return versionsByKey.values()
			.stream()
			.map(versions -> versions.lastEntry().getValue())
			.sorted(Comparator.comparing(FormDefinition::title))
			.toList();
	}

	/** The latest version of the form. */
	public Optional<FormDefinition> find(String key) {
		return Optional.ofNullable(versionsByKey.get(key)).map(versions -> versions.lastEntry().getValue());
	}

	/** Every version of the form that is kept, newest first; empty for an unknown key. */
	public List<FormDefinition> versionsOf(String key) {
		return Optional.ofNullable(versionsByKey.get(key))
			.map(versions -> List.copyOf(versions.descendingMap().values()))
			.orElse(List.of());
	}

	/** The given version of the form, as a submission made with it recorded. */
	public Optional<FormDefinition> find(String key, int version) {
		return Optional.ofNullable(versionsByKey.get(key)).map(versions -> versions.get(version));
	}

	private static List<FormDefinition> readAll(ResourcePatternResolver resources, String location) {
		FormDefinitionReader reader = new FormDefinitionReader(new FeelExpressions());
		List<FormDefinition> definitions = new ArrayList<>();
		try {
			for (Resource resource : resources.getResources(location)) {
				definitions.add(reader.read(resource.getFilename(),
						resource.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the form definitions at " + location, e);
		}
		return definitions;
	}

}
