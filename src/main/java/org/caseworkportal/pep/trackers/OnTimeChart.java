package org.caseworkportal.pep.trackers;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * The share of contributions on time, month by month, as an inline SVG bar chart drawn on the
 * server: no script, and readable by screen readers as an image whose title and description give
 * every month's figure. A month with nothing to count is a gap. Colours and text are presentation
 * attributes, which the portal's content security policy allows (inline styles it does not).
 */
final class OnTimeChart {

	private static final int WIDTH = 720;

	private static final int HEIGHT = 340;

	private static final int LEFT = 56;

	private static final int RIGHT = 16;

	private static final int TOP = 40;

	private static final int BOTTOM = 276;

	private static final String TEXT = "#0b0c0c";

	private static final String GRID = "#b1b4b6";

	private static final String BAR = "#1d70b8";

	private static final String SECONDARY_TEXT = "#505a5f";

	private OnTimeChart() {
	}

	/** @param id the SVG's title is {@code id}-title and its description {@code id}-desc */
	static String svg(String id, List<MonthOnTime> months) {
		var svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" focusable=\"false\" width=\"100%\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" aria-labelledby=\"")
			.append(id)
			.append("-title ")
			.append(id)
			.append("-desc\" font-size=\"14\" fill=\"")
			.append(TEXT)
			.append("\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(escape(title(months))).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description(months))).append("</desc>");
		svg.append(text(LEFT - 48, 20, "start", "Contributions on time (%)"));
		for (int percent = 0; percent <= 100; percent += 25) {
			int y = y(percent);
			svg.append(line(LEFT, y, WIDTH - RIGHT, y, percent == 0 ? TEXT : GRID));
			svg.append(text(LEFT - 8, y + 5, "end", percent + "%"));
		}
		double slot = (double) (WIDTH - RIGHT - LEFT) / months.size();
		for (int i = 0; i < months.size(); i++) {
			MonthOnTime month = months.get(i);
			int centre = (int) Math.round(LEFT + slot * i + slot / 2);
			if (month.empty()) {
				svg.append(text(centre, BOTTOM - 8, "middle", "none", SECONDARY_TEXT));
			}
			else {
				int top = y(month.percent());
				int barWidth = (int) Math.round(slot * 0.6);
				svg.append("<rect x=\"")
					.append(centre - barWidth / 2)
					.append("\" y=\"")
					.append(top)
					.append("\" width=\"")
					.append(barWidth)
					.append("\" height=\"")
					.append(BOTTOM - top)
					.append("\" fill=\"")
					.append(BAR)
					.append("\"/>");
				svg.append(text(centre, top - 6, "middle", month.percent() + "%"));
			}
			svg.append(text(centre, BOTTOM + 20, "middle", month.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.UK)));
			if (i == 0 || month.month().getMonth() == Month.JANUARY) {
				svg.append(text(centre, BOTTOM + 38, "middle", String.valueOf(month.month().getYear())));
			}
		}
		svg.append(text((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 4, "middle", "Month the contribution was due"));
		return svg.append("</svg>").toString();
	}

	static String title(List<MonthOnTime> months) {
		return "PEP contributions on time by month, " + months.get(0).monthText() + " to "
				+ months.get(months.size() - 1).monthText();
	}

	/** Every month's figure, as the data table under the chart gives them. */
	static String description(List<MonthOnTime> months) {
		return months.stream()
			.map(month -> month.monthText() + ": " + (month.empty() ? "none due" : month.summary()))
			.collect(Collectors.joining("; ", "", "."));
	}

	private static int y(int percent) {
		return BOTTOM - (BOTTOM - TOP) * percent / 100;
	}

	private static String line(int x1, int y1, int x2, int y2, String colour) {
		return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"" + colour + "\"/>";
	}

	private static String text(int x, int y, String anchor, String content) {
		return text(x, y, anchor, content, TEXT);
	}

	private static String text(int x, int y, String anchor, String content, String colour) {
		return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" fill=\"" + colour + "\">" + escape(content)
				+ "</text>";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
