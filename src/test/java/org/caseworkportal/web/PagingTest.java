package org.caseworkportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PagingTest {

	@Test
	void showsEveryPageNumberWhenThereAreFew() {
		assertThat(Paging.of(1, 150, 50).pageNumbers()).containsExactly(1, 2, 3);
		assertThat(Paging.of(3, 250, 50).pageNumbers()).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void leavesOutPagesFarFromTheCurrentOne_showingTheFirstAndLast() {
		assertThat(Paging.of(10, 40 * 50, 50).pageNumbers()).isEqualTo(Arrays.asList(1, null, 9, 10, 11, null, 40));
		assertThat(Paging.of(1, 40 * 50, 50).pageNumbers()).isEqualTo(Arrays.asList(1, 2, null, 40));
		assertThat(Paging.of(40, 40 * 50, 50).pageNumbers()).isEqualTo(Arrays.asList(1, null, 39, 40));
	}

	@Test
	void showsASinglePageLeftOutRatherThanAnEllipsis() {
		assertThat(Paging.of(4, 10 * 50, 50).pageNumbers()).isEqualTo(Arrays.asList(1, 2, 3, 4, 5, null, 10));
	}

	@Test
	void pageNumbersPastEitherEndShowTheNearestPage() {
		assertThat(Paging.of(0, 120, 50).page()).isEqualTo(1);
		assertThat(Paging.of(9, 120, 50).page()).isEqualTo(3);
		assertThat(Paging.of(9, 0, 50).page()).isEqualTo(1);
	}

	@Test
	void saysWhichItemsThePageShows() {
		var last = Paging.of(3, 120, 50);

		assertThat(last.offset()).isEqualTo(100);
		assertThat(last.firstShown()).isEqualTo(101);
		assertThat(last.lastShown()).isEqualTo(120);
		assertThat(Paging.of(1, 0, 50).firstShown()).isZero();
	}

	@Test
	void linksEachPageShown_andThePreviousAndNextOnlyWhereThereAreSome() {
		var middle = Paging.of(5, 10 * 25, 25);

		assertThat(middle.items(number -> "/p/" + number)).contains(Map.of("number", 5, "href", "/p/5", "current", true),
				Map.of("ellipsis", true));
		assertThat(middle.previous(number -> "/p/" + number)).isEqualTo("/p/4");
		assertThat(middle.next(number -> "/p/" + number)).isEqualTo("/p/6");
		assertThat(Paging.of(1, 10, 25).previous(number -> "/p/" + number)).isEmpty();
		assertThat(Paging.of(1, 10, 25).next(number -> "/p/" + number)).isEmpty();
	}

}
