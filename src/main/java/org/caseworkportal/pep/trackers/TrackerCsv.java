package org.caseworkportal.pep.trackers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows as comma-separated values (RFC 4180): a field with a comma, quote or line break is quoted,
 * its quotes doubled, and each record ends with CRLF. A field that a spreadsheet would read as a
 * formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so a
 * child's name cannot run as one when the file is opened (OWASP's CSV injection advice).
 */
final class TrackerCsv {

	private final Writer out;

	TrackerCsv(Writer out) {
		this.out = out;
	}

	void row(List<String> fields) {
		try {
			for (int i = 0; i < fields.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(field(fields.get(i)));
			}
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String field(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
