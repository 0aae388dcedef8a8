package vn.ntm.inspection.web;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.inspection.Finding;
import vn.ntm.inspection.InspectionPlan;
import vn.ntm.inspection.InspectionRejected;
import vn.ntm.inspection.Inspections;
import vn.ntm.inspection.Visit;
import vn.ntm.shared.platform.Messages;
import vn.ntm.tasks.Task;

/**
 * {@code /api/v1/inspections}: plans of a year, their visits, a visit's findings, recommendations (tasks) and closing.
 * Rights are checked by {@link Inspections}: the office plans, the visit's team records, readers of the province read.
 */
@RestController
@RequestMapping("/api/v1/inspections")
class InspectionsApi {

	private final Inspections inspections;
	private final Messages messages;

	InspectionsApi(Inspections inspections, Messages messages) {
		this.inspections = inspections;
		this.messages = messages;
	}

	record CloseRequest(long version) {
	}

	@GetMapping
	List<InspectionPlan> plans(@RequestParam String province, @RequestParam int year) {
		return inspections.plans(province, year);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	InspectionPlan plan(@RequestBody Inspections.NewPlan plan) {
		return inspections.plan(plan);
	}

	@GetMapping("/{plan}/visits")
	List<Visit> visits(@PathVariable long plan) {
		inspections.findPlan(plan).orElseThrow(() -> new NoSuchElementException("plan " + plan));
		return inspections.visits(plan);
	}

	@PostMapping("/{plan}/visits")
	@ResponseStatus(HttpStatus.CREATED)
	Visit visit(@PathVariable long plan, @RequestBody Inspections.NewVisit visit) {
		return inspections.addVisit(plan, visit);
	}

	@GetMapping("/visits/{visit}/findings")
	List<Finding> findings(@PathVariable long visit) {
		inspections.findVisit(visit).orElseThrow(() -> new NoSuchElementException("visit " + visit));
		return inspections.findings(visit);
	}

	@PostMapping("/visits/{visit}/findings")
	@ResponseStatus(HttpStatus.CREATED)
	Finding finding(@PathVariable long visit, @RequestBody Inspections.NewFinding finding) {
		return inspections.recordFinding(visit, finding);
	}

	@PostMapping("/findings/{finding}/recommendations")
	@ResponseStatus(HttpStatus.CREATED)
	Task recommend(@PathVariable long finding, @RequestBody Inspections.NewRecommendation recommendation) {
		return inspections.recommend(finding, recommendation);
	}

	@PostMapping("/findings/{finding}/close")
	Finding close(@PathVariable long finding, @RequestBody CloseRequest request) {
		return inspections.close(finding, request.version());
	}

	@GetMapping("/standing")
	Inspections.Standing standing(@RequestParam String province, @RequestParam int year) {
		return inspections.standing(province, year);
	}

	@ExceptionHandler
	ProblemDetail rejected(InspectionRejected e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.get("inspection.rejected", e.problems().size()));
		p.setType(URI.create("urn:ntm:problem:inspection-rejected"));
		p.setProperty("errors", e.problems().stream().map(messages::get).toList());
		return p;
	}

	@ExceptionHandler
	ProblemDetail rejectedTask(vn.ntm.tasks.TaskRejected e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.get("inspection.rejected", e.problems().size()));
		p.setType(URI.create("urn:ntm:problem:inspection-rejected"));
		p.setProperty("errors", e.problems().stream().map(messages::get).toList());
		return p;
	}

	@ExceptionHandler
	ProblemDetail missing(NoSuchElementException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}
}
