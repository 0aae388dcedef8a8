package vn.ntm.criteria;

/** How a value is compared with its threshold. */
public enum Comparison {
	/** value ≥ threshold */
	AT_LEAST(">="),
	/** value ≤ threshold */
	AT_MOST("<="),
	/** yes/no: met when the value is "Đạt" */
	YES("boolean"),
	/** the value equals the threshold text (a qualitative state or a choice) */
	EQUALS("=");

	private final String symbol;

	Comparison(String symbol) { this.symbol = symbol; }

	public String symbol() { return symbol; }

	public static Comparison parse(String text) {
		for (Comparison c : values()) {
			if (c.symbol.equals(text) || c.name().equalsIgnoreCase(text)) return c;
		}
		if ("none".equals(text) || "==".equals(text)) return EQUALS;
		throw new IllegalArgumentException("unknown comparison '" + text + "' (expected >=, <=, boolean or =)");
	}
}
