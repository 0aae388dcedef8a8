package vn.ntm.planning.web;

import java.net.URI;
import java.util.NoSuchElementException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.ntm.planning.DirectiveRefused;
import vn.ntm.planning.EntryRejected;
import vn.ntm.planning.SponsorshipConflict;

/**
 * RFC 9457 answers of the planning endpoints: a plan or sponsorship changed by someone else since it was read (409,
 * nothing changed), an entry with invalid fields (422, each error naming its field, nothing stored), an unknown
 * plan, target or sponsorship (404).
 */
@RestControllerAdvice(assignableTypes = { PlansApi.class, DirectivesApi.class, PlanPages.class, GapPages.class, TodoPages.class,
		MatchPages.class, SponsorshipsApi.class, SponsorshipPages.class })
class PlanningProblems {

	private final FieldMessages messages;

	PlanningProblems(FieldMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail conflict(OptimisticLockingFailureException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.text("planning.problem.plan-conflict"));
		problem.setTitle(messages.text("planning.problem.conflict.title"));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(SponsorshipConflict e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.text("planning.problem.sponsorship-conflict"));
		problem.setTitle(messages.text("planning.problem.conflict.title"));
		problem.setType(URI.create("urn:ntm:problem:concurrent-change"));
		problem.setProperty("current", e.current());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail rejected(EntryRejected e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.text("planning.problem.rejected", e.reasons().size()));
		problem.setTitle(messages.text("planning.problem.rejected.title"));
		problem.setType(URI.create("urn:ntm:problem:entry-rejected"));
		problem.setProperty("errors", messages.word(e));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail refused(DirectiveRefused e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.text("planning.directive.confirm.refused", e.problems().size()));
		problem.setTitle(messages.text("planning.directive.confirm.refused.title"));
		problem.setType(URI.create("urn:ntm:problem:directive-refused"));
		problem.setProperty("problems", messages.word(e));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(NoSuchElementException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.text("planning.problem.not-found"));
		problem.setTitle(messages.text("planning.problem.not-found.title"));
		return problem;
	}
}
