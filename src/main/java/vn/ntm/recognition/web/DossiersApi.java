package vn.ntm.recognition.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ntm.criteria.Tier;
import vn.ntm.recognition.Dossier;
import vn.ntm.recognition.DossierRefused;
import vn.ntm.recognition.DossierStep;
import vn.ntm.recognition.DossierView;
import vn.ntm.recognition.Dossiers;
import vn.ntm.shared.Message;

/**
 * Recognition dossiers (hồ sơ đề nghị xét công nhận): opened by a commune (its district, or the coordination office),
 * moved step by step by whoever may take each step; refusals are problem JSON (403 not yours, 409 someone acted
 * first or the decision number is taken, 422 incomplete). Only a user who reads some unit gets past the door; each
 * dossier is then checked against the user's scope and role.
 */
@RestController
@PreAuthorize("!@access.readablePaths().isEmpty()")
class DossiersApi {

	private final Dossiers dossiers;
	private final SelfAssessmentFile report;

	DossiersApi(Dossiers dossiers, SelfAssessmentFile report) {
		this.dossiers = dossiers;
		this.report = report;
	}

	/** @param unit the commune or district code */
	record OpenRequest(String unit, Tier tier, Integer year) {
	}

	/** Opens a dossier in draft for a unit, a tier and a year. */
	@PostMapping("/api/v1/dossiers")
	@ResponseStatus(HttpStatus.CREATED)
	Dossier open(@RequestBody OpenRequest request) {
		if (request.unit() == null || request.tier() == null || request.year() == null) {
			throw new DossierRefused(DossierRefused.Kind.INVALID, Message.of("recognition.dossier.refused.incomplete"));
		}
		return dossiers.open(request.unit().trim(), request.tier(), request.year());
	}

	/** The dossiers the user may read, by unit, tier, year and step (each optional). */
	@GetMapping("/api/v1/dossiers")
	List<Dossier> list(@RequestParam(required = false) String unit, @RequestParam(required = false) Tier tier,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) DossierStep step) {
		return dossiers.list(unit, tier, year, step);
	}

	/** A dossier with its checklist, criteria, appraisals, documents, history and the actions open to the user. */
	@GetMapping("/api/v1/dossiers/{id}")
	DossierView one(@PathVariable long id) {
		return dossiers.view(id);
	}

	/**
	 * Takes an action: {@code SUBMIT}, {@code REVIEW_AS_DISTRICT}, {@code START_APPRAISAL}, {@code APPRAISE}
	 * (criterion, verdict, reason; version: the appraisal's, -1 when none), {@code CONCLUDE} (reason: the
	 * conclusion), {@code DECIDE} (decisionNumber, decisionDate, signer, issuer), {@code PUBLISH}, {@code RETURN}
	 * (reason). {@code version} is the dossier's version as read.
	 */
	@PostMapping("/api/v1/dossiers/{id}/steps")
	Dossier step(@PathVariable long id, @RequestBody Dossiers.StepRequest request) {
		return dossiers.take(id, request);
	}

	/** Attaches a document of the checklist ({@code item}) or evidence for a criterion ({@code criterion}). */
	@PostMapping(path = "/api/v1/dossiers/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Dossier attach(@PathVariable long id, @RequestParam(required = false) String item,
			@RequestParam(required = false) Integer criterion, @RequestParam("file") MultipartFile file)
			throws IOException {
		return dossiers.attach(id, new Dossiers.Attachment(item == null || item.isBlank() ? null : item, criterion,
				file.getOriginalFilename(), file.getContentType(), file.getBytes()));
	}

	/** An attached document. */
	@GetMapping("/api/v1/dossiers/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
		DossierView view = dossiers.view(id);
		var doc = view.documents().stream().filter(d -> d.id() == documentId).findFirst()
			.orElseThrow(() -> new DossierRefused(DossierRefused.Kind.NOT_FOUND,
					Message.of("recognition.dossier.refused.not-found", id + "/" + documentId)));
		byte[] content = dossiers.document(id, documentId).orElseThrow();
		return file(doc.filename(), MediaType.APPLICATION_OCTET_STREAM_VALUE, content);
	}

	/** The self-assessment report (báo cáo tự đánh giá), generated from the data of the dossier's year. */
	@GetMapping("/api/v1/dossiers/{id}/self-assessment.docx")
	ResponseEntity<byte[]> selfAssessment(@PathVariable long id) {
		DossierView view = dossiers.view(id);
		return file(SelfAssessmentFile.filename(view.dossier()), SelfAssessmentFile.DOCX, report.write(view));
	}

	static ResponseEntity<byte[]> file(String filename, String mediaType, byte[] content) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(mediaType)).body(content);
	}
}
