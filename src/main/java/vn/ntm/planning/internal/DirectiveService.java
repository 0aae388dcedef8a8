package vn.ntm.planning.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import vn.ntm.planning.DirectiveConfirmation;
import vn.ntm.planning.DirectiveReading;
import vn.ntm.planning.Directives;

/** The directives' entry point: reading a text into a preview, confirming a corrected one. */
@Service
class DirectiveService implements Directives {

	private final ReadDirective read;
	private final ConfirmDirective confirm;

	DirectiveService(ReadDirective read, ConfirmDirective confirm) {
		this.read = read;
		this.confirm = confirm;
	}

	@Override
	public DirectiveReading read(String text, LocalDate asOf, String provinceCode) {
		return read.read(text, asOf, provinceCode);
	}

	@Override
	public DirectiveConfirmation.Confirmed confirm(DirectiveConfirmation confirmation) {
		return confirm.confirm(confirmation);
	}
}
