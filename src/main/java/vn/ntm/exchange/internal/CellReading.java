package vn.ntm.exchange.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.criteria.ValueType;
import vn.ntm.shared.VietnameseText;

/**
 * Turns one cell into an indicator value the way an official means it: "12,5", "12.5" and "1.234,5" are numbers,
 * "85%" and a percent-formatted 0.85 are 85 for a percentage, "Đạt"/"Không đạt" (or x, có, 1/0) are yes/no.
 * Pure; the same rules as the values API (a commit validates again).
 */
public final class CellReading {

	/** Either a value or a problem: a message code with its arguments after the indicator code and the cell text. */
	public record Outcome(IndicatorValue value, String error, Object extra) {
		static Outcome ok(IndicatorValue value) { return new Outcome(value, null, null); }
		static Outcome fail(String error) { return new Outcome(null, error, null); }
		static Outcome fail(String error, Object extra) { return new Outcome(null, error, extra); }
	}

	private static final MathContext EXCEL_PRECISION = new MathContext(15);
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private CellReading() {
	}

	public static ValueType effectiveType(Indicator indicator) {
		if (indicator.valueType() == ValueType.NUMBER && "%".equals(indicator.unit())) {
			return ValueType.PERCENT;
		}
		return indicator.valueType();
	}

	public static Outcome read(Indicator indicator, SheetRows.Cell cell) {
		if (cell.kind() == SheetRows.Kind.ERROR) {
			return Outcome.fail("formula-error");
		}
		if (cell.tooLong()) {
			return Outcome.fail("text-too-long");
		}
		return switch (effectiveType(indicator)) {
			case NUMBER, PERCENT -> number(indicator, cell);
			case BOOLEAN -> yesNo(cell);
			case CHOICE -> choice(indicator, cell);
			case REQUIRED_TIER -> Outcome.fail("derived-value");
		};
	}

	private static Outcome number(Indicator indicator, SheetRows.Cell cell) {
		BigDecimal number = switch (cell.kind()) {
			case NUMBER -> {
				BigDecimal n = decimal(cell.value());
				yield n != null && cell.percent() ? n.multiply(HUNDRED) : n;
			}
			case TEXT -> cell.value().length() > 40 ? null : CriteriaEngine.parseNumber(cell.value());
			default -> null;
		};
		if (number == null) {
			return Outcome.fail("not-a-number");
		}
		number = number.round(EXCEL_PRECISION).stripTrailingZeros();
		if (number.scale() < 0) {
			number = number.setScale(0);
		}
		if (number.signum() < 0) {
			return Outcome.fail("negative-value");
		}
		if (effectiveType(indicator) == ValueType.PERCENT && number.compareTo(HUNDRED) > 0) {
			return Outcome.fail("percent-out-of-range");
		}
		if (number.precision() - number.scale() > 16 || number.scale() > 4) {
			number = number.setScale(Math.min(number.scale(), 4), java.math.RoundingMode.HALF_UP);
			if (number.precision() - number.scale() > 16) return Outcome.fail("not-a-number");
		}
		return Outcome.ok(IndicatorValue.of(number));
	}

	private static BigDecimal decimal(String raw) {
		try {
			return new BigDecimal(raw);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static Outcome yesNo(SheetRows.Cell cell) {
		Boolean yes = switch (cell.kind()) {
			case BOOLEAN -> "1".equals(cell.value()) ? Boolean.TRUE : "0".equals(cell.value()) ? Boolean.FALSE : null;
			case NUMBER -> {
				BigDecimal n = decimal(cell.value());
				yield n == null ? null : n.compareTo(BigDecimal.ONE) == 0 ? Boolean.TRUE
						: n.signum() == 0 ? Boolean.FALSE : null;
			}
			case TEXT -> switch (VietnameseText.fold(cell.value())) {
				case "dat", "co", "yes", "true", "x", "1" -> Boolean.TRUE;
				case "khong dat", "chua dat", "khong", "no", "false", "0" -> Boolean.FALSE;
				default -> null;
			};
			default -> null;
		};
		return yes == null ? Outcome.fail("not-yes-no") : Outcome.ok(IndicatorValue.of(yes));
	}

	private static Outcome choice(Indicator indicator, SheetRows.Cell cell) {
		String text = cell.value().trim();
		String folded = VietnameseText.fold(text);
		Optional<String> match = indicator.choices().stream().filter(c -> VietnameseText.fold(c).equals(folded))
			.findFirst();
		if (match.isPresent()) {
			return Outcome.ok(IndicatorValue.of(match.get()));
		}
		if (indicator.choices().isEmpty() && text.length() <= 200) {
			return Outcome.ok(IndicatorValue.of(text));
		}
		return Outcome.fail("unknown-choice", String.join(", ", indicator.choices()));
	}
}
