package org.caseworkportal.worktray;

import java.util.ArrayList;
import java.util.List;

import org.caseworkportal.PortalVisitor;
import org.jsoup.nodes.Element;

/** A worktray's table as a test reads it, row by row, across every page. */
final class WorktrayPages {

	private WorktrayPages() {
	}

	/** Every row of the list at {@code path}, following its "Next" links. */
	static List<Row> allRows(PortalVisitor visitor, String path) {
		List<Row> rows = new ArrayList<>();
		String next = path;
		while (!next.isEmpty()) {
			var page = visitor.get(next).document();
			rows.addAll(rows(page));
			next = page.select(".govuk-pagination__next a").attr("href");
		}
		return rows;
	}

	static List<Row> rows(org.jsoup.nodes.Document page) {
		return page.select("table.app-worktray tbody tr").stream().map(Row::of).toList();
	}

	/** One task's row: the child, the PEP's link and the other cells' text. */
	record Row(String child, String href, String reference, String formType, String requiredBy, String sentBy,
			String status) {

		static Row of(Element row) {
			var link = row.selectFirst("th a");
			var cells = row.select("td");
			return new Row(link.text(), link.attr("href"), row.selectFirst("th span").text(), cells.get(0).text(),
					cells.get(1).text(), cells.get(2).text(), cells.get(3).text());
		}

	}

}
