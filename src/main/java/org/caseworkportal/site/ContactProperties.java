package org.caseworkportal.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people reach the council about this service, as the accessibility statement, the privacy
 * notice and the error pages tell them. The demo uses fictional ones; production must set them.
 * Public because templates call its accessors.
 *
 * @param email the service team's email address
 * @param phone the service team's phone number
 * @param dataProtectionEmail the council's data protection officer
 */
@ConfigurationProperties("portal.contact")
public record ContactProperties(String email, String phone, String dataProtectionEmail) {

}
