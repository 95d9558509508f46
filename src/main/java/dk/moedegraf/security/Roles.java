package dk.moedegraf.security;

import java.util.Set;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * The two roles. Guard a mutation with {@code @PreAuthorize("hasRole('EDITOR')")} (or {@code 'ADMIN'}) on its
 * controller method; ADMIN implies EDITOR. Authorities carry Spring's {@code ROLE_} prefix.
 */
public final class Roles {

	public static final String EDITOR = "EDITOR";
	public static final String ADMIN = "ADMIN";

	static final Set<String> ALL = Set.of(EDITOR, ADMIN);

	static final RoleHierarchy HIERARCHY = RoleHierarchyImpl.withDefaultRolePrefix().role(ADMIN).implies(EDITOR).build();

	private Roles() {
	}
}
