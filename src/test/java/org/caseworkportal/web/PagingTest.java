package org.caseworkportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

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
	void linksEachNumberedPage_andThePreviousAndNextOnesWhereThereAreAny() {
		var second = Paging.of(2, 120, 50);

		assertThat(second.items(number -> "/list?page=" + number)).extracting(item -> item.get("href"))
			.containsExactly("/list?page=1", "/list?page=2", "/list?page=3");
		assertThat(second.items(number -> "")).extracting(item -> item.get("current")).containsExactly(false, true, false);
		assertThat(second.previous(number -> "/list?page=" + number)).isEqualTo("/list?page=1");
		assertThat(second.next(number -> "/list?page=" + number)).isEqualTo("/list?page=3");
		assertThat(Paging.of(1, 10, 50).previous(number -> "x")).isEmpty();
		assertThat(Paging.of(1, 10, 50).next(number -> "x")).isEmpty();
		assertThat(Paging.of(10, 40 * 50, 50).items(number -> "x").get(1)).containsEntry("ellipsis", true);
	}

}
