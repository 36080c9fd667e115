package org.caseworkportal.pep.trackers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.caseworkportal.pep.PepStage;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which PEPs the trackers show, from filters already checked; null where a filter is not used.
 * With no stage, the list shows the open PEPs; {@link PepStage#FINALISED} means finalised in the
 * last 12 months.
 */
record TrackerCriteria(Long school, PepStage stage, Long officer, Due due) {

	static final TrackerCriteria NONE = new TrackerCriteria(null, null, null, null);

	TrackerCriteria withSchool(Long school) {
		return new TrackerCriteria(school, stage, officer, due);
	}

	TrackerCriteria withStage(PepStage stage) {
		return new TrackerCriteria(school, stage, officer, due);
	}

	TrackerCriteria withDue(Due due) {
		return new TrackerCriteria(school, stage, officer, due);
	}

	/** The page or download at {@code path} with these filters, and the page number unless it is 1. */
	String link(String path, int page) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("school", school == null ? null : school.toString());
		parameters.put("stage", stage == null ? null : stage.name());
		parameters.put("officer", officer == null ? null : officer.toString());
		parameters.put("due", due == null ? null : due.parameter());
		parameters.put("page", page == 1 ? null : String.valueOf(page));
		var link = UriComponentsBuilder.fromPath(path);
		parameters.forEach((name, value) -> {
			if (value != null) {
				link.queryParam(name, value);
			}
		});
		return link.encode().build().toUriString();
	}

}
