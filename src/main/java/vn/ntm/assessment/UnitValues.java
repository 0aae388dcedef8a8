package vn.ntm.assessment;

import java.util.List;

/** The values of one unit and period for a bulk write ({@link Assessments#recordAll}); set null means the standard set. */
public record UnitValues(String unitCode, String period, String setCode, List<ValueInput> values) {
}
