package vn.ntm.exchange.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.ntm.exchange.internal.ConfirmValuesImport;
import vn.ntm.exchange.internal.DownloadValues;
import vn.ntm.exchange.internal.ExchangeTexts;
import vn.ntm.exchange.internal.ImportPreview;
import vn.ntm.exchange.internal.ImportRefused;
import vn.ntm.exchange.internal.PreviewValuesImport;
import vn.ntm.exchange.internal.UnitChoices;
import vn.ntm.shared.Period;

/** The exchange page: download a template, upload it, see the preview, confirm. Any signed-in user; scope in the service. */
@Controller
class ExchangePages {

	static final String VIEW = "exchange/page";

	private final DownloadValues downloads;
	private final PreviewValuesImport previews;
	private final ConfirmValuesImport confirmations;
	private final ExchangeTexts texts;
	private final UnitChoices unitChoices;
	private final Clock clock;

	ExchangePages(DownloadValues downloads, PreviewValuesImport previews, ConfirmValuesImport confirmations,
			ExchangeTexts texts, UnitChoices unitChoices, Clock clock) {
		this.downloads = downloads;
		this.previews = previews;
		this.confirmations = confirmations;
		this.texts = texts;
		this.unitChoices = unitChoices;
		this.clock = clock;
	}

	@GetMapping("/exchange")
	String page(@RequestParam(name = "unit", required = false) String unit,
			@RequestParam(name = "period", required = false) String period, Model model) {
		Map<String, String> units = unitChoices.ofCurrentUser();
		model.addAttribute("units", units);
		model.addAttribute("unit", unit != null ? unit : units.keySet().stream().findFirst().orElse(""));
		model.addAttribute("period", period != null ? period : String.valueOf(LocalDate.now(clock).getYear() - 1));
		return VIEW;
	}

	@GetMapping("/exchange/template")
	ResponseEntity<StreamingResponseBody> template(@RequestParam String unit, @RequestParam String period) {
		Period p = ExchangeProblems.period(period, texts.errors());
		downloads.scope(unit, p);
		return ImportsApi.xlsx("mau-so-lieu-" + unit + "-" + p + ".xlsx", out -> downloads.writeTemplate(unit, p, out));
	}

	@GetMapping("/exchange/values.xlsx")
	ResponseEntity<StreamingResponseBody> values(@RequestParam String unit, @RequestParam String period) {
		Period p = ExchangeProblems.period(period, texts.errors());
		downloads.scope(unit, p);
		return ImportsApi.xlsx("so-lieu-" + unit + "-" + p + ".xlsx", out -> downloads.writeValues(unit, p, out));
	}

	@PostMapping("/exchange/preview")
	String preview(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "period", required = false) String period, Model model) throws IOException {
		try {
			ImportPreview preview = ImportsApi.preview(file, period, previews, texts.errors());
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
			BatchResult result = confirmations.commit(id);
			model.addAttribute("result", result);
		}
		catch (ImportRefused e) {
			model.addAttribute("refused", e.getMessage());
		}
		catch (ValueWriteDenied | ValuesRejected e) {
			model.addAttribute("refused", texts.errors().text("preview-stale"));
		}
		return VIEW + " :: preview";
	}
}
