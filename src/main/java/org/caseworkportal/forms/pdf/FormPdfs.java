package org.caseworkportal.forms.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import org.caseworkportal.forms.FilledForm;
import org.caseworkportal.forms.FormDefinition;
import org.springframework.stereotype.Component;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * PDFs of forms, laid out by Flying Saucer from XHTML templates: the record of a submitted form,
 * and a blank form to print and fill in by hand. Every PDF embeds Liberation Sans, so it looks
 * the same and shows every character in any reader.
 */
@Component
public class FormPdfs {

	/** The family the PDF templates' stylesheet names. */
	static final String FONT_FAMILY = "Liberation Sans";

	private static final String FONTS = "liberation/LiberationSans-";

	private final Configuration templates;

	/**
	 * Parsing a TrueType font takes longer than laying out a form, so the fonts are read once and
	 * this resolver is shared by every rendering. That is safe because the stylesheet declares no
	 * {@code @font-face}: rendering then only reads the resolver's families and fills its
	 * concurrent cache.
	 */
	private final ITextFontResolver fonts = new ITextFontResolver();

	public FormPdfs(Configuration templates) {
		this.templates = templates;
		for (String style : new String[] { "Regular", "Bold", "Italic", "BoldItalic" }) {
			try {
				String file = FONTS + style + ".ttf";
				fonts.addFont(BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED), file, FONT_FAMILY);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot read the PDF font " + style, e);
			}
		}
	}

	/**
	 * The record of a submitted form: only what its conditions left visible, with the child and
	 * the form on every page.
	 *
	 * @param attachmentNames file name by attachment id (as a string), for the answers of uploads
	 */
	public byte[] submitted(FilledForm form, PdfHeading heading, Map<String, String> attachmentNames) {
		return render("forms/pdf.ftlx", Map.of("form", form, "heading", heading, "attachmentNames", attachmentNames));
	}

	/**
	 * Every section and question of the form, including those its conditions may hide, each of
	 * those saying when it applies, with empty boxes and lines to write in.
	 */
	public byte[] blank(FormDefinition definition) {
		return render("forms/blank-pdf.ftlx", Map.of("definition", definition, "title", definition.title(), "wording",
				new ConditionWording(definition)));
	}

	private byte[] render(String template, Map<String, Object> model) {
		StringWriter xhtml = new StringWriter();
		try {
			templates.getTemplate(template).process(model, xhtml);
		}
		catch (IOException | TemplateException e) {
			throw new IllegalStateException("Cannot fill in the PDF template " + template, e);
		}
		ITextRenderer renderer = new ITextRenderer(fonts);
		renderer.setDocumentFromString(xhtml.toString());
		renderer.layout();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			renderer.createPDF(pdf);
		}
		catch (DocumentException e) {
			throw new IllegalStateException("Cannot make the PDF from " + template, e);
		}
		return pdf.toByteArray();
	}

}
