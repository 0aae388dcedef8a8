package vn.ntm.reporting.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.ntm.reporting.ReportRejected;

/** Refusals of the reporting API as problem JSON in Vietnamese. */
@RestControllerAdvice(assignableTypes = ReportingApi.class)
class ReportingProblems {

	@ExceptionHandler(ReportRejected.class)
	ProblemDetail rejected(ReportRejected e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
		problem.setTitle("Báo cáo không hợp lệ");
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Báo cáo vừa được người khác thay đổi hoặc đã gửi; hãy tải lại.");
		problem.setTitle("Xung đột dữ liệu");
		return problem;
	}
}
