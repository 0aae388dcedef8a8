package vn.ntm.organization.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Succession;
import vn.ntm.organization.internal.OrganizationSheet.Column;
import vn.ntm.organization.internal.OrganizationSheet.SheetRow;
import vn.ntm.shared.Message;

/**
 * Judges a whole organization sheet before anything is stored: every bad row and column is named, and a sheet with
 * any problem is refused as a whole. A successor is {@code code} in the same province or {@code 51/code} in another;
 * it must be in the sheet or already recorded, and successors must never come back to where they started.
 */
@Component
class OrganizationSheetCheck {

	/** A successor named in the sheet. */
	record Ref(String provinceCode, String shortCode) {

		@Override
		public String toString() {
			return provinceCode + "/" + shortCode;
		}
	}

	/** A row that passed: what the import stores. */
	record Planned(int row, String shortCode, OrganizationKind kind, String name, String unitCode, LocalDate validFrom,
			LocalDate validTo, List<Ref> successors, String setCode, List<Integer> leads, List<Integer> supports) {
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final JdbcClient jdbc;
	private final Successions successions;
	private final KnownCriteria criteria;

	OrganizationSheetCheck(JdbcClient jdbc, Successions successions, KnownCriteria criteria) {
		this.jdbc = jdbc;
		this.successions = successions;
		this.criteria = criteria;
	}

	/** The rows to store, or the problems (then nothing may be stored). */
	List<Planned> check(String provinceCode, List<SheetRow> rows, List<Message> problems) {
		Map<String, Integer> firstRow = new HashMap<>();
		Map<String, Planned> planned = new LinkedHashMap<>();
		for (SheetRow r : rows) {
			String code = r.get(Column.SHORT_CODE).toLowerCase(Locale.ROOT);
			if (!code.matches("[a-z0-9-]{2,40}")) {
				problems.add(Message.of("organization.import.short-code", r.number(), r.get(Column.SHORT_CODE)));
			}
			else if (firstRow.containsKey(code)) {
				problems.add(Message.of("organization.import.duplicate", r.number(), code, firstRow.get(code)));
			}
			else {
				firstRow.put(code, r.number());
			}
			Optional<OrganizationKind> kind = kind(r.get(Column.KIND));
			if (kind.isEmpty()) {
				problems.add(Message.of("organization.import.kind", r.number(), r.get(Column.KIND)));
			}
			String name = r.get(Column.NAME);
			if (name.isEmpty() || name.length() > 300) {
				problems.add(Message.of("organization.import.name", r.number()));
			}
			String unit = r.get(Column.UNIT);
			if (!unit.isEmpty() && !unit.matches("\\d{2,6}")) {
				problems.add(Message.of("organization.import.unit", r.number(), unit));
			}
			LocalDate from = date(r, Column.VALID_FROM, problems);
			LocalDate to = date(r, Column.VALID_TO, problems);
			if (from != null && to != null && to.isBefore(from)) {
				problems.add(Message.of("organization.import.date-order", r.number(), r.get(Column.VALID_TO),
						r.get(Column.VALID_FROM)));
			}
			List<Ref> successors = refs(provinceCode, r, problems);
			if (!successors.isEmpty() && r.get(Column.VALID_TO).isEmpty()) {
				problems.add(Message.of("organization.import.successor-without-end", r.number()));
			}
			String set = r.get(Column.SET);
			Set<Integer> known = criteria.numbers(set).orElse(null);
			boolean anyCriteria = !r.get(Column.LEAD).isEmpty() || !r.get(Column.SUPPORTING).isEmpty();
			if ((!set.isEmpty() || anyCriteria) && known == null) {
				problems.add(Message.of("organization.import.set", r.number(), set));
			}
			List<Integer> leads = numbers(r, Column.LEAD, set, known, problems);
			List<Integer> supports = numbers(r, Column.SUPPORTING, set, known, problems);
			if (kind.isPresent() && !planned.containsKey(code)) {
				planned.put(code, new Planned(r.number(), code, kind.get(), name, unit.isEmpty() ? null : unit, from,
						to, successors, set, leads, supports));
			}
		}
		checkSuccessors(provinceCode, planned, problems);
		checkLeads(provinceCode, planned.values(), problems);
		return List.copyOf(planned.values());
	}

	private void checkSuccessors(String provinceCode, Map<String, Planned> planned, List<Message> problems) {
		for (Planned p : planned.values()) {
			for (Ref ref : p.successors()) {
				boolean inSheet = ref.provinceCode().equals(provinceCode) && planned.containsKey(ref.shortCode());
				if (!inSheet && id(ref).isEmpty()) {
					problems.add(Message.of("organization.import.successor", p.row(), ref.toString()));
				}
			}
		}
		for (Planned p : planned.values()) {
			Ref start = new Ref(provinceCode, p.shortCode());
			cycleFrom(start, provinceCode, planned).ifPresent(chain -> problems.add(
					Message.of("organization.import.cycle", p.row(), String.join(" → ", chain))));
		}
	}

	/** The chain back to {@code start} when its successors lead back to it: in the sheet, else as recorded. */
	private Optional<List<String>> cycleFrom(Ref start, String provinceCode, Map<String, Planned> planned) {
		Map<Ref, Ref> parent = new HashMap<>();
		var queue = new ArrayDeque<Ref>(List.of(start));
		while (!queue.isEmpty()) {
			Ref at = queue.poll();
			for (Ref next : successorsOf(at, provinceCode, planned)) {
				if (next.equals(start)) {
					List<String> chain = new ArrayList<>(List.of(start.shortCode()));
					for (Ref back = at; !back.equals(start); back = parent.get(back)) {
						chain.add(1, label(back, provinceCode));
					}
					chain.add(start.shortCode());
					return Optional.of(chain);
				}
				if (!parent.containsKey(next)) {
					parent.put(next, at);
					queue.add(next);
				}
			}
		}
		return Optional.empty();
	}

	private List<Ref> successorsOf(Ref at, String provinceCode, Map<String, Planned> planned) {
		if (at.provinceCode().equals(provinceCode) && planned.containsKey(at.shortCode())) {
			return planned.get(at.shortCode()).successors();
		}
		List<Ref> found = new ArrayList<>();
		id(at).ifPresent(id -> {
			for (Succession s : successions.successors(id)) {
				successions.find(s.successorId()).ifPresent(o -> found.add(new Ref(o.provinceCode(), o.shortCode())));
			}
		});
		return found;
	}

	private static String label(Ref ref, String provinceCode) {
		return ref.provinceCode().equals(provinceCode) ? ref.shortCode() : ref.toString();
	}

	private void checkLeads(String provinceCode, java.util.Collection<Planned> planned, List<Message> problems) {
		Map<String, Planned> leaders = new HashMap<>();
		for (Planned p : planned) {
			for (int criterion : p.leads()) {
				Planned other = leaders.putIfAbsent(p.setCode() + "#" + criterion, p);
				if (other != null) {
					problems.add(Message.of("organization.import.lead-twice", p.row(), criterion, other.row()));
				}
			}
		}
		for (Planned p : planned) {
			for (int criterion : p.supports()) {
				if (!leaders.containsKey(p.setCode() + "#" + criterion) && !assigned(provinceCode, p.setCode(), criterion)) {
					problems.add(Message.of("organization.import.support-without-lead", p.row(), criterion));
				}
			}
		}
	}

	private boolean assigned(String provinceCode, String setCode, int criterion) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM organization_criterion_assignment
				WHERE province_code = ? AND set_code = ? AND criterion_number = ? AND indicator_code IS NULL
				""").params(provinceCode, setCode, criterion).query(Long.class).single() > 0;
	}

	Optional<Long> id(Ref ref) {
		return jdbc.sql("SELECT id FROM organization_organization WHERE province_code = ? AND short_code = ?")
			.params(ref.provinceCode(), ref.shortCode()).query(Long.class).optional();
	}

	private static List<Ref> refs(String provinceCode, SheetRow r, List<Message> problems) {
		List<Ref> refs = new ArrayList<>();
		for (String token : tokens(r.get(Column.SUCCESSORS))) {
			String t = token.toLowerCase(Locale.ROOT);
			if (t.matches("(\\d{1,3}/)?[a-z0-9-]{2,40}")) {
				int slash = t.indexOf('/');
				Ref ref = slash < 0 ? new Ref(provinceCode, t) : new Ref(t.substring(0, slash), t.substring(slash + 1));
				if (!refs.contains(ref)) {
					refs.add(ref);
				}
			}
			else {
				problems.add(Message.of("organization.import.successor", r.number(), token));
			}
		}
		return refs;
	}

	private static List<Integer> numbers(SheetRow r, Column column, String set, Set<Integer> known,
			List<Message> problems) {
		List<Integer> numbers = new ArrayList<>();
		for (String token : tokens(r.get(column))) {
			Integer n = token.matches("\\d{1,3}") ? Integer.valueOf(token) : null;
			if (n == null || known != null && !known.contains(n)) {
				problems.add(Message.of(column == Column.LEAD ? "organization.import.lead"
						: "organization.import.supporting", r.number(), token, set));
			}
			else if (!numbers.contains(n)) {
				numbers.add(n);
			}
		}
		return numbers;
	}

	private static List<String> tokens(String text) {
		return text.isBlank() ? List.of() : List.of(text.strip().split("[\\s,;]+"));
	}

	private static LocalDate date(SheetRow r, Column column, List<Message> problems) {
		String text = r.get(column);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text, DAY);
		}
		catch (DateTimeParseException e) {
			problems.add(Message.of(column == Column.VALID_FROM ? "organization.import.valid-from"
					: "organization.import.valid-to", r.number(), text));
			return null;
		}
	}

	/** A kind by its code (DEPARTMENT) or its name in either language (Sở, ban, ngành; Department). */
	static Optional<OrganizationKind> kind(String text) {
		String t = text.strip();
		for (OrganizationKind k : OrganizationKind.values()) {
			if (k.name().equalsIgnoreCase(t.replace('-', '_').replace(' ', '_'))) {
				return Optional.of(k);
			}
			for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
				if (bundle(locale).getString("organization.kind." + k.name()).equalsIgnoreCase(t)) {
					return Optional.of(k);
				}
			}
		}
		return Optional.empty();
	}

	private static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle("i18n/organization", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
