package org.caseworkportal.workflow.cockpit;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * People and their passwords live in the portal, not in Camunda. Making Camunda's identity
 * service read-only means nobody can create a Camunda user with a password of its own, and the
 * webapps do not ask for an "initial administrator" to be set up.
 */
@Component
class CamundaIdentityIsReadOnly extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(readOnly(DbReadOnlyIdentityServiceProvider.class));
	}

	private static GenericManagerFactory readOnly(Class<? extends Session> provider) {
		return new GenericManagerFactory(provider);
	}

}
