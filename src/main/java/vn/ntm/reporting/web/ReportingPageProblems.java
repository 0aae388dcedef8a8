package vn.ntm.reporting.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

import vn.ntm.reporting.ReportRejected;

/** A refusal met while showing a reporting page (e.g. a month in which the reporter owes nothing): 404 with why. */
@ControllerAdvice(assignableTypes = { CompliancePages.class, ConsolidatedReportPages.class, SubmissionPages.class })
class ReportingPageProblems {

	private final Scopes scopes;

	ReportingPageProblems(Scopes scopes) {
		this.scopes = scopes;
	}

	@ExceptionHandler(ReportRejected.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView rejected(ReportRejected e) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		page.addObject("message", scopes.text(e));
		return page;
	}
}
