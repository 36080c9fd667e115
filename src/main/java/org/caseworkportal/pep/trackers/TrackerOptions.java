package org.caseworkportal.pep.trackers;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the filters offer: the schools that have PEPs, and the Virtual School's officers.
 */
record TrackerOptions(List<Named> schools, List<Named> officers) {

	/** A school or an officer, by id. */
	record Named(long id, String name) {
	}

	Map<Long, String> schoolNames() {
		return schools.stream().collect(Collectors.toMap(Named::id, Named::name));
	}

	boolean hasSchool(long id) {
		return schools.stream().anyMatch(school -> school.id() == id);
	}

	boolean hasOfficer(long id) {
		return officers.stream().anyMatch(officer -> officer.id() == id);
	}

	static Function<Named, Map<String, Object>> asOption() {
		return named -> Map.of("value", String.valueOf(named.id()), "text", named.name());
	}

}
