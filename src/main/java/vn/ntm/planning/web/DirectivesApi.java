package vn.ntm.planning.web;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ntm.planning.DirectiveConfirmation;
import vn.ntm.planning.DirectiveReading;
import vn.ntm.planning.Directives;

/**
 * Reading a directive into a preview of its targets and tasks, from its text or an uploaded .docx or text file;
 * nothing is stored. Names are matched among the units the user reads, within {@code province} if given. Confirming
 * the corrected preview stores its targets and tasks as a whole (the province's coordination office): 201 with what
 * was created, 422 naming each row at fault and nothing stored, 403 for anyone else.
 */
@RestController
class DirectivesApi {

	private final Directives directives;
	private final DirectiveFiles files;
	private final PlanScope scope;

	DirectivesApi(Directives directives, DirectiveFiles files, PlanScope scope) {
		this.directives = directives;
		this.files = files;
		this.scope = scope;
	}

	/** @param asOf the date of the units when the text has no date line; today if not given */
	@PostMapping(path = "/api/v1/directives/read", consumes = "text/plain")
	DirectiveReading read(@RequestBody String text, @RequestParam(required = false) String province,
			@RequestParam(required = false) LocalDate asOf) {
		return directives.read(text, asOf == null ? scope.today() : asOf, province);
	}

	@PostMapping(path = "/api/v1/directives/read", consumes = "multipart/form-data")
	DirectiveReading read(@RequestParam MultipartFile file, @RequestParam(required = false) String province,
			@RequestParam(required = false) LocalDate asOf) {
		return read(files.text(file), province, asOf);
	}

	@PostMapping(path = "/api/v1/directives", consumes = "application/json")
	ResponseEntity<DirectiveConfirmation.Confirmed> confirm(@RequestBody DirectiveConfirmation confirmation) {
		return ResponseEntity.status(HttpStatus.CREATED).body(directives.confirm(confirmation));
	}
}
