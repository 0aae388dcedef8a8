package vn.ntm.criteria.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSetRejected;
import vn.ntm.criteria.CriteriaSetVersion;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.ValueType;
import vn.ntm.identity.Access;

/**
 * The criteria set pages: the list, one set with its criteria, indicators and thresholds (each with its source and
 * verified, unverified or demo state) and its versions; and, for the coordination office, the import of a new
 * version from the official document the province holds.
 */
@Controller
class CriteriaSetPages {

	static final String LIST = "criteria/list";
	static final String DETAIL = "criteria/detail";

	private final CriteriaSets sets;
	private final Access access;
	private final MessageSource messages;

	CriteriaSetPages(CriteriaSets sets, Access access, MessageSource messages) {
		this.sets = sets;
		this.access = access;
		this.messages = messages;
	}

	/** A row of the list. */
	record Row(CriteriaSet set, int indicators, long demoThresholds, long unknownThresholds) {
	}

	@GetMapping("/criteria-sets")
	String list(Model model) {
		model.addAttribute("rows", rows());
		model.addAttribute("manageable", manageableProvinces());
		model.addAttribute("anyProvince", access.readablePaths().contains("/"));
		return LIST;
	}

	@GetMapping("/criteria-sets/{code}")
	String detail(@PathVariable String code, @RequestParam(required = false) Integer version, Model model) {
		CriteriaSet set = (version == null ? sets.find(code) : sets.find(code, version))
			.or(() -> version == null ? sets.all().stream().filter(s -> s.code().equals(code)).findFirst()
					: Optional.empty())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown criteria set " + code));
		List<CriteriaSetVersion> versions = sets.versions(code);
		model.addAttribute("set", set);
		model.addAttribute("versions", versions);
		model.addAttribute("info", versions.stream().filter(v -> v.version() == set.version()).findFirst().orElse(null));
		model.addAttribute("manageable", manageableProvinces());
		model.addAttribute("usesDemo", set.criteria().stream().flatMap(c -> c.indicators().stream())
			.flatMap(i -> i.thresholds().stream()).anyMatch(t -> t.demo()));
		return DETAIL;
	}

	@PostMapping("/criteria-sets/import")
	String importVersion(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "documentNumber", required = false) String documentNumber,
			@RequestParam(name = "documentDate", required = false) String documentDate,
			@RequestParam(name = "province", required = false) String province, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		List<String> problems = new ArrayList<>();
		if (documentNumber == null || documentNumber.isBlank()) {
			problems.add(text("criteria.page.import.document-number-missing"));
		}
		LocalDate date = null;
		if (documentDate == null || documentDate.isBlank()) {
			problems.add(text("criteria.page.import.document-date-missing"));
		}
		else {
			try {
				date = LocalDate.parse(documentDate.trim());
			}
			catch (DateTimeParseException e) {
				problems.add(text("criteria.page.import.document-date-invalid", documentDate));
			}
		}
		Map<String, Object> yaml = null;
		if (file == null || file.isEmpty()) {
			problems.add(text("criteria.page.import.file-missing"));
		}
		else {
			try {
				Object loaded = new Yaml(new SafeConstructor(new LoaderOptions()))
					.load(new String(file.getBytes(), StandardCharsets.UTF_8));
				if (loaded instanceof Map<?, ?> m) {
					yaml = new LinkedHashMap<>();
					for (Map.Entry<?, ?> e : m.entrySet()) {
						yaml.put(String.valueOf(e.getKey()), e.getValue());
					}
				}
				else {
					problems.add(text("criteria.page.import.not-a-set"));
				}
			}
			catch (YAMLException e) {
				problems.add(text("criteria.page.import.not-yaml", e.getMessage()));
			}
		}
		String target = yaml == null ? blankToNull(province)
				: Optional.ofNullable(yaml.get("province")).map(String::valueOf).orElse(blankToNull(province));
		if (!access.canManage(target)) {
			throw new AccessDeniedException("may not manage the criteria sets of province " + target);
		}
		if (!problems.isEmpty()) {
			return rejected(problems, model, response);
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("number", documentNumber.trim());
		document.put("date", date.toString());
		yaml.put("document", document);
		if (target != null) {
			yaml.put("province", target);
		}
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		String text = new Yaml(options).dump(yaml);
		try {
			CriteriaSet stored = sets.importYaml(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					access.currentUsername());
			redirect.addFlashAttribute("imported", stored.version());
			return "redirect:/criteria-sets/" + stored.code() + "?version=" + stored.version();
		}
		catch (CriteriaSetRejected e) {
			return rejected(e.problems().stream().map(m -> text(m.key(), m.argsArray())).toList(), model, response);
		}
	}

	private String rejected(List<String> problems, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problems", problems);
		return list(model);
	}

	private List<Row> rows() {
		return sets.all().stream()
			.sorted(Comparator.comparing(CriteriaSet::validFrom).reversed().thenComparing(CriteriaSet::code)
				.thenComparing(s -> s.provinceCode() == null ? "" : s.provinceCode()))
			.map(s -> new Row(s, s.indicatorCount(),
					s.criteria().stream().flatMap(c -> c.indicators().stream()).flatMap(i -> i.thresholds().stream())
						.filter(t -> t.demo()).count(),
					s.criteria().stream().flatMap(c -> c.indicators().stream())
						.filter(i -> i.valueType() != ValueType.REQUIRED_TIER)
						.filter(i -> i.thresholds().stream().noneMatch(t -> t.known() || t.relativeTo() != null)).count()))
			.toList();
	}

	/** The provinces whose sets the user may manage, from their readable scope. */
	private List<String> manageableProvinces() {
		TreeSet<String> provinces = new TreeSet<>();
		for (String path : access.readablePaths()) {
			String[] parts = path.split("/");
			if (parts.length > 1 && access.canManage(parts[1])) {
				provinces.add(parts[1]);
			}
		}
		return List.copyOf(provinces);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
