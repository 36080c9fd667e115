package org.caseworkportal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** Templates escape what they print: a council name with markup in it stays text. */
@SpringBootTest(properties = { "portal.authority-name=<script>alert('council')</script> & Sons",
		"portal.service-name=Casework <i>Portal</i>" })
@AutoConfigureMockMvc
class AuthorityNameEscapingIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void authorityAndServiceNamesWithMarkupArePrintedAsText() throws Exception {
		String html = mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).doesNotContain("<script>alert").doesNotContain("<i>Portal")
			.contains("&lt;script&gt;alert(&#39;council&#39;)&lt;/script&gt; &amp; Sons");
		Document page = PublicPages.parse(html);
		assertThat(page.title()).isEqualTo("Casework <i>Portal</i> – <script>alert('council')</script> & Sons");
		assertThat(page.selectFirst(".govuk-header__link--homepage").text())
			.isEqualTo("<script>alert('council')</script> & Sons");
		PublicPages.assertSameOriginOnly(page);
	}

}
