package vn.ntm.criteria.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSetRejected;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.ProvinceVersionYaml;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.EvaluationContext;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.criteria.Threshold;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.Region;
import vn.ntm.identity.Access;
import vn.ntm.shared.platform.Messages;

/**
 * The coordination office types the official thresholds of its region from the document it holds (number and date),
 * and they become the province's own new version of the set. Thresholds left empty keep what the set knew, with
 * their source; what nobody entered stays unknown.
 */
@Controller
class ThresholdPages {

	static final String VIEW = "criteria/thresholds";

	private final CriteriaSets sets;
	private final Geography geography;
	private final Access access;
	private final Messages messages;
	private final Clock clock;

	ThresholdPages(CriteriaSets sets, Geography geography, Access access, Messages messages, Clock clock) {
		this.sets = sets;
		this.geography = geography;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	/** One input line: an indicator and, for income-like indicators, one year. */
	record Line(Criterion criterion, Indicator indicator, Integer year, String field, String current,
			String currentSource, boolean currentVerified, boolean currentDemo) {
	}

	private CriteriaSet base(String code, String province) {
		return sets.all().stream().filter(s -> s.code().equals(code) && province.equals(s.provinceCode())).findFirst()
			.or(() -> sets.find(code))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown criteria set " + code));
	}

	private Region region(String province) {
		return geography.findLatest(province, LocalDate.now(clock)).map(AdministrativeUnit::region)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown province " + province));
	}

	private void guard(String province) {
		if (province == null || !access.canManage(province)) {
			throw new AccessDeniedException("may not set the thresholds of province " + province);
		}
	}

	static List<Line> lines(CriteriaSet set, Region region, String province) {
		List<Line> lines = new ArrayList<>();
		for (Criterion c : set.criteria()) {
			for (Indicator i : c.indicators()) {
				if (i.comparison() == Comparison.YES || i.thresholds().stream().anyMatch(t -> t.relativeTo() != null)) {
					continue;
				}
				boolean byYear = i.thresholds().stream().anyMatch(t -> t.year() != null);
				if (byYear) {
					int to = set.validTo() == null ? set.validFrom().getYear() + 4 : set.validTo().getYear();
					for (int year = set.validFrom().getYear(); year <= to; year++) {
						lines.add(line(c, i, year, region, province));
					}
				}
				else {
					lines.add(line(c, i, null, region, province));
				}
			}
		}
		return lines;
	}

	private static Line line(Criterion c, Indicator i, Integer year, Region region, String province) {
		Optional<Threshold> t = CriteriaEngine.applicableThreshold(i,
				new EvaluationContext(region, province, year == null ? 2000 : year))
			.filter(Threshold::known)
			.filter(th -> year != null || th.year() == null);
		return new Line(c, i, year, "t_" + i.code().replace('.', '_') + (year == null ? "" : "_" + year),
				t.map(Threshold::value).orElse(null), t.map(Threshold::source).orElse(null),
				t.map(Threshold::verified).orElse(false), t.map(Threshold::demo).orElse(false));
	}

	@GetMapping("/criteria-sets/{code}/thresholds")
	String form(@PathVariable String code, @RequestParam String province, Model model) {
		guard(province);
		CriteriaSet set = base(code, province);
		Region region = region(province);
		model.addAttribute("set", set);
		model.addAttribute("province", province);
		model.addAttribute("region", region);
		model.addAttribute("lines", lines(set, region, province));
		return VIEW;
	}

	@PostMapping("/criteria-sets/{code}/thresholds")
	String save(@PathVariable String code, @RequestParam String province, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		guard(province);
		CriteriaSet set = base(code, province);
		Region region = region(province);
		return save(set, province, region, lines(set, region, province), form, new ArrayList<>(), model, redirect,
				response);
	}

	/** The form as a workbook: the office fills the column of new thresholds and the document's number and date. */
	@GetMapping("/criteria-sets/{code}/thresholds.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable String code, @RequestParam String province) {
		guard(province);
		CriteriaSet set = base(code, province);
		Region region = region(province);
		String provinceName = geography.findLatest(province, LocalDate.now(clock)).map(AdministrativeUnit::name)
			.orElse(province);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("nguong-" + set.code() + "-" + province + ".xlsx", StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(ThresholdWorkbook.write(set, provinceName, region, lines(set, region, province), sheet(), this::text));
	}

	/** The filled workbook: checked and stored exactly like the form, each problem naming its row. */
	@PostMapping("/criteria-sets/{code}/thresholds/import")
	String importWorkbook(@PathVariable String code, @RequestParam String province,
			@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		guard(province);
		CriteriaSet set = base(code, province);
		Region region = region(province);
		List<Line> lines = lines(set, region, province);
		List<String> problems = new ArrayList<>();
		Map<String, String> form = Map.of();
		if (file.isEmpty() || file.getSize() > ThresholdWorkbook.MAX_BYTES) {
			problems.add(text("criteria.thresholds.xlsx.size", ThresholdWorkbook.MAX_BYTES / (1024 * 1024)));
		}
		else {
			try (var in = file.getInputStream()) {
				ThresholdWorkbook.Filled filled = ThresholdWorkbook.read(in, lines, sheet(), this::text);
				form = filled.form();
				problems.addAll(filled.problems());
			}
			catch (RuntimeException | IOException e) {
				// not a workbook, a damaged or hostile one (POI refuses zip bombs): the user needs a clean file
				problems.add(text("criteria.thresholds.xlsx.unreadable", file.getOriginalFilename()));
			}
		}
		return save(set, province, region, lines, form, problems, model, redirect, response);
	}

	private String save(CriteriaSet set, String province, Region region, List<Line> lines, Map<String, String> form,
			List<String> problems, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		String number = form.getOrDefault("documentNumber", "").strip();
		LocalDate date = null;
		if (number.isEmpty()) {
			problems.add(text("criteria.page.import.document-number-missing"));
		}
		try {
			date = LocalDate.parse(form.getOrDefault("documentDate", "").strip());
		}
		catch (DateTimeParseException e) {
			problems.add(text("criteria.page.import.document-date-invalid", form.getOrDefault("documentDate", "")));
		}
		Map<String, String> entered = new LinkedHashMap<>();
		for (Line l : lines) {
			String value = form.getOrDefault(l.field(), "").strip();
			if (value.isEmpty()) {
				continue;
			}
			if (CriteriaEngine.parseNumber(value) == null && l.indicator().comparison() != Comparison.EQUALS) {
				problems.add(text("criteria.thresholds.not-a-number", l.indicator().code(), value));
			}
			entered.put(l.field(), value);
		}
		if (entered.isEmpty() && problems.isEmpty()) {
			problems.add(text("criteria.thresholds.nothing-entered"));
		}
		if (problems.isEmpty()) {
			try {
				String yaml = yaml(set, province, region, lines, entered, number, date);
				CriteriaSet stored = sets.importYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
						access.currentUsername());
				redirect.addFlashAttribute("imported", stored.version());
				return "redirect:/criteria-sets/" + stored.code() + "?version=" + stored.version();
			}
			catch (CriteriaSetRejected e) {
				e.problems().forEach(m -> problems.add(messages.get(m)));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("set", set);
		model.addAttribute("province", province);
		model.addAttribute("region", region);
		model.addAttribute("lines", lines);
		model.addAttribute("entered", entered);
		model.addAttribute("problems", problems);
		model.addAttribute("documentNumber", number);
		model.addAttribute("documentDate", form.getOrDefault("documentDate", ""));
		return VIEW;
	}

	/** The province's version: entered values with the document as their source, the rest as the set knew them. */
	static String yaml(CriteriaSet set, String province, Region region, List<Line> lines, Map<String, String> entered,
			String number, LocalDate date) {
		return ProvinceVersionYaml.write(set, province, set.nameVi(), set.nameEn(), number, date,
				i -> thresholds(i, region, lines.stream().filter(l -> l.indicator() == i).toList(), entered));
	}

	private static Map<String, Object> thresholds(Indicator i, Region region, List<Line> lines,
			Map<String, String> entered) {
		Map<String, Object> m = new LinkedHashMap<>();
		if (i.comparison() == Comparison.YES) {
			m.put("threshold", Map.of("all", IndicatorValue.Status.MET_TEXT));
			return m;
		}
		boolean anyEntered = lines.stream().anyMatch(l -> entered.containsKey(l.field()));
		if (lines.stream().anyMatch(l -> l.year() != null)) {
			Map<String, Object> years = new LinkedHashMap<>();
			for (Line l : lines) {
				String value = entered.getOrDefault(l.field(), l.current());
				Map<String, Object> byRegion = new LinkedHashMap<>();
				byRegion.put(region.name(), value); // null: still unknown for that year
				years.put(String.valueOf(l.year()), byRegion);
			}
			m.put("threshold_by_year", years);
		}
		else if (!lines.isEmpty()) {
			String value = entered.getOrDefault(lines.getFirst().field(), lines.getFirst().current());
			if (value != null) m.put("threshold", Map.of(region.name(), value));
		}
		if (anyEntered) {
			// typed from the official document the office holds: its number and date become the source
			m.put("threshold_verified", true);
		}
		else if (!lines.isEmpty() && lines.getFirst().current() != null) {
			m.put("threshold_verified", lines.getFirst().currentVerified());
			if (lines.getFirst().currentSource() != null) m.put("threshold_source", lines.getFirst().currentSource());
			if (lines.getFirst().currentDemo()) m.put("demo", true);
		}
		return m;
	}

	private String text(String key, Object... args) {
		return messages.get(key, args);
	}

	/** The sheet's name stays Vietnamese whatever the language, so a workbook downloaded in one reads in the other. */
	private String sheet() {
		return messages.vietnamese("criteria.thresholds.xlsx.sheet");
	}
}
