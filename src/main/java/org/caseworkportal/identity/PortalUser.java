package org.caseworkportal.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as kept in their session. Sessions are stored in the database, so this
 * is serialised: keep it to identifiers and what the header shows.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountId id;

	private final String email;

	private final String displayName;

	private final Set<Role> roles;

	private final boolean enabled;

	private String passwordHash;

	PortalUser(AccountId id, String email, String displayName, Set<Role> roles, boolean enabled, String passwordHash) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public AccountId id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	/** Where this person lands after signing in: the portal of their first role. */
	public Portal portal() {
		return roles.stream().map(Role::portal).findFirst().orElse(Portal.STAFF);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
