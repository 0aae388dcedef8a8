package vn.ntm.exchange.internal;

/** The file as a whole is refused (not a workbook, macros, a zip bomb, too many rows); nothing was read from it. */
public class ImportRefused extends RuntimeException {

	private final String code;

	public ImportRefused(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
