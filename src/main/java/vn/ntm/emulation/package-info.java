/**
 * Emulation (thi đua): scorecards of districts, communes and departments, the yearly ranking and the rating of their
 * heads, each point computed from what the other modules record. Scorecards are data (one YAML per province, year,
 * kind and version under {@code emulation/scorecards/}); each criterion names the {@link vn.ntm.emulation.MeasureRule}
 * that measures it from the public APIs of reporting and tasks, and the scoring rules live in {@code rules}. Nothing
 * is stored: the ranking is computed when read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "emulation")
package vn.ntm.emulation;
