package vn.ntm.ocop.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.format.annotation.DateTimeFormat;
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

import vn.ntm.ocop.Ocop;
import vn.ntm.ocop.OcopChangedConcurrently;
import vn.ntm.ocop.OcopProduct;
import vn.ntm.ocop.OcopRejected;
import vn.ntm.ocop.OcopSummary;
import vn.ntm.ocop.Rating;
import vn.ntm.shared.platform.Messages;

/**
 * {@code /api/v1/ocop}: a province's register, a new product, a rating of one, and the counts on a day. Rights are
 * checked by {@link Ocop}: the office writes, readers of the province read.
 */
@RestController
@RequestMapping("/api/v1/ocop")
class OcopApi {

	private final Ocop ocop;
	private final Messages messages;
	private final Clock clock;

	OcopApi(Ocop ocop, Messages messages, Clock clock) {
		this.ocop = ocop;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/products")
	List<OcopProduct> products(@RequestParam String province) {
		return ocop.products(province);
	}

	@PostMapping("/products")
	@ResponseStatus(HttpStatus.CREATED)
	OcopProduct register(@RequestBody Ocop.NewProduct product) {
		return ocop.register(product);
	}

	@PostMapping("/products/{id}/ratings")
	@ResponseStatus(HttpStatus.CREATED)
	Rating rate(@PathVariable long id, @RequestBody Ocop.NewRating rating) {
		return ocop.rate(id, rating);
	}

	/** @param date the day counted; today when absent */
	@GetMapping("/summary")
	OcopSummary summary(@RequestParam String province,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return ocop.summary(province, date == null ? LocalDate.now(clock) : date);
	}

	@ExceptionHandler
	ProblemDetail rejected(OcopRejected e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.get("ocop.rejected", e.problems().size()));
		p.setType(URI.create("urn:ntm:problem:ocop-rejected"));
		p.setProperty("errors", e.problems().stream().map(messages::get).toList());
		p.setProperty("keys", e.problems().stream().map(m -> m.key()).toList());
		return p;
	}

	@ExceptionHandler
	ProblemDetail changed(OcopChangedConcurrently e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.get("ocop.problem.changed"));
		p.setType(URI.create("urn:ntm:problem:ocop-changed"));
		return p;
	}

	@ExceptionHandler
	ProblemDetail missing(NoSuchElementException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}
}
