/**
 * Users, roles and their scopes (a unit subtree, a department's assigned criteria, a sponsor's supported units), API
 * tokens, and the audit log that every module writes to by publishing AuditEvents. Pages and endpoints declare their
 * rule with roles ({@code hasRole('COORDINATION_OFFICE')}) or with the {@code access} bean
 * ({@code @PreAuthorize("@access.canManage(#province)")}); unit data is filtered with {@link vn.ntm.identity.Access}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "identity")
package vn.ntm.identity;
