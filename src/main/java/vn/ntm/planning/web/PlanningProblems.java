package vn.ntm.planning.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A plan changed by someone else since it was read: 409, nothing changed. */
@RestControllerAdvice(assignableTypes = { PlansApi.class, PlanningPages.class })
class PlanningProblems {

	@ExceptionHandler
	ProblemDetail conflict(OptimisticLockingFailureException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Kế hoạch đã được người khác thay đổi. Hãy tải lại trang rồi làm lại.");
		problem.setTitle("Xung đột phiên bản");
		return problem;
	}
}
