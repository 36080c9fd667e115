package org.caseworkportal.forms.attachments;

import java.util.Locale;

/** File sizes as people read them: "850 bytes", "15 KB", "2.3 MB", "10 MB". */
final class FileSizes {

	private static final long KB = 1024;

	private static final long MB = KB * KB;

	private FileSizes() {
	}

	static String text(long bytes) {
		if (bytes < KB) {
			return bytes == 1 ? "1 byte" : bytes + " bytes";
		}
		long kilobytes = Math.round((double) bytes / KB);
		if (kilobytes < KB) {
			return kilobytes + " KB";
		}
		String megabytes = String.format(Locale.UK, "%.1f", (double) bytes / MB);
		return (megabytes.endsWith(".0") ? megabytes.substring(0, megabytes.length() - 2) : megabytes) + " MB";
	}

}
