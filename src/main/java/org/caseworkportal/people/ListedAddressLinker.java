package org.caseworkportal.people;

import org.caseworkportal.identity.AccountVerified;
import org.caseworkportal.identity.Portal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a professional a member of every setting that listed their address, once they have
 * proved they own it. This is what replaces a school's shared password: the Virtual School vouches
 * for the address, the emailed code proves the person has it. It runs in the transaction that
 * records the verification, so the two commit together. Addresses nobody listed join nothing;
 * an administrator links those.
 */
@Component
class ListedAddressLinker {

	private static final Logger log = LoggerFactory.getLogger(ListedAddressLinker.class);

	private final JdbcClient jdbc;

	private final People people;

	ListedAddressLinker(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	@EventListener
	@Transactional
	void joinListedSettings(AccountVerified verified) {
		if (verified.portal() != Portal.PROFESSIONAL) {
			return;
		}
		String email = ListedPerson.normalise(verified.email());
		var listings = jdbc.sql("select setting_id, job_title from setting_listed_person where email = :email")
			.param("email", email)
			.query((rs, row) -> new Listing(new SettingId(rs.getLong("setting_id")), rs.getString("job_title")))
			.list();
		for (Listing listing : listings) {
			if (!isMember(verified, listing.setting())) {
				people.addToSetting(verified.account(), listing.setting(), listing.jobTitle());
			}
			people.unlistPerson(listing.setting(), email);
		}
		if (!listings.isEmpty()) {
			log.info("Account {} joined the {} setting(s) that listed its address", verified.account().value(),
					listings.size());
		}
	}

	private boolean isMember(AccountVerified verified, SettingId setting) {
		return jdbc.sql("select count(*) from setting_member where setting_id = :setting and account_id = :account")
			.param("setting", setting.value())
			.param("account", verified.account().value())
			.query(Long.class)
			.single() > 0;
	}

	private record Listing(SettingId setting, String jobTitle) {

	}

}
