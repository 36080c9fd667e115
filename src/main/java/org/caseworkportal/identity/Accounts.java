package org.caseworkportal.identity;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and finding accounts. Registration and password changes build on this. */
@Service
public class Accounts {

	private final AccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	Accounts(AccountRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional
	public AccountId open(NewAccount account, String password) {
		return repository.insert(account, passwordEncoder.encode(password), clock.instant());
	}

	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return repository.existsByEmail(email);
	}

	@Transactional(readOnly = true)
	public Optional<PortalUser> findByEmail(String email) {
		return repository.findByEmail(email);
	}

	@Transactional(readOnly = true)
	public Optional<PortalUser> find(AccountId id) {
		return repository.findStored(id).map(StoredAccount::signedIn);
	}

}
