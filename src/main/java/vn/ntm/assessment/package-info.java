/**
 * Indicator values recorded per unit and period with their provenance, every change audited; and the evaluated status
 * of each unit (criteria met, tier reached) and the province and district summaries computed from them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "assessment")
package vn.ntm.assessment;
