package vn.ntm.assessment.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.RecordResult;
import vn.ntm.assessment.RecordedValue;
import vn.ntm.assessment.Summary;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.assessment.ValueError;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.ValuesRejected;
import vn.ntm.assessment.ValuesTag;
import vn.ntm.shared.Period;

/** The values, status and summary endpoints of the public API. Scope checks happen in {@link Assessments}. */
@RestController
@RequestMapping("/api/v1/units/{code}")
class ValuesApi {

	private final Assessments assessments;
	private final MessageSource messages;

	ValuesApi(Assessments assessments, MessageSource messages) {
		this.assessments = assessments;
		this.messages = messages;
	}

	record ValuesRequest(List<ValueInput> values) {
	}

	@PutMapping("/values/{period}")
	ResponseEntity<RecordResult> record(@PathVariable String code, @PathVariable String period,
			@RequestParam(name = "set", required = false) String set,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ValuesRequest request) {
		RecordResult result = assessments.record(code, period, set, request.values(), "api", ifMatch);
		return ResponseEntity.ok().eTag(result.tag()).body(result);
	}

	@GetMapping("/values/{period}")
	ResponseEntity<List<RecordedValue>> values(@PathVariable String code, @PathVariable String period,
			@RequestParam(name = "set", required = false) String set, WebRequest request) {
		List<RecordedValue> values = assessments.values(code, parse(period), set);
		String tag = ValuesTag.of(values);
		if (request.checkNotModified(tag)) {
			return null;
		}
		return ResponseEntity.ok().eTag(tag).body(values);
	}

	@GetMapping("/status")
	UnitStatus status(@PathVariable String code, @RequestParam String period,
			@RequestParam(name = "set", required = false) String set) {
		return assessments.status(code, parse(period), set);
	}

	@GetMapping("/summary")
	Summary summary(@PathVariable String code, @RequestParam String period) {
		return assessments.summary(code, parse(period));
	}

	@GetMapping("/history")
	List<Assessments.ValueChange> history(@PathVariable String code,
			@RequestParam(name = "set", defaultValue = "xa-ntm-2021-2025") String set,
			@RequestParam(name = "indicator", required = false) String indicator) {
		return assessments.history(code, set, indicator);
	}

	private Period parse(String period) {
		return parse(period, messages);
	}

	/** A period as written in a request; malformed: 422 naming it, as a rejected value is. */
	static Period parse(String period, MessageSource messages) {
		try {
			return Period.parse(period);
		}
		catch (IllegalArgumentException e) {
			throw new ValuesRejected(List.of(new ValueError("period", null, "malformed-period", messages
				.getMessage("assessment.error.malformed-period", new Object[] { period }, LocaleContextHolder.getLocale()))));
		}
	}
}
