package org.caseworkportal.forms.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After an upload too large to read, the person is sent back to their page, and only ever in the portal. */
class UploadTooLargeRedirectTest {

	@Test
	void thePageTheUploadCameFromIsShownAgainWithTheFlag() {
		assertThat(UploadTooLargeRedirect.pageBefore("https://portal.example/children/7/forms/12/sections/2"))
			.isEqualTo("/children/7/forms/12/sections/2?upload-too-large");
		assertThat(UploadTooLargeRedirect.pageBefore("https://portal.example/forms/12?section=2&question=a%20b"))
			.isEqualTo("/forms/12?section=2&question=a%20b&upload-too-large");
		assertThat(UploadTooLargeRedirect.pageBefore("https://portal.example/forms/12?upload-too-large"))
			.isEqualTo("/forms/12?upload-too-large");
	}

	@Test
	void anotherSitesAddressNeverLeavesThePortal() {
		assertThat(UploadTooLargeRedirect.pageBefore("https://evil.example/phish")).isEqualTo("/phish?upload-too-large");
		assertThat(UploadTooLargeRedirect.pageBefore("https://portal.example//evil.example/phish"))
			.isEqualTo("/?upload-too-large");
		assertThat(UploadTooLargeRedirect.pageBefore("javascript:alert(1)")).isEqualTo("/?upload-too-large");
	}

	@Test
	void withoutAUsableRefererThePersonGoesToTheStartPage() {
		assertThat(UploadTooLargeRedirect.pageBefore(null)).isEqualTo("/?upload-too-large");
		assertThat(UploadTooLargeRedirect.pageBefore("not a url")).isEqualTo("/?upload-too-large");
	}

}
