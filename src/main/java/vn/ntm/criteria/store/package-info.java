/**
 * Criteria set versions in the {@code criteria_} tables: storing a read set as the next version, the bundled reference
 * sets loaded at start-up, and the in-memory cache of assembled sets behind {@link vn.ntm.criteria.CriteriaSets}.
 */
package vn.ntm.criteria.store;
