/**
 * Read-only pages that compose the other modules: overview, matrices, charts and maps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "dashboard")
package vn.ntm.dashboard;
