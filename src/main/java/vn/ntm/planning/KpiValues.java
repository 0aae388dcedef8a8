package vn.ntm.planning;

import java.util.List;
import java.util.Map;

/**
 * Values recorded for a plan's KPI targets; progress uses the latest one at or before its period. Recording needs
 * {@code Access.canManage(province)} (KPI targets name no department), is validated as a whole (see
 * {@link EntryRejected}) and audited.
 */
public interface KpiValues {

	/** Records a value of a KPI target of the province's plan of {@code year}. */
	KpiValue record(String provinceCode, int year, long targetId, Input input);

	/** The values of each KPI target of the plan, newest period first, by target id. */
	Map<Long, List<KpiValue>> history(Plan plan);

	/**
	 * What a user typed.
	 *
	 * @param period 2024, 2024-Q2 or 2024-05; when blank, {@code year}
	 * @param value  a number in Vietnamese format ("52,3")
	 */
	record Input(Integer year, String period, String value, String source) {
	}
}
