package org.caseworkportal.forms.pdf;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/** FreeMarker set up as application.yml sets up the portal's, without starting Spring. */
final class TestTemplates {

	private TestTemplates() {
	}

	static Configuration configuration() {
		Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
		configuration.setClassForTemplateLoading(TestTemplates.class, "/templates/");
		configuration.setDefaultEncoding("UTF-8");
		configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		configuration.setNumberFormat("computer");
		return configuration;
	}

}
