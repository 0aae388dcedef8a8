package vn.ntm.recognition.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.recognition.DecisionExists;
import vn.ntm.recognition.Recognition;
import vn.ntm.recognition.Recognitions;
import vn.ntm.shared.VietnameseFormat;
import vn.ntm.shared.platform.Messages;

/** Recognition decisions of a unit: anyone who may read the unit reads them; the province's office records them. */
@RestController
class RecognitionApi {

	private final Recognitions recognitions;
	private final Geography geography;
	private final Access access;
	private final Messages messages;
	private final Clock clock;

	RecognitionApi(Recognitions recognitions, Geography geography, Access access, Messages messages, Clock clock) {
		this.recognitions = recognitions;
		this.geography = geography;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	record DecisionRequest(Tier tier, String decisionNumber, LocalDate decisionDate, String issuer, String setCode,
			String note) {
	}

	record RevocationRequest(LocalDate revokedOn, String revocationNumber, String reason, long version) {
	}

	/**
	 * The unit as it was on {@code date}: a code that survived the 2025 reform belongs to its old province for the
	 * decisions taken before it, and only that province's office records or revokes them.
	 */
	private AdministrativeUnit unit(String code, LocalDate date) {
		AdministrativeUnit unit = geography.findLatest(code, date == null ? LocalDate.now(clock) : date)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, messages.get("recognition.error.no-unit", code)));
		if (!access.canRead(unit)) {
			throw new AccessDeniedException("unit outside scope");
		}
		return unit;
	}

	/** Refuses, before anything is looked up, a user who manages the province of no row of the code. */
	private void requireManagerOfSomeRow(String code) {
		List<AdministrativeUnit> rows = geography.versions(code);
		if (rows.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, messages.get("recognition.error.no-unit", code));
		}
		if (rows.stream().noneMatch(u -> access.canManage(u.provinceCode()))) {
			throw new AccessDeniedException("only the province records and revokes recognitions");
		}
	}

	/** The decisions of every row of the code, for a reader of any of them. */
	@GetMapping("/api/v1/units/{code}/recognitions")
	List<Recognition> decisions(@PathVariable String code) {
		List<AdministrativeUnit> rows = geography.versions(code);
		if (rows.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, messages.get("recognition.error.no-unit", code));
		}
		if (rows.stream().noneMatch(access::canRead)) {
			throw new AccessDeniedException("unit outside scope");
		}
		return recognitions.decisions(code);
	}

	@PostMapping("/api/v1/units/{code}/recognitions")
	@ResponseStatus(HttpStatus.CREATED)
	Recognition decide(@PathVariable String code, @RequestBody DecisionRequest request) {
		requireManagerOfSomeRow(code);
		if (request.tier() == null || request.decisionNumber() == null || request.decisionNumber().isBlank()
				|| request.decisionDate() == null || request.issuer() == null || request.issuer().isBlank()) {
			throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
					messages.get("recognition.error.decision-incomplete"));
		}
		AdministrativeUnit unit = unit(code, request.decisionDate());
		if (!access.canManage(unit.provinceCode())) {
			throw new AccessDeniedException("only the province records recognitions");
		}
		return recognitions.decide(new Recognitions.NewRecognition(code, request.tier(), request.decisionNumber().trim(),
				request.decisionDate(), request.issuer().trim(), request.setCode(), request.note(), false));
	}

	/** 409 naming the decision already recorded (looked up again when a concurrent request recorded it). */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> exists(DecisionExists e) {
		Recognition existing = e.existing() != null ? e.existing()
				: recognitions.decisions(e.unitCode()).stream()
					.filter(r -> r.tier() == e.tier() && r.decisionNumber().equals(e.decisionNumber())).findFirst()
					.orElse(null);
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.get(
				"recognition.error.decision-exists", e.decisionNumber(),
				existing == null ? "" : VietnameseFormat.date(existing.decisionDate()),
				messages.get("recognition.tier." + e.tier().name()), e.unitCode()));
		p.setTitle(messages.get("recognition.error.decision-exists.title"));
		p.setType(URI.create("urn:ntm:problem:decision-exists"));
		if (existing != null) {
			p.setProperty("existing", existing);
		}
		return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
	}

	@PostMapping("/api/v1/units/{code}/recognitions/{id}/revocation")
	Recognition revoke(@PathVariable String code, @PathVariable long id, @RequestBody RevocationRequest request) {
		requireManagerOfSomeRow(code);
		Recognition decision = recognitions.find(id).filter(r -> r.unitCode().equals(code))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, messages.get("recognition.error.no-decision", String.valueOf(id))));
		AdministrativeUnit unit = unit(code, decision.decisionDate());
		if (!access.canManage(unit.provinceCode())) {
			throw new AccessDeniedException("only the province revokes recognitions");
		}
		if (request.revokedOn() == null || request.revocationNumber() == null || request.revokedOn().isBefore(decision.decisionDate())) {
			throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
					messages.get("recognition.error.revocation-incomplete"));
		}
		return recognitions.revoke(id, request.revokedOn(), request.revocationNumber(), request.reason(), request.version());
	}
}
