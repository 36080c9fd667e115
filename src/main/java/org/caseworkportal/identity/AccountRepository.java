package org.caseworkportal.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.caseworkportal.identity.password.SecretAnswer;
import org.caseworkportal.identity.password.SecretQuestion;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String STORED_ACCOUNT = """
			select id, email, password_hash, forename, surname, enabled, verified_at is not null as verified
			from account""";

	Optional<PortalUser> findByEmail(String email) {
		return findStored(email).map(StoredAccount::signedIn);
	}

	Optional<StoredAccount> findStored(String email) {
		return jdbc.sql(STORED_ACCOUNT + " where email = :email")
			.param("email", normalise(email))
			.query((rs, row) -> storedAccount(rs))
			.optional();
	}

	Optional<StoredAccount> findStored(AccountId id) {
		return jdbc.sql(STORED_ACCOUNT + " where id = :id")
			.param("id", id.value())
			.query((rs, row) -> storedAccount(rs))
			.optional();
	}

	private StoredAccount storedAccount(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		return new StoredAccount(new AccountId(id), rs.getString("email"), rs.getString("forename"),
				rs.getString("surname"), rolesOf(id), rs.getBoolean("enabled"), rs.getBoolean("verified"),
				rs.getString("password_hash"));
	}

	boolean existsByEmail(String email) {
		return jdbc.sql("select count(*) from account where email = :email")
			.param("email", normalise(email))
			.query(Long.class)
			.single() > 0;
	}

	/** An account whose address is vouched for by whoever opens it. */
	AccountId insert(NewAccount account, String passwordHash, Instant now) {
		var id = insert(account, WorkDetails.NONE, passwordHash, now);
		markVerified(id, now);
		return id;
	}

	/** An account its owner registered, unverified until they enter the emailed code. */
	AccountId insert(NewAccount account, WorkDetails work, String passwordHash, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into account (email, password_hash, forename, surname, job_title, organisation, work_address,
				work_phone, created_at, password_changed_at)
				values (:email, :passwordHash, :forename, :surname, :jobTitle, :organisation, :workAddress, :workPhone,
				:now, :now)""")
			.paramSource(registered(account, work, passwordHash, now).addValue("email", normalise(account.email())))
			.update(keys, "id");
		var id = new AccountId(keys.getKey().longValue());
		insertRoles(id, account.roles());
		return id;
	}

	/**
	 * Someone registers again with the address of an account nobody has verified: whoever
	 * proves the address with the emailed code owns the account, with the details they gave.
	 */
	void replaceUnverified(AccountId id, NewAccount account, WorkDetails work, String passwordHash, Instant now) {
		jdbc.sql("""
				update account set password_hash = :passwordHash, forename = :forename, surname = :surname,
				job_title = :jobTitle, organisation = :organisation, work_address = :workAddress, work_phone = :workPhone,
				password_changed_at = :now
				where id = :id and verified_at is null""")
			.paramSource(registered(account, work, passwordHash, now).addValue("id", id.value()))
			.update();
		jdbc.sql("delete from account_role where account_id = :id").param("id", id.value()).update();
		insertRoles(id, account.roles());
	}

	/** Keeps the account's secret question and answer hash, or forgets them for null. */
	void setSecretAnswer(AccountId id, SecretAnswer secretOrNull) {
		jdbc.sql("update account set secret_question = :question, secret_answer_hash = :answerHash where id = :id")
			.param("question", secretOrNull == null ? null : secretOrNull.question().name())
			.param("answerHash", secretOrNull == null ? null : secretOrNull.answerHash())
			.param("id", id.value())
			.update();
	}

	/** The account's secret question and answer hash, when it has them. */
	Optional<SecretAnswer> secretAnswerOf(AccountId id) {
		return jdbc.sql("""
				select secret_question, secret_answer_hash from account
				where id = :id and secret_answer_hash is not null""")
			.param("id", id.value())
			.query((rs, row) -> {
				String answerHash = rs.getString("secret_answer_hash");
				return SecretQuestion.named(rs.getString("secret_question"))
					.map(question -> new SecretAnswer(question, answerHash));
			})
			.optional()
			.flatMap(Function.identity());
	}

	/** Accounts whose name or email contains the term, for administrators; all of them for no term. */
	List<StoredAccount> search(String term, int limit) {
		return jdbc.sql(STORED_ACCOUNT + """
				 where lower(email) like :term or lower(forename || ' ' || surname) like :term
				order by surname, forename, email
				limit :limit""")
			.param("term", likeContaining(term))
			.param("limit", limit)
			.query((rs, row) -> storedAccount(rs))
			.list();
	}

	/** A LIKE pattern matching text that contains the term, whatever wildcards the term holds. */
	private static String likeContaining(String term) {
		String lowerCase = term.strip().toLowerCase(Locale.ROOT);
		return "%" + lowerCase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	void setEnabled(AccountId id, boolean enabled) {
		jdbc.sql("update account set enabled = :enabled where id = :id")
			.param("enabled", enabled)
			.param("id", id.value())
			.update();
	}

	/** @return whether the account was unverified until now */
	boolean markVerified(AccountId id, Instant now) {
		return jdbc.sql("update account set verified_at = :now where id = :id and verified_at is null")
			.param("now", Timestamp.from(now))
			.param("id", id.value())
			.update() == 1;
	}

	/** What a registration stores about the person. */
	private static MapSqlParameterSource registered(NewAccount account, WorkDetails work, String passwordHash,
			Instant now) {
		return new MapSqlParameterSource().addValue("passwordHash", passwordHash)
			.addValue("forename", account.forename())
			.addValue("surname", account.surname())
			.addValue("jobTitle", work.jobTitle())
			.addValue("organisation", work.organisation())
			.addValue("workAddress", work.address())
			.addValue("workPhone", work.phone())
			.addValue("now", Timestamp.from(now));
	}

	private void insertRoles(AccountId id, Set<Role> roles) {
		for (Role role : roles) {
			jdbc.sql("insert into account_role (account_id, role) values (:id, :role)")
				.param("id", id.value())
				.param("role", role.name())
				.update();
		}
	}

	private Set<Role> rolesOf(long accountId) {
		List<Role> roles = jdbc.sql("select role from account_role where account_id = :id order by role")
			.param("id", accountId)
			.query((rs, row) -> Role.valueOf(rs.getString("role")))
			.list();
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	static String normalise(String email) {
		return EmailAddresses.normalise(email);
	}

}
