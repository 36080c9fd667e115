package org.caseworkportal.pep.trackers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrackerCsvTest {

	@Test
	void quotesFieldsWithCommasQuotesAndLineBreaks_andEndsRecordsWithCrLf() {
		var out = new StringWriter();
		var csv = new TrackerCsv(out);

		csv.row(List.of("plain", "a, b", "say \"hi\"", "two\nlines", ""));
		csv.row(List.of("x"));

		assertThat(out).hasToString("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\nx\r\n");
	}

	@Test
	void putsAnApostropheBeforeWhatASpreadsheetWouldTakeForAFormula() {
		assertThat(TrackerCsv.field("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(TrackerCsv.field("+1")).isEqualTo("'+1");
		assertThat(TrackerCsv.field("-1")).isEqualTo("'-1");
		assertThat(TrackerCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(TrackerCsv.field("\tTab")).isEqualTo("'\tTab");
		assertThat(TrackerCsv.field("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
		assertThat(TrackerCsv.field("Ann-Marie = ok")).isEqualTo("Ann-Marie = ok");
	}

}
