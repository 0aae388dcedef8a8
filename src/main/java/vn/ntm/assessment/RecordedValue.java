package vn.ntm.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import vn.ntm.criteria.IndicatorValue;
import vn.ntm.shared.Period;

/** A stored value with its provenance. */
public record RecordedValue(String unitCode, Period period, String setCode, String indicatorCode,
		BigDecimal number, String text, String note, String evidenceRef, String recordedBy, OffsetDateTime recordedAt,
		String source, long version) {

	public IndicatorValue value() {
		return new IndicatorValue(number, text);
	}

	public String display() {
		return value().toString();
	}
}
