package org.caseworkportal.worktray;

import java.util.ArrayList;
import java.util.List;

import org.caseworkportal.PortalVisitor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A worktray's lists as a test reads them, row by row, across every page. */
public final class WorktrayPages {

	private WorktrayPages() {
	}

	/** Every task's row in the worktray at {@code path}, following its "Next" links. */
	public static List<Row> allRows(PortalVisitor visitor, String path) {
		List<Row> rows = new ArrayList<>();
		everyPage(visitor, path).forEach(page -> rows.addAll(rows(page)));
		return rows;
	}

	/** The PEP references a list shows (tasks or recently submitted), on every page. */
	public static List<String> references(PortalVisitor visitor, String path) {
		List<String> references = new ArrayList<>();
		everyPage(visitor, path).forEach(page -> references.addAll(page.select("tbody th span").eachText()));
		return references;
	}

	private static List<Document> everyPage(PortalVisitor visitor, String path) {
		List<Document> pages = new ArrayList<>();
		String next = path;
		while (!next.isEmpty()) {
			Document page = visitor.get(next).document();
			pages.add(page);
			next = page.select(".govuk-pagination__next a").attr("href");
		}
		return pages;
	}

	static List<Row> rows(Document page) {
		return page.select("table.app-worktray tbody tr").stream().map(Row::of).toList();
	}

	/** One task's row: the child, the PEP's link and the other cells' text. */
	public record Row(String child, String href, String reference, String formType, String requiredBy, String sentBy,
			String status) {

		static Row of(Element row) {
			var link = row.selectFirst("th a");
			var cells = row.select("td");
			return new Row(link.text(), link.attr("href"), row.selectFirst("th span").text(), cells.get(0).text(),
					cells.get(1).text(), cells.get(2).text(), cells.get(3).text());
		}

	}

}
