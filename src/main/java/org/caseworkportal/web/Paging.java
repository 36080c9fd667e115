package org.caseworkportal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Which page of a long list is shown. A page number past either end shows the nearest page.
 *
 * @param page the page shown, from 1
 * @param size how many items a page holds
 */
public record Paging(int page, int lastPage, long total, int size) {

	public static Paging of(int requested, long total, int size) {
		int lastPage = (int) Math.max(1, (total + size - 1) / size);
		return new Paging(Math.min(Math.max(requested, 1), lastPage), lastPage, total, size);
	}

	public int offset() {
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
	public List<Integer> pageNumbers() {
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

	/** The numbered links GOV.UK's pagination macro takes, each page's link made by {@code link}. */
	public List<Map<String, Object>> items(IntFunction<String> link) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (Integer number : pageNumbers()) {
			Map<String, Object> item = new HashMap<>();
			if (number == null) {
				item.put("ellipsis", true);
			}
			else {
				item.put("number", number);
				item.put("href", link.apply(number));
				item.put("current", number == page);
			}
			items.add(item);
		}
		return items;
	}

	/** The previous page's link, or "" on the first page. */
	public String previous(IntFunction<String> link) {
		return page > 1 ? link.apply(page - 1) : "";
	}

	/** The next page's link, or "" on the last page. */
	public String next(IntFunction<String> link) {
		return page < lastPage ? link.apply(page + 1) : "";
	}

}
