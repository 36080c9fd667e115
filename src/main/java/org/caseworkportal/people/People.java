package org.caseworkportal.people;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.caseworkportal.identity.AccountId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording settings and children, and linking people to them. */
@Service
@Transactional
public class People {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	People(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** Records the setting and, when it has a nominated email, lists that address. */
	public SettingId addSetting(NewSetting setting) {
		var nominated = setting.nominatedEmail() == null ? null : ListedPerson.nominatedEmail(setting.nominatedEmail());
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into education_setting (urn, name, phase, nominated_email)
				values (:urn, :name, :phase, :nominatedEmail)""")
			.param("urn", setting.urn())
			.param("name", setting.name())
			.param("phase", setting.phase().name())
			.param("nominatedEmail", nominated == null ? null : nominated.email())
			.update(keys, "id");
		var id = new SettingId(keys.getKey().longValue());
		if (nominated != null) {
			listPerson(id, nominated);
		}
		return id;
	}

	/** Records the facts forms prefill from the case record. */
	public void describeChild(ChildId child, ChildDetails details) {
		jdbc.sql("""
				update child set preferred_name = :preferredName, gender = :gender, ethnicity = :ethnicity,
				    home_address = :homeAddress, legal_status = :legalStatus, in_care_since = :inCareSince,
				    sdq_score = :sdqScore, year_group = :yearGroup
				where id = :id""")
			.param("preferredName", details.preferredName())
			.param("gender", details.gender())
			.param("ethnicity", details.ethnicity())
			.param("homeAddress", details.homeAddress())
			.param("legalStatus", details.legalStatus())
			.param("inCareSince", details.inCareSince() == null ? null : Date.valueOf(details.inCareSince()))
			.param("sdqScore", details.sdqScore())
			.param("yearGroup", details.yearGroup())
			.param("id", child.value())
			.update();
	}

	public ChildId addChild(NewChild child) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into child (forename, surname, date_of_birth, upn, setting_id, in_care, send_status)
				values (:forename, :surname, :dateOfBirth, :upn, :setting, :inCare, :sendStatus)""")
			.param("forename", child.forename())
			.param("surname", child.surname())
			.param("dateOfBirth", Date.valueOf(child.dateOfBirth()))
			.param("upn", child.upn())
			.param("setting", child.setting() == null ? null : child.setting().value())
			.param("inCare", child.inCare())
			.param("sendStatus", child.sendStatus().name())
			.update(keys, "id");
		return new ChildId(keys.getKey().longValue());
	}

	public void addToSetting(AccountId professional, SettingId setting, String jobTitle) {
		jdbc.sql("""
				insert into setting_member (setting_id, account_id, job_title, added_at)
				values (:setting, :account, :jobTitle, :addedAt)""")
			.param("setting", setting.value())
			.param("account", professional.value())
			.param("jobTitle", jobTitle)
			.param("addedAt", Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * Ends a professional's membership. What the setting's children and tasks hold stays with
	 * the setting; the professional just no longer sees it.
	 * @return whether they were a member
	 */
	public boolean removeFromSetting(AccountId professional, SettingId setting) {
		return jdbc.sql("delete from setting_member where setting_id = :setting and account_id = :account")
			.param("setting", setting.value())
			.param("account", professional.value())
			.update() > 0;
	}

	/** The settings the person is a member of, by name. */
	@Transactional(readOnly = true)
	public List<Membership> settingsOf(AccountId person) {
		return jdbc.sql("""
				select s.id, s.name, m.job_title from setting_member m join education_setting s on s.id = m.setting_id
				where m.account_id = :account order by s.name""")
			.param("account", person.value())
			.query((rs, row) -> new Membership(new SettingId(rs.getLong("id")), rs.getString("name"),
					rs.getString("job_title")))
			.list();
	}

	/**
	 * Where the setting's work is sent: its nominated email, if it has one, and each member's
	 * address. Listed people who have not yet registered are not among them.
	 */
	@Transactional(readOnly = true)
	public List<String> addressesOf(SettingId setting) {
		return jdbc.sql("""
				select nominated_email from education_setting where id = :setting and nominated_email is not null
				union
				select a.email from setting_member m join account a on a.id = m.account_id
				where m.setting_id = :setting and a.enabled
				order by 1""")
			.param("setting", setting.value())
			.query(String.class)
			.list();
	}

	/** Lists someone the setting expects, so that they join it when they prove they own the address. */
	public void listPerson(SettingId setting, ListedPerson person) {
		jdbc.sql("""
				insert into setting_listed_person (setting_id, email, forename, surname, job_title, listed_at)
				values (:setting, :email, :forename, :surname, :jobTitle, :listedAt)""")
			.param("setting", setting.value())
			.param("email", person.email())
			.param("forename", person.forename())
			.param("surname", person.surname())
			.param("jobTitle", person.jobTitle())
			.param("listedAt", Timestamp.from(clock.instant()))
			.update();
	}

	/** @return whether the address was listed */
	public boolean unlistPerson(SettingId setting, String email) {
		return jdbc.sql("delete from setting_listed_person where setting_id = :setting and email = :email")
			.param("setting", setting.value())
			.param("email", ListedPerson.normalise(email))
			.update() > 0;
	}

	/** The education setting the child is on the roll of, if any. */
	@Transactional(readOnly = true)
	public Optional<SettingId> settingOf(ChildId child) {
		return jdbc.sql("select setting_id from child where id = :child and setting_id is not null")
			.param("child", child.value())
			.query((rs, row) -> new SettingId(rs.getLong("setting_id")))
			.optional();
	}

	/** The setting's name, such as "Riverside Demo Academy". */
	@Transactional(readOnly = true)
	public Optional<String> nameOf(SettingId setting) {
		return jdbc.sql("select name from education_setting where id = :setting")
			.param("setting", setting.value())
			.query(String.class)
			.optional();
	}

	/** Who is linked to the child this way, the longest linked first. */
	@Transactional(readOnly = true)
	public List<AccountId> linkedTo(ChildId child, Relationship relationship) {
		return jdbc.sql("select account_id from child_link where child_id = :child and relationship = :relationship order by account_id")
			.param("child", child.value())
			.param("relationship", relationship.name())
			.query((rs, row) -> new AccountId(rs.getLong("account_id")))
			.list();
	}

	/** Links the person to the child, unless they already are linked that way. */
	public void linkToChild(AccountId person, ChildId child, Relationship relationship) {
		jdbc.sql("""
				insert into child_link (child_id, account_id, relationship)
				select cast(:child as bigint), cast(:account as bigint), cast(:relationship as varchar(30))
				where not exists (select 1 from child_link
				    where child_id = :child and account_id = :account and relationship = :relationship)""")
			.param("child", child.value())
			.param("account", person.value())
			.param("relationship", relationship.name())
			.update();
	}

	/**
	 * Makes {@code person} the child's only one in this role (a new social worker takes over), and
	 * publishes {@link ChildLinkChanged} so that the work held in the role moves to them.
	 */
	public void replaceLink(ChildId child, Relationship relationship, AccountId person) {
		jdbc.sql("delete from child_link where child_id = :child and relationship = :relationship")
			.param("child", child.value())
			.param("relationship", relationship.name())
			.update();
		linkToChild(person, child, relationship);
		events.publishEvent(new ChildLinkChanged(child, relationship));
	}

}
