package vn.ntm.criteria;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import vn.ntm.shared.Message;

/** The problems of a rejection as a Vietnamese user reads them, resolved like Spring's message source does. */
public final class Problems {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n/criteria", VIETNAMESE,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private Problems() {
	}

	public static List<String> vietnamese(List<Message> problems) {
		return problems.stream().map(Problems::vietnamese).toList();
	}

	public static List<String> vietnamese(CriteriaSetRejected rejected) {
		return vietnamese(rejected.problems());
	}

	static String vietnamese(Message m) {
		String pattern = BUNDLE.getString(m.key());
		return m.args().isEmpty() ? pattern : new MessageFormat(pattern, VIETNAMESE).format(m.argsArray());
	}
}
