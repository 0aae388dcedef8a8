/**
 * Inspection plans, periodic and unannounced visits, findings and their follow-ups.
 */
@org.springframework.modulith.ApplicationModule(displayName = "inspection")
package vn.ntm.inspection;
