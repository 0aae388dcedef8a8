package vn.ntm.assessment.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.RecordResult;
import vn.ntm.assessment.RecordedValue;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.assessment.UnknownUnit;
import vn.ntm.assessment.ValueConflict;
import vn.ntm.assessment.ValueError;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.ValueWriteDenied;
import vn.ntm.assessment.ValuesRejected;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.ValueType;
import vn.ntm.criteria.Comparison;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.identity.Access;
import vn.ntm.shared.Period;

/**
 * The value entry form of one commune and period (htmx): one input per indicator, the version of each stored value
 * for optimistic locking; all or nothing, with the reasons next to the fields. Scope checks happen in
 * {@link Assessments}; inputs the user may not write are disabled.
 */
@Controller
class ValueEntryPages {

	static final String VIEW = "assessment/values";
	static final String FORM = "assessment/values :: form";
	static final String DENIED = "assessment/denied";

	private final Assessments assessments;
	private final CriteriaSets criteriaSets;
	private final Access access;

	ValueEntryPages(Assessments assessments, CriteriaSets criteriaSets, Access access) {
		this.assessments = assessments;
		this.criteriaSets = criteriaSets;
		this.access = access;
	}

	/** One input of the form. */
	record Field(String code, String name, String unit, String kind, List<String> choices, String value,
			String original, long version, String latest, String latestPeriod, boolean writable, String error,
			String conflictValue, String conflictBy) {
	}

	record Group(int number, String name, List<Field> fields) {
	}

	@GetMapping("/units/{code}/values/{period}")
	String form(@PathVariable String code, @PathVariable String period, @RequestParam(required = false) String set,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Period p = parse(period);
		UnitStatus status = assessments.status(code, p, blankToNull(set));
		model.addAllAttributes(formModel(status, p, Map.of(), Map.of(), Map.of(), Map.of()));
		return htmx != null ? FORM : VIEW;
	}

