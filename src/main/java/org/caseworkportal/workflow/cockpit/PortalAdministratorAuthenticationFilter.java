package org.caseworkportal.workflow.cockpit;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Camunda's container-based sign-in, for people who exist in the portal rather than in Camunda's
 * own user tables. The stock filter looks the user up in Camunda's identity service and gives
 * up when they are not there; portal administrators are never there, and Spring Security has
 * already checked that they are administrators, so they get all three webapps.
 */
class PortalAdministratorAuthenticationFilter extends ContainerBasedAuthenticationFilter {

	private static final Set<String> WEBAPPS = Set.of("cockpit", "tasklist", "admin", "welcome");

	@Override
	protected UserAuthentication createAuthentication(ProcessEngine engine, String userId, List<String> groupIds,
			List<String> tenantIds) {
		var authentication = new UserAuthentication(userId, engine.getName());
		authentication.setGroupIds(groupIds == null ? List.of() : groupIds);
		authentication.setTenantIds(tenantIds == null ? List.of() : tenantIds);
		authentication.setAuthorizedApps(WEBAPPS);
		return authentication;
	}

}
