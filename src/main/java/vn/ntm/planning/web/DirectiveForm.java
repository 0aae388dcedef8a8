package vn.ntm.planning.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.MultiValueMap;

import vn.ntm.planning.DirectiveConfirmation;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanTier;
import vn.ntm.tasks.Recurrence;

/**
 * The confirm form of the preview page as a {@link DirectiveConfirmation}: {@code target.<i>.tier}, for each name
 * {@code target.<i>.<j>.kept|unit|name}, for each task {@code task.<i>.kept|title|owner|support|deadline|recurrence|until}
 * ({@code owner} holds the ids of a choice, comma-separated: a collective name means several). Only the ticked rows
 * are kept; a value that does not parse is left empty, for the confirmation to name.
 */
final class DirectiveForm {

	private DirectiveForm() {
	}

	static DirectiveConfirmation read(Plan plan, MultiValueMap<String, String> form) {
		List<DirectiveConfirmation.Targets> targets = new ArrayList<>();
		for (int i = 0; form.containsKey("target." + i + ".tier"); i++) {
			List<DirectiveConfirmation.Unit> units = new ArrayList<>();
			for (int j = 0; form.containsKey("target." + i + "." + j + ".name"); j++) {
				String p = "target." + i + "." + j + ".";
				if (kept(form, p)) {
					units.add(new DirectiveConfirmation.Unit(value(form, p + "unit"), value(form, p + "name")));
				}
			}
			if (!units.isEmpty()) {
				targets.add(new DirectiveConfirmation.Targets(tier(value(form, "target." + i + ".tier")), units));
			}
		}
		List<DirectiveConfirmation.TaskToAssign> tasks = new ArrayList<>();
		for (int i = 0; form.containsKey("task." + i + ".title"); i++) {
			String p = "task." + i + ".";
			if (kept(form, p)) {
				tasks.add(new DirectiveConfirmation.TaskToAssign(value(form, p + "title"), ids(form.get(p + "owner")),
						ids(form.get(p + "support")), date(value(form, p + "deadline")),
						recurrence(value(form, p + "recurrence")), date(value(form, p + "until"))));
			}
		}
		return new DirectiveConfirmation(plan.provinceCode(), plan.year(), version(value(form, "version")),
				value(form, "number"), date(value(form, "date")), value(form, "signer"), value(form, "title"), targets,
				tasks);
	}

	private static boolean kept(MultiValueMap<String, String> form, String prefix) {
		return form.containsKey(prefix + "kept");
	}

	private static String value(MultiValueMap<String, String> form, String key) {
		String v = form.getFirst(key);
		return v == null || v.isBlank() ? null : v.strip();
	}

	private static List<Long> ids(List<String> values) {
		List<Long> ids = new ArrayList<>();
		for (String v : values == null ? List.<String>of() : values) {
			for (String part : v.split(",")) {
				try {
					if (!part.isBlank()) {
						ids.add(Long.parseLong(part.strip()));
					}
				}
				catch (NumberFormatException e) {
					// not an id: left out, the confirmation names a task without owner
				}
			}
		}
		return ids.stream().distinct().toList();
	}

	private static LocalDate date(String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static PlanTier tier(String text) {
		try {
			return text == null ? null : PlanTier.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static Recurrence recurrence(String text) {
		try {
			return text == null ? null : Recurrence.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static Long version(String text) {
		try {
			return text == null ? null : Long.valueOf(text);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
