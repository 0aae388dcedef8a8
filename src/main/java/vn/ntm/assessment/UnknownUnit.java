package vn.ntm.assessment;

/** No unit with this code exists at the date asked. */
public class UnknownUnit extends RuntimeException {

	private final String code;

	public UnknownUnit(String code) {
		super("unknown unit " + code);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
