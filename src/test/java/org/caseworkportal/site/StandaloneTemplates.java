package org.caseworkportal.site;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The application's templates rendered without Spring, with the settings application.yml gives
 * FreeMarker: HTML auto-escaping, 2.3.34 behaviour, and errors that fail rather than print.
 */
final class StandaloneTemplates {

	private static final Configuration CONFIGURATION = configuration();

	private StandaloneTemplates() {
	}

	/** Renders FTL source as if it were a template file (an .ftlh one) in src/main/resources/templates. */
	static String renderSource(String ftl, Map<String, ?> model) throws IOException, TemplateException {
		return process(new Template("test.ftlh", ftl, CONFIGURATION), model);
	}

	/** Renders a template of the application, such as "error/404.ftlh". */
	static String render(String name, Map<String, ?> model) throws IOException, TemplateException {
		return process(CONFIGURATION.getTemplate(name), model);
	}

	private static String process(Template template, Map<String, ?> model) throws IOException, TemplateException {
		var out = new StringWriter();
		template.process(model, out);
		return out.toString();
	}

	private static Configuration configuration() {
		try {
			var configuration = new Configuration(Configuration.VERSION_2_3_34);
			configuration.setTemplateLoader(new FileTemplateLoader(new File("src/main/resources/templates")));
			configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
			configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
			configuration.setLogTemplateExceptions(false);
			configuration.setNumberFormat("computer");
			configuration.setDefaultEncoding("UTF-8");
			return configuration;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
