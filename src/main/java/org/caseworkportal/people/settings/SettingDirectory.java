package org.caseworkportal.people.settings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.people.ListedPerson;
import org.caseworkportal.people.Phase;
import org.caseworkportal.people.SettingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** What the settings pages read: settings, their members and the people they have listed. */
@Repository
@Transactional(readOnly = true)
class SettingDirectory {

	private static final String SELECT_SETTING = """
			select s.id, s.urn, s.name, s.phase, s.nominated_email,
			  (select count(*) from setting_member m where m.setting_id = s.id) as members
			from education_setting s
			""";

	private final JdbcClient jdbc;

	SettingDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Settings whose name, URN or nominated email contains the words searched for; all when none. */
	List<Setting> search(String query) {
		String pattern = "%" + query.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
			.replace("_", "!_") + "%";
		return jdbc.sql(SELECT_SETTING + """
				where lower(s.name) like :pattern escape '!' or s.urn like :pattern escape '!'
				  or s.nominated_email like :pattern escape '!'
				order by s.name""")
			.param("pattern", pattern)
			.query(SettingDirectory::setting)
			.list();
	}

	Optional<Setting> find(SettingId id) {
		return jdbc.sql(SELECT_SETTING + "where s.id = :id").param("id", id.value()).query(SettingDirectory::setting).optional();
	}

	Optional<String> nameOfSettingWithUrn(String urn) {
		return jdbc.sql("select name from education_setting where urn = :urn").param("urn", urn).query(String.class).optional();
	}

	List<Member> members(SettingId setting) {
		return jdbc.sql("""
				select account_id, job_title, added_at from setting_member where setting_id = :setting
				order by added_at, account_id""")
			.param("setting", setting.value())
			.query((rs, row) -> new Member(new AccountId(rs.getLong("account_id")), rs.getString("job_title"),
					rs.getTimestamp("added_at").toInstant()))
			.list();
	}

	Optional<Member> member(SettingId setting, AccountId account) {
		return members(setting).stream().filter(member -> member.account().equals(account)).findFirst();
	}

	List<Listing> listed(SettingId setting) {
		return jdbc.sql("""
				select email, forename, surname, job_title, listed_at from setting_listed_person
				where setting_id = :setting order by listed_at, email""")
			.param("setting", setting.value())
			.query((rs, row) -> new Listing(new ListedPerson(rs.getString("email"), rs.getString("forename"),
					rs.getString("surname"), rs.getString("job_title")), rs.getTimestamp("listed_at").toInstant()))
			.list();
	}

	boolean isListed(SettingId setting, String email) {
		return listed(setting).stream().anyMatch(listing -> listing.person().email().equalsIgnoreCase(email));
	}

	private static Setting setting(ResultSet rs, int row) throws SQLException {
		return new Setting(new SettingId(rs.getLong("id")), rs.getString("urn"), rs.getString("name"),
				Phase.valueOf(rs.getString("phase")), rs.getString("nominated_email"), rs.getInt("members"));
	}

	record Setting(SettingId id, String urn, String name, Phase phase, String nominatedEmail, int memberCount) {

	}

	record Member(AccountId account, String jobTitle, Instant addedAt) {

	}

	record Listing(ListedPerson person, Instant listedAt) {

	}

}
