package vn.ntm.emulation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import vn.ntm.emulation.MeasureRule;
import vn.ntm.emulation.Scorecard;
import vn.ntm.emulation.Scorecard.Criterion;
import vn.ntm.emulation.Scorecard.LegalBasis;
import vn.ntm.emulation.Scorecard.UnitKind;

/**
 * The scorecards, one YAML file per province, year, kind and version under {@code emulation/scorecards/}, read once at
 * start. A file missing a rule, points or a legal basis stops the start, naming the file and the criterion.
 */
@Component
class ScorecardFiles {

	private final List<Scorecard> scorecards;

	ScorecardFiles() {
		this(read("classpath*:emulation/scorecards/*.yml"));
	}

	ScorecardFiles(List<Scorecard> scorecards) {
		this.scorecards = List.copyOf(scorecards);
	}

	/** The latest version of the province's scorecard for the year and kind. */
	Optional<Scorecard> latest(String provinceCode, int year, UnitKind kind) {
		return scorecards.stream()
			.filter(s -> s.provinceCode().equals(provinceCode) && s.year() == year && s.kind() == kind)
			.max(Comparator.comparingInt(Scorecard::version));
	}

	private static List<Scorecard> read(String pattern) {
		try {
			List<Scorecard> all = new ArrayList<>();
			for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				try (InputStream in = r.getInputStream()) {
					all.add(parse(r.getFilename(), new Yaml(new SafeConstructor(new LoaderOptions())).load(in)));
				}
			}
			return all;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@SuppressWarnings("unchecked")
	static Scorecard parse(String file, Map<String, Object> yaml) {
		List<Criterion> criteria = new ArrayList<>();
		for (Map<String, Object> c : (List<Map<String, Object>>) required(file, "criteria", yaml.get("criteria"))) {
			String code = String.valueOf(required(file, "code", c.get("code")));
			String where = file + " " + code;
			int points = ((Number) required(where, "points", c.get("points"))).intValue();
			if (points <= 0) {
				throw new IllegalStateException(where + ": points must be positive");
			}
			criteria.add(new Criterion(code, String.valueOf(required(where, "name", c.get("name"))), points,
					MeasureRule.valueOf(String.valueOf(required(where, "rule", c.get("rule")))),
					basis(where, c.get("legal_basis"))));
		}
		return new Scorecard(String.valueOf(required(file, "province", yaml.get("province"))),
				((Number) required(file, "year", yaml.get("year"))).intValue(),
				UnitKind.valueOf(String.valueOf(required(file, "kind", yaml.get("kind")))),
				((Number) required(file, "version", yaml.get("version"))).intValue(), basis(file, yaml.get("legal_basis")),
				criteria);
	}

	@SuppressWarnings("unchecked")
	private static LegalBasis basis(String where, Object value) {
		Map<String, Object> b = (Map<String, Object>) required(where, "legal_basis", value);
		return new LegalBasis(String.valueOf(required(where, "legal_basis.text", b.get("text"))),
				Boolean.TRUE.equals(b.get("verified")));
	}

	private static Object required(String where, String field, Object value) {
		if (value == null || value.toString().isBlank()) {
			throw new IllegalStateException(where + ": " + field + " is missing");
		}
		return value;
	}
}
