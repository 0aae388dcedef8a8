package vn.ntm.reporting.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.ntm.reporting.ReportRejected;
import vn.ntm.shared.platform.Messages;

/** Refusals of the reporting API as problem JSON in the user's language. */
@RestControllerAdvice(assignableTypes = ReportingApi.class)
class ReportingProblems {

	private final Messages messages;

	ReportingProblems(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ReportRejected.class)
	ProblemDetail rejected(ReportRejected e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.get(e.reason()));
		problem.setTitle(messages.get("reporting.problem.rejected"));
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.get("reporting.problem.conflict-detail"));
		problem.setTitle(messages.get("reporting.problem.conflict"));
		return problem;
	}
}
