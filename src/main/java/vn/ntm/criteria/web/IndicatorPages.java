package vn.ntm.criteria.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSetRejected;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.ProvinceVersionYaml;
import vn.ntm.identity.Access;
import vn.ntm.shared.Message;
import vn.ntm.shared.platform.Messages;

/**
 * The coordination office enters the indicators of a set whose reference data names only its criteria (the
 * 2026–2030 set: 10 criteria, 47 indicators and their levels by commune group left to the official annex), typed in
 * the page or as the Excel sheet, from the document they come from; they become the province's new version of the
 * set. An indicator left without a group's level is judged "threshold unknown" for that group's communes.
 */
@Controller
class IndicatorPages {

	static final String VIEW = "criteria/indicators";
	static final int BLANK_LINES = 5;

	private final CriteriaSets sets;
	private final Access access;
	private final Messages messages;

	IndicatorPages(CriteriaSets sets, Access access, Messages messages) {
		this.sets = sets;
		this.access = access;
		this.messages = messages;
	}

	private CriteriaSet base(String code, String province) {
		return sets.all().stream().filter(s -> s.code().equals(code) && province.equals(s.provinceCode())).findFirst()
			.or(() -> sets.find(code))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown criteria set " + code));
	}

	private void guard(String province) {
		if (province == null || !access.canManage(province)) {
			throw new AccessDeniedException("may not enter the indicators of province " + province);
		}
	}

	@GetMapping("/criteria-sets/{code}/indicators")
	String form(@PathVariable String code, @RequestParam String province, Model model) {
		guard(province);
		CriteriaSet set = base(code, province);
		return show(set, province, withBlanks(IndicatorLines.of(set, yes(), no())), null, "", "", model);
	}

	@GetMapping("/criteria-sets/{code}/indicators.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable String code, @RequestParam String province) {
		guard(province);
		CriteriaSet set = base(code, province);
		List<String> headers = IndicatorWorkbook.COLUMNS.stream()
			.map(c -> messages.get("criteria.indicators.column." + c)).toList();
		byte[] body = IndicatorWorkbook.write(messages.get("criteria.indicators.title", set.code(), province),
				messages.get("criteria.indicators.xlsx.help"), sheet(), headers, IndicatorLines.of(set, yes(), no()));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("chi-tieu-" + set.code() + "-" + province + ".xlsx", StandardCharsets.UTF_8).build()
				.toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(body);
	}

	@PostMapping("/criteria-sets/{code}/indicators")
	String save(@PathVariable String code, @RequestParam String province, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		guard(province);
		CriteriaSet set = base(code, province);
		List<IndicatorLines.Line> lines = new ArrayList<>();
		int rows = Math.min(parse(form.get("rows")), 500);
		for (int i = 1; i <= rows; i++) {
			Map<String, String> byGroup = new LinkedHashMap<>();
			for (String g : IndicatorLines.GROUPS) {
				byGroup.put(g, field(form, g, i));
			}
			lines.add(new IndicatorLines.Line(i, field(form, "criterion", i), field(form, "code", i),
					field(form, "name", i), field(form, "unit", i), field(form, "type", i), field(form, "cmp", i),
					byGroup, field(form, "source", i), field(form, "verified", i)));
		}
		return store(set, province, lines, new ArrayList<>(), form.getOrDefault("documentNumber", ""),
				form.getOrDefault("documentDate", ""), model, redirect, response);
	}

	@PostMapping("/criteria-sets/{code}/indicators/import")
	String importWorkbook(@PathVariable String code, @RequestParam String province,
			@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String documentNumber,
			@RequestParam(defaultValue = "") String documentDate, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		guard(province);
		CriteriaSet set = base(code, province);
		List<String> problems = new ArrayList<>();
		List<IndicatorLines.Line> lines = List.of();
		if (file.isEmpty() || file.getSize() > IndicatorWorkbook.MAX_BYTES) {
			problems.add(messages.get("criteria.thresholds.xlsx.size", IndicatorWorkbook.MAX_BYTES / (1024 * 1024)));
		}
		else {
			try (var in = file.getInputStream()) {
				List<IndicatorLines.Line> read = IndicatorWorkbook.read(in, sheet());
				if (read == null) {
					problems.add(messages.get("criteria.thresholds.xlsx.no-sheet", sheet()));
				}
				else {
					lines = read;
				}
			}
			catch (RuntimeException | IOException e) {
				// not a workbook, a damaged or hostile one (POI refuses zip bombs): the user needs a clean file
				problems.add(messages.get("criteria.thresholds.xlsx.unreadable", file.getOriginalFilename()));
			}
		}
		return store(set, province, lines, problems, documentNumber, documentDate, model, redirect, response);
	}

	private String store(CriteriaSet set, String province, List<IndicatorLines.Line> lines, List<String> problems,
			String documentNumber, String documentDate, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		String number = documentNumber.strip();
		LocalDate date = null;
		if (number.isEmpty()) {
			problems.add(messages.get("criteria.page.import.document-number-missing"));
		}
		try {
			date = LocalDate.parse(documentDate.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(messages.get("criteria.page.import.document-date-invalid", documentDate));
		}
		List<Message> rowProblems = new ArrayList<>();
		var indicators = IndicatorLines.check(lines, set, yes(), rowProblems);
		rowProblems.forEach(m -> problems.add(messages.get(m)));
		if (problems.isEmpty()) {
			try {
				String yaml = ProvinceVersionYaml.withIndicators(set, province, number, date, indicators, false);
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
		return show(set, province, withBlanks(lines), problems, number, documentDate, model);
	}

	private String show(CriteriaSet set, String province, List<IndicatorLines.Line> lines, List<String> problems,
			String documentNumber, String documentDate, Model model) {
		model.addAttribute("set", set);
		model.addAttribute("province", province);
		model.addAttribute("lines", lines);
		model.addAttribute("groups", IndicatorLines.GROUPS);
		model.addAttribute("columns", IndicatorWorkbook.COLUMNS);
		model.addAttribute("problems", problems);
		model.addAttribute("documentNumber", documentNumber);
		model.addAttribute("documentDate", documentDate);
		return VIEW;
	}

	/** The lines renumbered for the form, with a few blank ones to add indicators. */
	private static List<IndicatorLines.Line> withBlanks(List<IndicatorLines.Line> lines) {
		List<IndicatorLines.Line> all = new ArrayList<>();
		for (IndicatorLines.Line l : lines) {
			if (!l.blank()) {
				all.add(new IndicatorLines.Line(all.size() + 1, l.criterion(), l.code(), l.name(), l.unit(),
						l.valueType(), l.comparison(), l.thresholds(), l.source(), l.verified()));
			}
		}
		for (int i = 0; i < BLANK_LINES; i++) {
			Map<String, String> none = new LinkedHashMap<>();
			IndicatorLines.GROUPS.forEach(g -> none.put(g, ""));
			all.add(new IndicatorLines.Line(all.size() + 1, "", "", "", "", "", "", none, "", ""));
		}
		return all;
	}

	private static String field(Map<String, String> form, String name, int row) {
		return form.getOrDefault(name + "_" + row, "");
	}

	private static int parse(String text) {
		try {
			return text == null ? 0 : Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	private String yes() {
		return messages.get("criteria.indicators.yes");
	}

	private String no() {
		return messages.get("criteria.indicators.no");
	}

	/** The sheet's name stays Vietnamese whatever the language, so a workbook downloaded in one reads in the other. */
	private String sheet() {
		return messages.vietnamese("criteria.indicators.xlsx.sheet");
	}
}
