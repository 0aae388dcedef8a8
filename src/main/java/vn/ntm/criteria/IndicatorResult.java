package vn.ntm.criteria;

/** An indicator's status with the value and the threshold that produced it (null when none applied). */
public record IndicatorResult(Indicator indicator, IndicatorValue value, Threshold threshold, IndicatorStatus status) {
}
