/**
 * Indicator values recorded per unit and period with their provenance, every change audited; and the evaluated status
 * of each unit (criteria met, tier reached) and the province and district summaries computed from them.
 *
 * <h2>The status read model and when it is rebuilt</h2>
 * A commune's status has one source: the rows {@code assessment_status} and {@code assessment_criterion_status}, one
 * per unit, set and period at which the unit has values (for a set built on another, also at each period of the sets
 * down its chain), each the evaluation of the values carried forward to that period's end against the set version in
 * force then, a set built on another (the model commune on the advanced on the standard) evaluated with the unit's
 * evaluation against the set it requires. The summary and the matrix read the latest row at or before the period
 * asked. The rows are rebuilt, and only then:
 * <ol>
 * <li><b>values recorded</b>: the one write path ({@code RecordValues}) publishes {@link vn.ntm.assessment.ValuesRecorded}
 * per set and period; its listener rebuilds those units' rows for that set and for every set built on it, after the
 * commit, in a transaction of its own, on the writer's thread (so a read right after a write sees the new status).
 * The event publication registry keeps the event until the rebuild succeeded; an event left incomplete by a crash is
 * delivered again when the application starts;</li>
 * <li><b>thresholds changed</b>: a new version of a set ({@code CriteriaSetVersionAdded}) rebuilds the rows of every
 * unit that has values of it and of the sets built on it, inside the import's transaction;</li>
 * <li><b>across years</b>: nothing is stored; a row of an earlier year was evaluated against that year's thresholds,
 * so where a set has thresholds by year (income) and a commune's latest row is of an earlier year, the summary and
 * the matrix evaluate it again as of the date asked, from the same values, read for all such communes at once.</li>
 * </ol>
 * {@link vn.ntm.assessment.Assessments#status} adds the detail of one unit (every indicator with its threshold, the
 * tier reached over all sets), evaluated from the values by the same engine and as-of rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "assessment")
package vn.ntm.assessment;
