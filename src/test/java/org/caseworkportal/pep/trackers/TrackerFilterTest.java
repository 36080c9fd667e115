package org.caseworkportal.pep.trackers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.caseworkportal.pep.PepStage;
import org.caseworkportal.pep.trackers.TrackerOptions.Named;
import org.caseworkportal.web.ErrorMessage;
import org.junit.jupiter.api.Test;

class TrackerFilterTest {

	private final TrackerOptions options = new TrackerOptions(List.of(new Named(7, "Riverside")),
			List.of(new Named(3, "Vera Officer")));

	@Test
	void offeredValuesBecomeTheCriteria() {
		var filter = new TrackerFilter(" 7 ", "QUALITY_ASSURANCE", "3", "overdue");

		assertThat(filter.problems(options)).isEmpty();
		assertThat(filter.criteria(options)).isEqualTo(new TrackerCriteria(7L, PepStage.QUALITY_ASSURANCE, 3L, Due.OVERDUE));
	}

	@Test
	void valuesNotOffered_areProblems_andLeftOutOfTheCriteria() {
		var filter = new TrackerFilter("8", "RETRACTED", "3; drop table pep", "later");

		assertThat(filter.problems(options)).extracting(ErrorMessage::field).containsExactly("school", "stage", "officer", "due");
		assertThat(filter.criteria(options)).isEqualTo(TrackerCriteria.NONE);
	}

	@Test
	void noValuesAreNoFilters() {
		var filter = new TrackerFilter(null, "", null, " ");

		assertThat(filter.problems(options)).isEmpty();
		assertThat(filter.criteria(options)).isEqualTo(TrackerCriteria.NONE);
	}

	@Test
	void linksKeepTheFiltersAndThePage() {
		var criteria = new TrackerCriteria(7L, PepStage.FINALISED, null, Due.THIS_WEEK);

		assertThat(criteria.link("/staff/trackers", 1)).isEqualTo("/staff/trackers?school=7&stage=FINALISED&due=this-week");
		assertThat(criteria.withDue(null).link("/staff/trackers.csv", 3)).isEqualTo("/staff/trackers.csv?school=7&stage=FINALISED&page=3");
		assertThat(TrackerCriteria.NONE.link("/staff/trackers", 1)).isEqualTo("/staff/trackers");
	}

}
