package org.caseworkportal.admin;

import java.util.Set;

import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A new installation has no accounts, so nobody could sign in to add any. When ADMIN_EMAIL and
 * ADMIN_INITIAL_PASSWORD are set and that account does not exist yet, it is opened as an
 * administrator. The password should be changed after the first sign-in and the variable removed.
 */
@Component
class FirstAdministrator {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final String email;

	private final String password;

	FirstAdministrator(Accounts accounts, @Value("${portal.first-administrator.email:}") String email,
			@Value("${portal.first-administrator.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@EventListener(ApplicationReadyEvent.class)
	void openUnlessPresent() {
		if (!StringUtils.hasText(email) || !StringUtils.hasText(password) || accounts.exists(email)) {
			return;
		}
		try {
			accounts.open(new NewAccount("Portal", "Administrator", email, Set.of(Role.ADMIN)), password);
			log.info("Opened the first administrator account, {}", email);
		}
		catch (DuplicateKeyException anotherNodeWasFirst) {
			log.info("Another node opened the first administrator account, {}", email);
		}
	}

}
