package vn.ntm.recognition.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.ntm.recognition.DecisionExists;
import vn.ntm.recognition.DossierRefused;
import vn.ntm.shared.Message;
import vn.ntm.shared.VietnameseFormat;

/** Refusals of the dossier API as problem JSON with the reason in the user's language; nothing was changed. */
@RestControllerAdvice(assignableTypes = DossiersApi.class)
class DossierProblems {

	private final DossierTexts texts;

	DossierProblems(DossierTexts texts) {
		this.texts = texts;
	}

	static HttpStatus status(DossierRefused.Kind kind) {
		return switch (kind) {
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(DossierRefused e) {
		HttpStatus status = status(e.kind());
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, texts.text(e.reason()));
		p.setTitle(texts.get("recognition.dossier.refused.title"));
		p.setType(URI.create("urn:ntm:problem:dossier-" + e.reason().key().replace("recognition.dossier.refused.", "")));
		if (e.existing() != null) {
			p.setProperty("existing", e.existing());
		}
		return ResponseEntity.status(status).body(p);
	}

	/** Two officials changed the same row at the very same instant and the database refused the second. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> concurrent(org.springframework.dao.ConcurrencyFailureException e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				texts.get("recognition.dossier.refused.changed", ""));
		p.setTitle(texts.get("recognition.dossier.refused.title"));
		p.setType(URI.create("urn:ntm:problem:dossier-changed"));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
	}

	/** The unit already holds this decision (recorded by the Recognitions API or another dossier). */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> exists(DecisionExists e) {
		String date = e.existing() == null ? "" : VietnameseFormat.date(e.existing().decisionDate());
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, texts.text(Message.of(
				"recognition.error.decision-exists", e.decisionNumber(), date, "recognition.tier." + e.tier().name(),
				e.unitCode())));
		p.setTitle(texts.get("recognition.error.decision-exists.title"));
		p.setType(URI.create("urn:ntm:problem:decision-exists"));
		if (e.existing() != null) {
			p.setProperty("existing", e.existing());
		}
		return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
	}
}
