/**
 * Users, roles and their scopes (a unit subtree, a department's assigned criteria, a sponsor's supported units), API
 * tokens, and the audit log that every module writes to by publishing AuditEvents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "identity")
package vn.ntm.identity;
