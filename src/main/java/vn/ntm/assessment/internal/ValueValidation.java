package vn.ntm.assessment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.ntm.assessment.ValueError;
import vn.ntm.assessment.ValueInput;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.criteria.ValueType;
import vn.ntm.shared.VietnameseText;

/**
 * Checks every input against the indicator it names and turns it into a typed value; collects every problem so
 * the user can fix them all at once. Pure: the caller supplies the set and the words for the messages.
 */
final class ValueValidation {

	static final int MAX_NOTE = 1000;
	static final int MAX_EVIDENCE = 500;
	static final int MAX_TEXT = 200;
	/** The columns' NUMERIC(20, 4): what is stored exactly; a value beyond it is refused, never rounded silently. */
	static final int MAX_DECIMALS = 4;
	static final int MAX_INTEGER_DIGITS = 16;
	/** More than any set's indicators several times over: a bound on the work and the answer of one request. */
	static final int MAX_VALUES = 500;

	/** Message texts by error code, with {0} the indicator and {1} the offending value. */
	interface Messages {
		String text(String code, Object... args);
	}

	record Valid(Indicator indicator, ValueInput input, IndicatorValue value) {
		boolean clears() {
			return value == null;
		}
	}

	record Outcome(List<Valid> valid, List<ValueError> errors) {
	}

	private ValueValidation() {
	}

	static Outcome check(CriteriaSet set, List<ValueInput> inputs, Messages messages) {
		List<Valid> valid = new ArrayList<>();
		List<ValueError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		if (inputs == null || inputs.isEmpty()) {
			errors.add(new ValueError("values", null, "no-values", messages.text("no-values")));
			return new Outcome(valid, errors);
		}
		if (inputs.size() > MAX_VALUES) {
			errors.add(new ValueError("values", null, "too-many-values",
					messages.text("too-many-values", MAX_VALUES, inputs.size())));
			return new Outcome(valid, errors);
		}
		for (int i = 0; i < inputs.size(); i++) {
			ValueInput input = inputs.get(i);
			String field = "values[" + i + "]";
			if (input == null || input.indicator() == null || input.indicator().isBlank()) {
				errors.add(new ValueError(field + ".indicator", null, "missing-indicator",
						messages.text("missing-indicator", i + 1)));
				continue;
			}
			String code = input.indicator().trim();
			Optional<Indicator> indicator = set.indicator(code);
			if (indicator.isEmpty()) {
				errors.add(new ValueError(field + ".indicator", code, "unknown-indicator",
						messages.text("unknown-indicator", code, set.code())));
				continue;
			}
			if (!seen.add(code)) {
				errors.add(new ValueError(field + ".indicator", code, "duplicate-indicator",
						messages.text("duplicate-indicator", code)));
				continue;
			}
			if (input.note() != null && input.note().length() > MAX_NOTE) {
				errors.add(new ValueError(field + ".note", code, "note-too-long",
						messages.text("note-too-long", code, MAX_NOTE)));
			}
			if (input.evidence() != null && input.evidence().length() > MAX_EVIDENCE) {
				errors.add(new ValueError(field + ".evidence", code, "evidence-too-long",
						messages.text("evidence-too-long", code, MAX_EVIDENCE)));
			}
			Object raw = input.value();
			if (raw == null || (raw instanceof String s && s.isBlank())) {
				valid.add(new Valid(indicator.get(), input, null));
				continue;
			}
			ValueError error = null;
			IndicatorValue value = null;
			Indicator ind = indicator.get();
			switch (effectiveType(ind)) {
				case NUMBER, PERCENT -> {
					BigDecimal number = number(raw);
					if (number == null) {
						error = new ValueError(field + ".value", code, "not-a-number",
								messages.text("not-a-number", code, raw));
					}
					else if (decimals(number) > MAX_DECIMALS) {
						error = new ValueError(field + ".value", code, "too-precise",
								messages.text("too-precise", code, shown(raw), MAX_DECIMALS));
					}
					else if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
						error = new ValueError(field + ".value", code, "too-large",
								messages.text("too-large", code, shown(raw), MAX_INTEGER_DIGITS));
					}
					else if (number.signum() < 0) {
						error = new ValueError(field + ".value", code, "negative-value",
								messages.text("negative-value", code, raw));
					}
					else if (effectiveType(ind) == ValueType.PERCENT && number.compareTo(BigDecimal.valueOf(100)) > 0) {
						error = new ValueError(field + ".value", code, "percent-out-of-range",
								messages.text("percent-out-of-range", code, raw));
					}
					else {
						value = IndicatorValue.of(number);
					}
				}
				case BOOLEAN -> {
					Boolean yes = yesNo(raw);
					if (yes == null) {
						error = new ValueError(field + ".value", code, "not-yes-no", messages.text("not-yes-no", code, raw));
					}
					else {
						value = IndicatorValue.of(yes);
					}
				}
				case REQUIRED_TIER -> error = new ValueError(field + ".value", code, "derived-value",
						messages.text("derived-value", code, set.requiresSetCode()));
				case CHOICE -> {
					String text = String.valueOf(raw).trim();
					Optional<String> choice = ind.choices().stream()
						.filter(c -> VietnameseText.fold(c).equals(VietnameseText.fold(text))).findFirst();
					if (choice.isPresent()) {
						value = IndicatorValue.of(choice.get());
					}
					else if (ind.choices().isEmpty() && text.length() <= MAX_TEXT) {
						value = IndicatorValue.of(text);
					}
					else {
						error = new ValueError(field + ".value", code, "unknown-choice",
								messages.text("unknown-choice", code, raw, String.join(", ", ind.choices())));
					}
				}
			}
			if (error != null) {
				errors.add(error);
			}
			else {
				valid.add(new Valid(ind, input, value));
			}
		}
		return new Outcome(valid, errors);
	}

	/** The decimal places a number needs ("12,50" needs 1, "1e-400" needs 400). */
	static int decimals(BigDecimal number) {
		return Math.max(0, number.stripTrailingZeros().scale());
	}

	/** The value as the user sent it, cut short if it is long (a message names it, it need not repeat it all). */
	private static String shown(Object raw) {
		String text = raw instanceof BigDecimal b ? b.toString() : String.valueOf(raw);
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	/** Percent when the type says so or the unit is "%". */
	static ValueType effectiveType(Indicator indicator) {
		if (indicator.valueType() == ValueType.NUMBER && "%".equals(indicator.unit())) {
			return ValueType.PERCENT;
		}
		return indicator.valueType();
	}

	static BigDecimal number(Object raw) {
		if (raw instanceof BigDecimal b) return b;
		if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) return BigDecimal.valueOf(((Number) raw).longValue());
		if (raw instanceof Number n) {
			double d = n.doubleValue();
			return Double.isFinite(d) ? new BigDecimal(n.toString()) : null;
		}
		if (raw instanceof String s) {
			if (s.length() > 40) return null;
			return CriteriaEngine.parseNumber(s);
		}
		return null;
	}

	static Boolean yesNo(Object raw) {
		if (raw instanceof Boolean b) return b;
		if (raw instanceof Number n) {
			return n.intValue() == 1 ? Boolean.TRUE : n.intValue() == 0 ? Boolean.FALSE : null;
		}
		if (raw instanceof String s) {
			return switch (VietnameseText.fold(s)) {
				case "dat", "co", "yes", "true", "x", "1" -> Boolean.TRUE;
				case "khong dat", "chua dat", "khong", "no", "false", "0" -> Boolean.FALSE;
				default -> null;
			};
		}
		return null;
	}
}
