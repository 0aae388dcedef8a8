package vn.ntm.assessment;

import java.util.List;

/**
 * Values of a unit were recorded or changed (published after the status read model was rebuilt, in the same
 * transaction).
 *
 * @param source {@code api}, {@code form}, {@code import}, {@code demo}
 */
public record IndicatorValuesRecorded(String unitCode, String period, String setCode, List<String> indicators,
		String source) {
}
