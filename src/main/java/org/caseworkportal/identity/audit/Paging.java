package org.caseworkportal.identity.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which page of a long list is shown. A page number past either end shows the nearest page.
 * Public only so that templates can read it.
 *
 * @param page the page shown, from 1
 * @param size how many items a page holds
 */
public record Paging(int page, int lastPage, long total, int size) {

	static Paging of(int requested, long total, int size) {
		int lastPage = (int) Math.max(1, (total + size - 1) / size);
		return new Paging(Math.min(Math.max(requested, 1), lastPage), lastPage, total, size);
	}

	int offset() {
		return (page - 1) * size;
	}

	public long firstShown() {
		return total == 0 ? 0 : offset() + 1L;
	}

	public long lastShown() {
		return Math.min(total, (long) page * size);
	}

	/**
	 * The page numbers GOV.UK's pagination shows: the first, the last, the current one and one
	 * either side of it; null where pages are left out (shown as an ellipsis). A single page
	 * left out is shown instead, since an ellipsis would take the same room.
	 */
	List<Integer> pageNumbers() {
		var shown = new TreeSet<Integer>();
		for (int number : new int[] { 1, page - 1, page, page + 1, lastPage }) {
			if (number >= 1 && number <= lastPage) {
				shown.add(number);
			}
		}
		List<Integer> numbers = new ArrayList<>();
		int previous = 0;
		for (int number : shown) {
			if (number - previous == 2) {
				numbers.add(previous + 1);
			}
			else if (number - previous > 2) {
				numbers.add(null);
			}
			numbers.add(number);
			previous = number;
		}
		return numbers;
	}

}
