package vn.ntm.assessment;

import java.util.List;

/** Nothing was stored: {@link #errors()} lists every input at fault. */
public class ValuesRejected extends RuntimeException {

	private final List<ValueError> errors;

	public ValuesRejected(List<ValueError> errors) {
		super(errors.size() + " value(s) rejected");
		this.errors = List.copyOf(errors);
	}

	public List<ValueError> errors() {
		return errors;
	}
}