	@PostMapping("/units/{code}/values/{period}")
	String submit(@PathVariable String code, @PathVariable String period, @RequestParam(required = false) String set,
			@RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		Period p = parse(period);
		String setCode = blankToNull(set);
		UnitStatus status = assessments.status(code, p, setCode);
		CriteriaSet chosen = set(status, p);
		Map<String, String> submitted = new LinkedHashMap<>();
		Map<String, String> originals = new LinkedHashMap<>();
		Map<String, Long> versions = new LinkedHashMap<>();
		List<ValueInput> inputs = new ArrayList<>();
		for (Criterion c : chosen.criteria()) {
			for (Indicator i : c.indicators()) {
				String value = trim(form.getFirst("value[" + i.code() + "]"));
				String original = trim(form.getFirst("original[" + i.code() + "]"));
				if (value == null && !form.containsKey("value[" + i.code() + "]")) {
					continue; // disabled input: not sent
				}
				submitted.put(i.code(), value);
				originals.put(i.code(), original);
				Long version = parseVersion(form.getFirst("version[" + i.code() + "]"));
				versions.put(i.code(), version);
				// a changed value the user may not write still goes to Assessments, which refuses it as a whole
				if (!Objects.equals(value, original)) {
					inputs.add(new ValueInput(i.code(), value, null, null, version));
				}
			}
		}
		String view = htmx != null ? FORM : VIEW;
		if (inputs.isEmpty()) {
			model.addAllAttributes(formModel(status, p, submitted, Map.of(), Map.of(), Map.of()));
			model.addAttribute("notice", "unchanged");
			return view;
		}
		try {
			RecordResult result = assessments.record(code, p.toString(), chosen.code(), inputs, "form");
			UnitStatus after = assessments.status(code, p, setCode);
			model.addAllAttributes(formModel(after, p, Map.of(), Map.of(), Map.of(), Map.of()));
			model.addAttribute("saved", result);
			return view;
		}
		catch (ValuesRejected e) {
			Map<String, String> errors = new LinkedHashMap<>();
			List<String> general = new ArrayList<>();
			for (ValueError error : e.errors()) {
				if (error.indicator() != null) {
					errors.merge(error.indicator(), error.message(), (a, b) -> a + "; " + b);
				}
				else {
					general.add(error.message());
				}
			}
			model.addAllAttributes(formModel(status, p, submitted, errors, Map.of(), versions));
			model.addAttribute("rejected", e.errors().size());
			model.addAttribute("generalErrors", general);
			if (htmx == null) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			return view;
		}
		catch (ValueConflict e) {
			Map<String, ValueConflict.Conflict> conflicts = e.conflicts().stream()
				.collect(Collectors.toMap(ValueConflict.Conflict::indicator, Function.identity(), (a, b) -> a));
			model.addAllAttributes(formModel(status, p, submitted, Map.of(), conflicts, Map.of()));
			model.addAttribute("conflicts", e.conflicts());
			if (htmx == null) {
				response.setStatus(HttpStatus.CONFLICT.value());
			}
			return view;
		}
		catch (ValueWriteDenied e) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("indicators", e.indicators());
			model.addAttribute("unit", status.unit());
			return DENIED;
		}
	}

	@ExceptionHandler(UnknownUnit.class)
	void unknownUnit(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/**
	 * The form's model: stored values and their versions (the current ones, so that after a conflict a second
	 * submit deliberately overwrites), overlaid with what the user submitted.
	 */
	private Map<String, Object> formModel(UnitStatus status, Period period, Map<String, String> submitted,
			Map<String, String> errors, Map<String, ValueConflict.Conflict> conflicts, Map<String, Long> keepVersions) {
		CriteriaSet set = set(status, period);
		AdministrativeUnit unit = status.unit();
		Map<String, RecordedValue> stored = assessments.values(unit.code(), period, set.code()).stream()
			.collect(Collectors.toMap(RecordedValue::indicatorCode, Function.identity()));
		Map<String, UnitStatus.IndicatorLine> lines = new LinkedHashMap<>();
		status.criteria().forEach(c -> c.indicators().forEach(i -> lines.put(i.code(), i)));
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		List<Group> groups = new ArrayList<>();
		boolean anyWritable = false;
		for (Criterion c : set.criteria()) {
			boolean criterionWritable = access.canWriteValue(unit, set.code(), c.number());
			List<Field> fields = new ArrayList<>();
			for (Indicator i : c.indicators()) {
				// a value the set derives (the model commune's "is an advanced commune") is shown, never typed
				boolean writable = criterionWritable && i.valueType() != ValueType.REQUIRED_TIER;
				anyWritable |= writable;
				RecordedValue v = stored.get(i.code());
				String original = v == null ? null : display(v.display(), english);
				String value = submitted.containsKey(i.code()) ? submitted.get(i.code()) : original;
				long version = keepVersions.containsKey(i.code()) && keepVersions.get(i.code()) != null
						? keepVersions.get(i.code()) : v == null ? 0 : v.version();
				UnitStatus.IndicatorLine line = lines.get(i.code());
				boolean earlier = line != null && line.value() != null && !period.toString().equals(line.valuePeriod());
				ValueConflict.Conflict conflict = conflicts.get(i.code());
				fields.add(new Field(i.code(), english && i.nameEn() != null ? i.nameEn() : i.nameVi(), i.unit(),
						kind(i), i.choices(), value, original, version,
						earlier ? display(line.value(), english) : null, earlier ? line.valuePeriod() : null, writable,
						errors.get(i.code()), conflict == null ? null : display(conflict.currentValue(), english),
						conflict == null ? null : conflict.currentBy()));
			}
			groups.add(new Group(c.number(), english && c.nameEn() != null ? c.nameEn() : c.nameVi(), fields));
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("unit", unit);
		model.put("period", period);
		model.put("status", status);
		model.put("groups", groups);
		model.put("anyWritable", anyWritable);
		model.put("sets", criteriaSets.inForce(SetLevel.COMMUNE, period.end(), unit.provinceCode()));
		return model;
	}

	private static String kind(Indicator i) {
		if (i.valueType() == ValueType.BOOLEAN || i.comparison() == Comparison.YES) {
			return "boolean";
		}
		if (i.valueType() == ValueType.CHOICE && !i.choices().isEmpty()) {
			return "choice";
		}
		return "number";
	}

	/** A stored value as the user types it: "12,5" in Vietnamese, no thousands separators. */
	private static String display(String value, boolean english) {
		if (value == null) {
			return null;
		}
		return !english && value.matches("-?\\d+\\.\\d+") ? value.replace('.', ',') : value;
	}

	private CriteriaSet set(UnitStatus status, Period period) {
		LocalDate end = period.end();
		return criteriaSets.inForce(status.setCode(), end, status.unit().provinceCode())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no set in force"));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Period parse(String period) {
		try {
			return Period.parse(period);
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "malformed period " + period);
		}
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static Long parseVersion(String s) {
		try {
			return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
