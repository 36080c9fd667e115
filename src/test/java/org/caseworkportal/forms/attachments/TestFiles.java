package org.caseworkportal.forms.attachments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The smallest files of each kind that still look like that kind to a content sniffer. */
final class TestFiles {

	private TestFiles() {
	}

	static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}

	/** A Word document as Word writes one: a zip whose first entry is [Content_Types].xml. */
	static byte[] docx() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			deflated(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
					<Default Extension="xml" ContentType="application/xml"/>
					<Override PartName="/word/document.xml"
					 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
					</Types>""");
			deflated(zip, "word/document.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
					<w:body><w:p><w:r><w:t>Report</w:t></w:r></w:p></w:body></w:document>""");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** An OpenDocument text: a zip whose first entry, stored uncompressed, names its type. */
	static byte[] odt() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.closeEntry();
			deflated(zip, "content.xml", "<office:document-content/>");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A zip of something other than an office document. */
	static byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			deflated(zip, "payload.bin", "not a document");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A Windows program: the DOS header "MZ", pointing at a PE header at offset 128. */
	static byte[] windowsExecutable() {
		byte[] bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3C] = (byte) 0x80;
		bytes[128] = 'P';
		bytes[129] = 'E';
		bytes[132] = 0x4C;
		bytes[133] = 0x01;
		return bytes;
	}

	static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0,
				0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };
	}

	static byte[] jpeg() {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
				0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9 };
	}

	static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Bytes no sniffer recognises, neither a known format nor text. */
	static byte[] unknownBinary() {
		byte[] bytes = new byte[256];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 37 + 11);
		}
		bytes[0] = 0x01;
		bytes[1] = 0x02;
		return bytes;
	}

	private static void deflated(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
