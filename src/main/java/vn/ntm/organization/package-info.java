/**
 * Provincial departments, the coordination office, district and commune committees and sponsors; the assignment of
 * criteria (or indicators) to lead and supporting departments, and of departments and sponsors to support named units.
 */
@org.springframework.modulith.ApplicationModule(displayName = "organization")
package vn.ntm.organization;
