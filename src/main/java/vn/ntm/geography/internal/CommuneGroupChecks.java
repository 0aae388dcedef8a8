package vn.ntm.geography.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.CommuneGroups;
import vn.ntm.geography.CommuneGroups.Entry;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.shared.Message;
import vn.ntm.shared.VietnameseFormat;

/**
 * What a province's commune group rows must satisfy before any is stored: a known code, a commune of the province
 * valid on the row's date, a group N1/N2/N3 (Quyết định 51/2025/QĐ-TTg), a date, a document, each commune once.
 */
final class CommuneGroupChecks {

	private static final String KEY = "geography.groups.problem.";
	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private CommuneGroupChecks() {
	}

	/** A checked row. */
	record Checked(String unitCode, String groupCode, LocalDate validFrom, String document) {
	}

	/** The rows as they will be stored, or every problem, each naming its row. */
	static List<Checked> check(String provinceCode, List<Entry> entries, Geography geography,
			List<Message> problems) {
		List<Checked> checked = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		if (entries.isEmpty()) {
			problems.add(Message.of(KEY + "empty"));
		}
		for (Entry e : entries) {
			int before = problems.size();
			String code = trim(e.unitCode());
			String group = trim(e.groupCode()).toUpperCase(java.util.Locale.ROOT);
			String document = trim(e.document());
			LocalDate date = date(e.validFrom());
			if (code.isEmpty()) {
				problems.add(Message.of(KEY + "code-missing", e.row()));
			}
			else if (geography.versions(code).isEmpty()) {
				problems.add(Message.of(KEY + "unknown-code", e.row(), code));
			}
			else if (seen.containsKey(code)) {
				problems.add(Message.of(KEY + "duplicate", e.row(), code, seen.get(code)));
			}
			if (!CommuneGroups.isGroup(group)) {
				problems.add(Message.of(KEY + "bad-group", e.row(), trim(e.groupCode())));
			}
			if (date == null) {
				problems.add(trim(e.validFrom()).isEmpty() ? Message.of(KEY + "date-missing", e.row())
						: Message.of(KEY + "bad-date", e.row(), trim(e.validFrom())));
			}
			if (document.isEmpty()) {
				problems.add(Message.of(KEY + "document-missing", e.row()));
			}
			if (!code.isEmpty() && date != null && !geography.versions(code).isEmpty()) {
				Optional<AdministrativeUnit> unit = geography.find(code, date);
				if (unit.isEmpty() || unit.get().level() != UnitLevel.COMMUNE
						|| !unit.get().provinceCode().equals(provinceCode)) {
					problems.add(Message.of(KEY + "not-in-province", e.row(), code, provinceCode,
							VietnameseFormat.date(date)));
				}
			}
			if (!code.isEmpty()) {
				seen.putIfAbsent(code, e.row());
			}
			if (problems.size() == before) {
				checked.add(new Checked(code, group, date, document));
			}
		}
		return checked;
	}

	/** dd/MM/yyyy as typed, or yyyy-MM-dd as a date cell or the form sends it. */
	static LocalDate date(String text) {
		String t = trim(text);
		if (t.isEmpty()) {
			return null;
		}
		try {
			return t.contains("/") ? LocalDate.parse(t, VIETNAMESE_DATE) : LocalDate.parse(t);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String trim(String s) {
		return s == null ? "" : s.strip();
	}
}
