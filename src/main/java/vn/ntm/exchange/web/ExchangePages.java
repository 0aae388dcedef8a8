package vn.ntm.exchange.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.ntm.assessment.BatchResult;
import vn.ntm.assessment.ValueWriteDenied;
import vn.ntm.assessment.ValuesRejected;
import vn.ntm.exchange.internal.ImportPreview;
import vn.ntm.exchange.internal.ImportRefused;
import vn.ntm.exchange.internal.ValuesImports;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.shared.Period;

/** The exchange page: download a template, upload it, see the preview, confirm. Any signed-in user; scope in the service. */
@Controller
class ExchangePages {

	static final String VIEW = "exchange/page";

	private final ValuesImports imports;
	private final Geography geography;
	private final Access access;
	private final Clock clock;

	ExchangePages(ValuesImports imports, Geography geography, Access access, Clock clock) {
		this.imports = imports;
		this.geography = geography;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/exchange")
	String page(@RequestParam(name = "unit", required = false) String unit,
			@RequestParam(name = "period", required = false) String period, Model model) {
		Map<String, String> units = units();
		model.addAttribute("units", units);
		model.addAttribute("unit", unit != null ? unit : units.keySet().stream().findFirst().orElse(""));
		model.addAttribute("period", period != null ? period : String.valueOf(LocalDate.now(clock).getYear() - 1));
		return VIEW;
	}

	/** The areas the user reads (their province, district or commune) and the districts below them. */
	private Map<String, String> units() {
		Map<String, String> units = new LinkedHashMap<>();
		LocalDate today = LocalDate.now(clock);
		for (String path : access.readablePaths()) {
			String[] parts = path.split("/");
			List<AdministrativeUnit> roots = new ArrayList<>();
			if (parts.length < 2) {
				roots.addAll(geography.units(null, UnitLevel.PROVINCE, today).stream().limit(100).toList());
			}
			else {
				geography.findLatest(parts[parts.length - 1], today).ifPresent(roots::add);
			}
			for (AdministrativeUnit root : roots) {
				units.put(root.code(), root.name());
				if (root.level() == UnitLevel.PROVINCE && parts.length >= 2) {
					// a province merged in 2025 lists the districts it had on its last day
					LocalDate asOf = root.validTo() != null && root.validTo().isBefore(today) ? root.validTo() : today;
					geography.children(root.code(), asOf).stream().filter(u -> u.level() == UnitLevel.DISTRICT)
						.forEach(d -> units.put(d.code(), "— " + d.name()));
				}
			}
		}
		return units;
	}

	@GetMapping("/exchange/template")
	ResponseEntity<StreamingResponseBody> template(@RequestParam String unit, @RequestParam String period) {
		Period p = ExchangeProblems.period(period, imports);
		imports.scope(unit, p);
		return ImportsApi.xlsx("mau-so-lieu-" + unit + "-" + p + ".xlsx", out -> imports.writeTemplate(unit, p, out));
	}

	@GetMapping("/exchange/values.xlsx")
	ResponseEntity<StreamingResponseBody> values(@RequestParam String unit, @RequestParam String period) {
		Period p = ExchangeProblems.period(period, imports);
		imports.scope(unit, p);
		return ImportsApi.xlsx("so-lieu-" + unit + "-" + p + ".xlsx", out -> imports.writeValues(unit, p, out));
	}

	@PostMapping("/exchange/preview")
	String preview(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "period", required = false) String period, Model model) throws IOException {
		try {
			ImportPreview preview = ImportsApi.preview(file, period, imports);
			model.addAttribute("preview", preview);
		}
		catch (ImportRefused e) {
			model.addAttribute("refused", e.getMessage());
		}
		return VIEW + " :: preview";
	}

	@PostMapping("/exchange/previews/{id}/commit")
	String commit(@PathVariable String id, Model model) {
		try {
			BatchResult result = imports.commit(id);
			model.addAttribute("result", result);
		}
		catch (ImportRefused e) {
			model.addAttribute("refused", e.getMessage());
		}
		catch (ValueWriteDenied | ValuesRejected e) {
			model.addAttribute("refused", imports.errors().text("preview-stale"));
		}
		return VIEW + " :: preview";
	}
}
