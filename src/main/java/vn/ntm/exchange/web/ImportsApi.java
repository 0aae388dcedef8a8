package vn.ntm.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.ntm.exchange.internal.ConfirmValuesImport;
import vn.ntm.exchange.internal.DownloadValues;
import vn.ntm.exchange.internal.ExchangeTexts;
import vn.ntm.exchange.internal.ImportPreview;
import vn.ntm.exchange.internal.ImportRefused;
import vn.ntm.exchange.internal.Messages;
import vn.ntm.exchange.internal.PreviewValuesImport;
import vn.ntm.shared.Period;

/**
 * Values import API: a template for the caller's scope, an upload answered with a preview (or applied at once with
 * {@code commit=true}), and the commit of a stored preview. Scope and criterion checks happen in the service; every
 * authenticated user may call it.
 */
@RestController
@RequestMapping("/api/v1/imports/values")
class ImportsApi {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DownloadValues downloads;
	private final PreviewValuesImport previews;
	private final ConfirmValuesImport confirmations;
	private final ExchangeTexts texts;

	ImportsApi(DownloadValues downloads, PreviewValuesImport previews, ConfirmValuesImport confirmations,
			ExchangeTexts texts) {
		this.downloads = downloads;
		this.previews = previews;
		this.confirmations = confirmations;
		this.texts = texts;
	}

	@GetMapping("/template")
	ResponseEntity<StreamingResponseBody> template(@RequestParam String unit, @RequestParam String period) {
		Period p = ExchangeProblems.period(period, texts.errors());
		downloads.scope(unit, p);
		return xlsx("mau-so-lieu-" + unit + "-" + p + ".xlsx", out -> downloads.writeTemplate(unit, p, out));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "period", required = false) String period,
			@RequestParam(name = "commit", defaultValue = "false") boolean commit) throws IOException {
		ImportPreview preview = preview(file, period, previews, texts.errors());
		if (!preview.valid()) {
			return ResponseEntity.unprocessableContent().body(ExchangeProblems.rejected(preview, texts.errors()));
		}
		if (commit) {
			return ResponseEntity.ok(new Committed(preview, confirmations.commit(preview.id())));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(preview);
	}

	record Committed(ImportPreview preview, vn.ntm.assessment.BatchResult result) {
	}

	@GetMapping("/{id}")
	ResponseEntity<ImportPreview> find(@PathVariable String id) {
		return previews.find(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/{id}/commit")
	vn.ntm.assessment.BatchResult commit(@PathVariable String id) {
		return confirmations.commit(id);
	}

	/** Spools the upload to a temporary file (the readers need random access to the zip) and previews it. */
	static ImportPreview preview(MultipartFile file, String period, PreviewValuesImport previews, Messages errors)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new ImportRefused("file-missing", errors.text("file-missing"));
		}
		Path temp = Files.createTempFile("ntm-import-", ".xlsx");
		try {
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
			}
			return previews.preview(temp, file.getOriginalFilename(), period);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	static ResponseEntity<StreamingResponseBody> xlsx(String fileName, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(XLSX)
			.body(body);
	}
}
