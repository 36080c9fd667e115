package org.caseworkportal.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service names itself: the council running it and the service's own name.
 *
 * @param authorityName the council, shown in the header, e.g. "Demo Borough Council"
 * @param serviceName the service, shown beside it and in page titles
 */
@ConfigurationProperties("portal")
public record PortalProperties(String authorityName, String serviceName) {

}
