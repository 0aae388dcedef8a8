package vn.ntm.geography.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.geography.UnitLineage;

/** {@code /api/v1/units}: administrative units as of a date, name search and lineage (public API contract). */
@RestController
@RequestMapping("/api/v1/units")
class UnitsApi {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Geography geography;
	private final MessageSource messages;
	private final Clock clock;

	UnitsApi(Geography geography, MessageSource messages, Clock clock) {
		this.geography = geography;
		this.messages = messages;
		this.clock = clock;
	}

	record UnitJson(String code, String name, String type, String level, String parentCode, String path,
			LocalDate validFrom, LocalDate validTo, String region, String regionName, boolean especiallyDifficult) {
	}

	record MatchJson(double score, UnitJson unit) {
	}

	record LineageJson(String oldCode, String newCode, LocalDate effectiveOn, String kind) {
	}

	record UnitLineageJson(String code, List<LineageJson> successors, List<LineageJson> predecessors) {
	}

	@GetMapping
	List<UnitJson> units(@RequestParam(required = false) String parent, @RequestParam(required = false) String level,
			@RequestParam(required = false) String asOf,
			@RequestHeader(name = "Accept-Language", required = false) String language) {
		Locale locale = locale(language);
		UnitLevel unitLevel = level == null || level.isBlank() ? null : level(level, locale);
		LocalDate date = date(asOf, locale);
		if (parent != null && !parent.isBlank()) {
			// a parent abolished before that date (Kon Tum after the 2025 reform): list it as it last was
			AdministrativeUnit parentUnit = geography.findLatest(parent.strip(), date)
					.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, locale, "geography.error.unknownUnit", parent));
			if (!parentUnit.validOn(date)) {
				date = parentUnit.validTo();
			}
			return json(geography.units(parentUnit.code(), unitLevel, date), locale);
		}
		return json(geography.units(null, unitLevel, date), locale);
	}

	@GetMapping("/search")
	List<MatchJson> search(@RequestParam(required = false) String q, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String limit,
			@RequestHeader(name = "Accept-Language", required = false) String language) {
		Locale locale = locale(language);
		if (q == null || q.isBlank()) {
			throw problem(HttpStatus.BAD_REQUEST, locale, "geography.error.q");
		}
		int max = 10;
		if (limit != null) {
			try {
				max = Integer.parseInt(limit.strip());
			}
			catch (NumberFormatException e) {
				max = -1;
			}
			if (max < 1 || max > 100) {
				throw problem(HttpStatus.BAD_REQUEST, locale, "geography.error.limit", limit);
			}
		}
		return geography.search(q, date(asOf, locale), max).stream()
				.map(m -> new MatchJson(m.score(), json(m.unit(), locale))).toList();
	}

	@GetMapping("/{code}")
	UnitJson unit(@PathVariable String code, @RequestParam(required = false) String asOf,
			@RequestHeader(name = "Accept-Language", required = false) String language) {
		Locale locale = locale(language);
		LocalDate date = date(asOf, locale);
		return geography.find(code, date).map(u -> json(u, locale))
				.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, locale, "geography.error.unknownUnitOn", code, date));
	}

	@GetMapping("/{code}/lineage")
	UnitLineageJson lineage(@PathVariable String code,
			@RequestHeader(name = "Accept-Language", required = false) String language) {
		List<UnitLineage> successors = geography.successors(code);
		List<UnitLineage> predecessors = geography.predecessors(code);
		if (successors.isEmpty() && predecessors.isEmpty()
				&& geography.findLatest(code, LocalDate.of(9999, 12, 31)).isEmpty()) {
			throw problem(HttpStatus.NOT_FOUND, locale(language), "geography.error.unknownUnit", code);
		}
		return new UnitLineageJson(code, successors.stream().map(UnitsApi::json).toList(),
				predecessors.stream().map(UnitsApi::json).toList());
	}

	private UnitLevel level(String text, Locale locale) {
		try {
			return UnitLevel.parse(text);
		}
		catch (IllegalArgumentException e) {
			throw problem(HttpStatus.BAD_REQUEST, locale, "geography.error.level", text);
		}
	}

	private LocalDate date(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return LocalDate.now(clock);
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw problem(HttpStatus.BAD_REQUEST, locale, "geography.error.asOf", text);
		}
	}

	/** Vietnamese unless the client asked for another language we have. */
	private static Locale locale(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return VIETNAMESE;
		}
		try {
			List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
			Locale chosen = Locale.lookup(ranges, List.of(VIETNAMESE, Locale.ENGLISH));
			return chosen == null ? VIETNAMESE : chosen;
		}
		catch (IllegalArgumentException e) {
			return VIETNAMESE;
		}
	}

	private ErrorResponseException problem(HttpStatus status, Locale locale, String key, Object... args) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, locale));
		return new ErrorResponseException(status, detail, null);
	}

	private List<UnitJson> json(List<AdministrativeUnit> units, Locale locale) {
		return units.stream().map(u -> json(u, locale)).toList();
	}

	private UnitJson json(AdministrativeUnit u, Locale locale) {
		return new UnitJson(u.code(), u.name(), u.type(), u.level().name().toLowerCase(Locale.ROOT), u.parentCode(),
				u.path(), u.validFrom(), u.validTo(), u.region().name(),
				messages.getMessage("geography.region." + u.region().name(), null, u.region().nameVi(), locale),
				u.especiallyDifficult());
	}

	private static LineageJson json(UnitLineage l) {
		return new LineageJson(l.oldCode(), l.newCode(), l.effectiveOn(), l.kind());
	}
}
