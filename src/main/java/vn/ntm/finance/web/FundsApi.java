package vn.ntm.finance.web;

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

import vn.ntm.finance.Allocation;
import vn.ntm.finance.Disbursement;
import vn.ntm.finance.Funds;
import vn.ntm.finance.FundsChangedConcurrently;
import vn.ntm.finance.FundsRejected;
import vn.ntm.finance.FundsSummary;
import vn.ntm.shared.platform.Messages;

/**
 * {@code /api/v1/finance}: a province's allocations of a year, a disbursement from one, and the year's summary (rates,
 * carry-over, counterpart checks). Amounts are whole đồng. Rights are checked by {@link Funds}: the office writes,
 * readers of the province read.
 */
@RestController
@RequestMapping("/api/v1/finance")
class FundsApi {

	private final Funds funds;
	private final Messages messages;

	FundsApi(Funds funds, Messages messages) {
		this.funds = funds;
		this.messages = messages;
	}

	@GetMapping("/allocations")
	List<Allocation> allocations(@RequestParam String province, @RequestParam int year) {
		return funds.allocations(province, year);
	}

	@PostMapping("/allocations")
	@ResponseStatus(HttpStatus.CREATED)
	Allocation allocate(@RequestBody Funds.NewAllocation allocation) {
		return funds.allocate(allocation);
	}

	@PostMapping("/allocations/{id}/disbursements")
	@ResponseStatus(HttpStatus.CREATED)
	Disbursement disburse(@PathVariable long id, @RequestBody Funds.NewDisbursement disbursement) {
		return funds.disburse(id, disbursement);
	}

	@GetMapping("/summary")
	FundsSummary summary(@RequestParam String province, @RequestParam int year) {
		return funds.summary(province, year);
	}

	@ExceptionHandler
	ProblemDetail rejected(FundsRejected e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.get("finance.rejected", e.problems().size()));
		p.setType(URI.create("urn:ntm:problem:finance-rejected"));
		p.setProperty("errors", e.problems().stream().map(messages::get).toList());
		return p;
	}

	@ExceptionHandler
	ProblemDetail changed(FundsChangedConcurrently e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.get("finance.problem.changed"));
		p.setType(URI.create("urn:ntm:problem:finance-changed"));
		return p;
	}

	@ExceptionHandler
	ProblemDetail missing(NoSuchElementException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}
}
