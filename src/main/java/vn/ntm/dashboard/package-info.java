/**
 * Read-only pages that compose the other modules: overview, matrices, charts and maps. No province is assumed: a
 * user starts at the widest unit of their scope (a reader of several provinces: at the install's
 * {@code ntm.dashboard.default-provinces}, else a page asking for one), and the periods offered and shown by default
 * are those with data in the user's scope, read once per request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "dashboard")
package vn.ntm.dashboard;
