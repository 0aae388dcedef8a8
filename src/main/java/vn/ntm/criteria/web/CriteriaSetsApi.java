package vn.ntm.criteria.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSetRejected;
import vn.ntm.criteria.CriteriaSetVersion;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.LegalBasis;
import vn.ntm.criteria.Threshold;
import vn.ntm.criteria.yaml.CriteriaSetReader;
import vn.ntm.identity.Access;
import vn.ntm.shared.platform.Messages;

/** {@code /api/v1/criteria-sets}: the sets with their criteria, indicators and thresholds; new versions as YAML. */
@RestController
@RequestMapping("/api/v1/criteria-sets")
class CriteriaSetsApi {

	static final MediaType YAML = MediaType.parseMediaType("application/x-yaml");

	private final CriteriaSets sets;
	private final Access access;
	private final Messages messages;

	CriteriaSetsApi(CriteriaSets sets, Access access, Messages messages) {
		this.sets = sets;
		this.access = access;
		this.messages = messages;
	}

	record Summary(String code, int version, String nameVi, String nameEn, String level, String tier,
			LocalDate validFrom, LocalDate validTo, LegalBasis legalBasis, String requires, String province,
			String documentNumber, LocalDate documentDate, boolean demo, int criteria, int indicators, int thresholds,
			int knownThresholds, int verifiedThresholds, int demoThresholds) {
	}

	record Detail(Summary set, List<CriterionView> criteria) {
	}

	record CriterionView(int number, String group, String nameVi, String nameEn, List<IndicatorView> indicators) {
	}

	record IndicatorView(String code, String nameVi, String nameEn, String unit, String valueType, String comparison,
			List<String> choices, boolean unverified, String note, List<ThresholdView> thresholds) {
	}

	/**
	 * @param relativeTo   the rule of a relative threshold (factor × another set's threshold), or null
	 * @param communeGroup the commune group (N1, N2, N3) of a 2026–2030 threshold, or null for every group
	 */
	record ThresholdView(String region, Integer year, String province, String value, boolean known, String source,
			boolean verified, boolean demo, Threshold.Relative relativeTo, String communeGroup) {
	}

	@GetMapping
	List<Summary> list() {
		return sets.all().stream().map(this::summary).toList();
	}

	@GetMapping("/{code}")
	ResponseEntity<?> one(@PathVariable String code, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String province) {
		Optional<CriteriaSet> set;
		if (version != null) {
			set = sets.find(code, version);
		}
		else if (province != null) {
			set = sets.versions(code).stream().filter(v -> province.equals(v.provinceCode()))
				.reduce((a, b) -> b).flatMap(v -> sets.find(code, v.version()))
				.or(() -> sets.find(code));
		}
		else {
			set = sets.find(code);
		}
		if (set.isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, version == null
					? messages.get("criteria.notFound", code)
					: messages.get("criteria.api.notFound.version", code, String.valueOf(version)));
			problem.setTitle(messages.get("criteria.api.notFound.title"));
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return ResponseEntity.ok(detail(set.get()));
	}

	@PostMapping(consumes = { "application/x-yaml", "application/yaml", MediaType.TEXT_PLAIN_VALUE })
	ResponseEntity<?> importText(@RequestBody String yaml) {
		return importYaml(yaml);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file) throws IOException {
		return importYaml(new String(file.getBytes(), StandardCharsets.UTF_8));
	}

	private ResponseEntity<?> importYaml(String yaml) {
		// a user who manages no province is refused before the file is judged, so a refusal never reads as a 422
		if (!managesAnyProvince()) {
			return forbidden(messages.get("criteria.api.forbidden"));
		}
		// read first: who may import depends on the province the file is for
		String province = CriteriaSetReader.read(yaml).get(0).set().provinceCode();
		if (!access.canManage(province)) {
			return forbidden(province == null ? messages.get("criteria.api.forbidden.national")
					: messages.get("criteria.api.forbidden.province", province));
		}
		CriteriaSet stored = sets.importYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
				access.currentUsername());
		return ResponseEntity
			.created(URI.create("/api/v1/criteria-sets/" + stored.code() + "?version=" + stored.version()))
			.body(detail(stored));
	}

	private boolean managesAnyProvince() {
		return access.readablePaths().stream().map(path -> path.split("/"))
			.anyMatch(parts -> parts.length == 0 || parts.length > 1 && access.canManage(parts[1]));
	}

	private ResponseEntity<ProblemDetail> forbidden(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
		problem.setTitle(messages.get("criteria.api.forbidden.title"));
		return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(CriteriaSetRejected.class)
	ResponseEntity<ProblemDetail> rejected(CriteriaSetRejected e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.get("criteria.import.rejected", String.valueOf(e.problems().size())));
		problem.setTitle(messages.get("criteria.api.rejected.title"));
		problem.setProperty("errors", e.problems().stream().map(messages::get).toList());
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<ProblemDetail> concurrent(DuplicateKeyException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.get("criteria.api.conflict"));
		problem.setTitle(messages.get("criteria.api.conflict.title"));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private Summary summary(CriteriaSet set) {
		Optional<CriteriaSetVersion> info = sets.versions(set.code()).stream()
			.filter(v -> v.version() == set.version()).findFirst();
		List<Threshold> thresholds = set.criteria().stream().flatMap(c -> c.indicators().stream())
			.flatMap(i -> i.thresholds().stream()).toList();
		return new Summary(set.code(), set.version(), set.nameVi(), set.nameEn(), lower(set.level()), lower(set.tier()),
				set.validFrom(), set.validTo(), set.legalBasis(), set.requiresSetCode(), set.provinceCode(),
				info.map(CriteriaSetVersion::documentNumber).orElse(null),
				info.map(CriteriaSetVersion::documentDate).orElse(null),
				info.map(CriteriaSetVersion::demo).orElse(false), set.criteria().size(), set.indicatorCount(),
				thresholds.size(), (int) thresholds.stream().filter(Threshold::known).count(),
				(int) thresholds.stream().filter(Threshold::verified).count(),
				(int) thresholds.stream().filter(Threshold::demo).count());
	}

	private Detail detail(CriteriaSet set) {
		return new Detail(summary(set), set.criteria().stream()
			.map(c -> new CriterionView(c.number(), c.group(), c.nameVi(), c.nameEn(),
					c.indicators().stream().map(CriteriaSetsApi::indicator).toList()))
			.toList());
	}

	private static IndicatorView indicator(Indicator i) {
		return new IndicatorView(i.code(), i.nameVi(), i.nameEn(), i.unit(), lower(i.valueType()),
				comparison(i.comparison()), i.choices(), i.unverified(), i.note(),
				i.thresholds().stream().map(t -> new ThresholdView(t.region() == null ? null : t.region().name(),
						t.year(), t.provinceCode(), t.value(), t.known(), t.source(), t.verified(), t.demo(),
						t.relativeTo(), t.communeGroup())).toList());
	}

	/** The words of the YAML format, so a set read here can be written back in it. */
	static String comparison(Comparison c) {
		return c == Comparison.EQUALS ? "none" : c.symbol();
	}

	private static String lower(Enum<?> e) {
		return e == null ? null : e.name().toLowerCase(java.util.Locale.ROOT);
	}
}
