package vn.ntm.assessment.web;

import java.net.URI;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.ntm.assessment.UnknownUnit;
import vn.ntm.assessment.ValueConflict;
import vn.ntm.assessment.ValueError;
import vn.ntm.assessment.ValueWriteDenied;
import vn.ntm.assessment.ValuesChanged;
import vn.ntm.assessment.ValuesRejected;

/** RFC 9457 answers for the assessment API, in the user's language. */
@RestControllerAdvice(assignableTypes = ValuesApi.class)
class AssessmentProblems {

	private final MessageSource messages;

	AssessmentProblems(MessageSource messages) {
		this.messages = messages;
	}

	private String text(String key, Object... args) {
		return messages.getMessage("assessment.problem." + key, args, key, LocaleContextHolder.getLocale());
	}

	/** As the Excel import does: the first errors in full, the count of the others. */
	static final int MAX_ERRORS = 500;

	@ExceptionHandler
	ProblemDetail rejected(ValuesRejected e) {
		List<ValueError> errors = e.errors();
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				errors.size() > MAX_ERRORS ? text("rejected.more", errors.size(), MAX_ERRORS)
						: text("rejected", errors.size()));
		p.setTitle(text("rejected.title"));
		p.setType(URI.create("urn:ntm:problem:values-rejected"));
		p.setProperty("errors", errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
		if (errors.size() > MAX_ERRORS) {
			p.setProperty("moreErrors", errors.size() - MAX_ERRORS);
		}
		return p;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> changed(ValuesChanged e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, text("changed"));
		p.setTitle(text("changed.title"));
		p.setType(URI.create("urn:ntm:problem:values-changed"));
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(e.currentTag()).body(p);
	}

	@ExceptionHandler
	ProblemDetail denied(ValueWriteDenied e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				e.indicators().isEmpty() ? text("denied.unit") : text("denied.indicators", String.join(", ", e.indicators())));
		p.setTitle(text("denied.title"));
		p.setType(URI.create("urn:ntm:problem:write-denied"));
		p.setProperty("indicators", e.indicators());
		return p;
	}

	@ExceptionHandler
	ProblemDetail conflict(ValueConflict e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("conflict"));
		p.setTitle(text("conflict.title"));
		p.setType(URI.create("urn:ntm:problem:concurrent-change"));
		p.setProperty("conflicts", e.conflicts());
		return p;
	}

	@ExceptionHandler
	ProblemDetail unknownUnit(UnknownUnit e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("unknown-unit", e.code()));
		p.setTitle(text("unknown-unit.title"));
		return p;
	}
}
