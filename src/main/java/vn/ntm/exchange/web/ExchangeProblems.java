package vn.ntm.exchange.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.ntm.assessment.ValueWriteDenied;
import vn.ntm.assessment.ValuesRejected;
import vn.ntm.exchange.internal.ImportError;
import vn.ntm.exchange.internal.ImportPreview;
import vn.ntm.exchange.internal.ImportRefused;
import vn.ntm.exchange.internal.Messages;
import vn.ntm.shared.Period;

/** RFC 9457 answers for the import API, in Vietnamese: a refused file, a rejected workbook with every error. */
@RestControllerAdvice(assignableTypes = ImportsApi.class)
class ExchangeProblems {

	static Period period(String text, Messages errors) {
		try {
			return Period.parse(text);
		}
		catch (IllegalArgumentException e) {
			throw new ImportRefused("malformed-period", errors.text("malformed-period", text));
		}
	}

	static ProblemDetail rejected(ImportPreview preview, Messages errors) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				errors.text("rejected", preview.totalErrors()));
		p.setTitle(errors.text("rejected.title"));
		p.setType(URI.create("urn:ntm:problem:import-rejected"));
		p.setProperty("errors", preview.errors());
		p.setProperty("errorsOmitted", preview.errorsOmitted());
		return p;
	}

	@ExceptionHandler
	ProblemDetail refused(ImportRefused e) {
		HttpStatus status = "preview-not-found".equals(e.code()) ? HttpStatus.NOT_FOUND
				: "preview-stale".equals(e.code()) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
		p.setTitle(e.getMessage());
		p.setType(URI.create("urn:ntm:problem:import-refused"));
		p.setProperty("code", e.code());
		return p;
	}

	@ExceptionHandler
	ProblemDetail denied(ValueWriteDenied e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
		p.setProperty("indicators", e.indicators());
		return p;
	}

	@ExceptionHandler
	ProblemDetail invalid(ValuesRejected e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
		p.setProperty("errors", e.errors().stream()
			.map(v -> new ImportError(null, 0, null, v.code(), v.message())).toList());
		return p;
	}
}
