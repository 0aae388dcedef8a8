/**
 * Yearly plans of a province: source documents, named target units per tier, aggregate and KPI targets, and the gap
 * analysis and progress computed against them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "planning")
package vn.ntm.planning;
