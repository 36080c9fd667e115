package org.caseworkportal.forms.attachments;

import java.text.Normalizer;

/**
 * Uploaded files' names made safe to keep, show and send back in a Content-Disposition header:
 * no folders (browsers may send a full path), no control or invisible formatting characters (a
 * right-to-left override can make "cod.exe" look like "exe.doc"), and a length that fits on a page.
 */
final class FileNames {

	static final int LONGEST = 100;

	private static final int LONGEST_EXTENSION = 10;

	private static final String UNNAMED = "file";

	private FileNames() {
	}

	static String forStorage(String original) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		StringBuilder kept = new StringBuilder();
		name.codePoints().filter(FileNames::isShown).forEach(kept::appendCodePoint);
		name = kept.toString().strip();
		if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
			return UNNAMED;
		}
		return shortened(name);
	}

	private static boolean isShown(int codePoint) {
		int type = Character.getType(codePoint);
		return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
				&& type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
	}

	/** The name cut to {@link #LONGEST} characters, keeping its extension. */
	private static String shortened(String name) {
		if (name.codePointCount(0, name.length()) <= LONGEST) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= LONGEST_EXTENSION + 1 ? name.substring(dot) : "";
		String base = name.substring(0, name.length() - extension.length());
		int keep = LONGEST - extension.length();
		return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
	}

}
