package vn.ntm.identity.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.identity.Access;
import vn.ntm.identity.Directory;
import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Organizations;
import vn.ntm.shared.AuditEvent;

@Service
class JdbcDirectory implements Directory {

	private final JdbcClient jdbc;
	private final UserAccounts users;
	private final Access access;
	private final ApplicationEventPublisher events;
	private final Organizations organizations;

	JdbcDirectory(JdbcClient jdbc, UserAccounts users, Access access, ApplicationEventPublisher events,
			Organizations organizations) {
		this.jdbc = jdbc;
		this.users = users;
		this.access = access;
		this.events = events;
		this.organizations = organizations;
	}

	@Override
	public Set<Long> organizationsOfCurrentUser(String provinceCode, LocalDate day) {
		Set<Long> own = new HashSet<>();
		for (Grant g : currentGrants()) {
			switch (g.role()) {
				case DEPARTMENT_OFFICER -> parse(g.scope()).flatMap(organizations::find).ifPresent(o -> {
					own.add(o.id());
					organizations.inForce(o.id(), day).forEach(s -> own.add(s.id()));
				});
				case COMMUNE_OFFICER, DISTRICT_OFFICER -> organizations.all(provinceCode).stream()
					.filter(o -> g.scope().equals(o.unitCode())).map(Organization::id).forEach(own::add);
				case COORDINATION_OFFICE -> {
					if (g.scope().equals(provinceCode)) {
						organizations.all(provinceCode).stream()
							.filter(o -> o.kind() == OrganizationKind.COORDINATION_OFFICE).map(Organization::id)
							.forEach(own::add);
					}
				}
				default -> {
				}
			}
		}
		return own;
	}

	private static Optional<Long> parse(String scope) {
		try {
			return Optional.of(Long.parseLong(scope));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	@Override
	public List<Grant> currentGrants() {
		String username = access.currentUsername();
		return "anonymous".equals(username) ? List.of() : users.grantsOf(username);
	}

	@Override
	public List<Person> holders(Role role, String scope) {
		return jdbc.sql("""
				SELECT u.username, u.display_name, u.email FROM identity_user u
				JOIN identity_user_role r ON r.user_id = u.id
				WHERE r.role = :role AND r.scope = :scope AND u.enabled
				ORDER BY u.username""")
			.param("role", role.name()).param("scope", scope == null ? "" : scope.trim())
			.query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Override
	@Transactional
	public void setEmail(String username, String email) {
		String before = jdbc.sql("SELECT email FROM identity_user WHERE username = :u").param("u", username)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).optional()
			.orElseThrow(() -> new IllegalArgumentException("no user " + username)).orElse(null);
		String after = email == null || email.isBlank() ? null : email.strip();
		if (after != null && !after.matches("[^@\\s]+@[^@\\s]+")) {
			throw new IllegalArgumentException("not an email address: " + email);
		}
		jdbc.sql("UPDATE identity_user SET email = :email, version = version + 1 WHERE username = :u")
			.param("email", after).param("u", username).update();
		events.publishEvent(new AuditEvent("user", username, "update", "email=" + before, "email=" + after));
	}

	@Override
	public java.util.Optional<String> email(String username) {
		return jdbc.sql("SELECT email FROM identity_user WHERE username = :u").param("u", username)
			.query(String.class).optional();
	}
}
