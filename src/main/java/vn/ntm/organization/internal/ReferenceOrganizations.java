package vn.ntm.organization.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.organization.OrganizationKind;

/**
 * A province's usual organizations and who answers for which criterion, shipped as reference data in
 * {@code reference/organizations/<province>.csv}, every row marked "to confirm" until the province edits it. Loading
 * adds only what is missing (by short code, and by criterion), so it may run again; the configured provinces
 * ({@code ntm.organization.reference-provinces}) are loaded at start. Rows are written as shipped data, like units, so
 * they make no audit entries: nobody changed anything.
 */
@Component
@Order(5)
class ReferenceOrganizations implements ApplicationRunner {

	private final JdbcClient jdbc;
	private final OrganizationProperties properties;

	ReferenceOrganizations(JdbcClient jdbc, OrganizationProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	record Row(String shortCode, OrganizationKind kind, String name, String unitCode, String setCode,
			List<Integer> leads, List<Integer> supports) {
	}

	@Override
	public void run(ApplicationArguments args) {
		properties.referenceProvinces().forEach(this::load);
	}

	/** @throws IllegalArgumentException when no reference file exists for the province */
	@Transactional
	public void load(String provinceCode) {
		List<Row> rows = read(provinceCode);
		Map<String, Long> ids = new LinkedHashMap<>();
		for (Row r : rows) {
			ids.put(r.shortCode(), jdbc.sql("SELECT id FROM organization_organization WHERE province_code = ? "
					+ "AND short_code = ?").params(provinceCode, r.shortCode()).query(Long.class).optional()
				.orElseGet(() -> insert(provinceCode, r)));
		}
		// criterion number -> lead and supporting organizations, per criteria set
		Map<String, Map<Integer, Long>> leads = new TreeMap<>();
		Map<String, Map<Integer, TreeSet<Long>>> supports = new TreeMap<>();
		for (Row r : rows) {
			r.leads().forEach(n -> leads.computeIfAbsent(r.setCode(), s -> new TreeMap<>()).put(n, ids.get(r.shortCode())));
			r.supports().forEach(n -> supports.computeIfAbsent(r.setCode(), s -> new TreeMap<>())
				.computeIfAbsent(n, k -> new TreeSet<>()).add(ids.get(r.shortCode())));
		}
		leads.forEach((set, byCriterion) -> byCriterion.forEach((criterion, lead) -> {
			boolean exists = jdbc.sql("""
					SELECT COUNT(*) FROM organization_criterion_assignment
					WHERE province_code = ? AND set_code = ? AND criterion_number = ? AND indicator_code IS NULL
					""").params(provinceCode, set, criterion).query(Long.class).single() > 0;
			if (!exists) {
				var keys = new GeneratedKeyHolder();
				jdbc.sql("""
						INSERT INTO organization_criterion_assignment
						  (province_code, set_code, criterion_number, lead_organization_id, status)
						VALUES (?, ?, ?, ?, 'TO_CONFIRM')
						""").params(provinceCode, set, criterion, lead).update(keys, "id");
				long id = keys.getKey().longValue();
				for (long supporting : supports.getOrDefault(set, Map.of()).getOrDefault(criterion, new TreeSet<>())) {
					jdbc.sql("INSERT INTO organization_criterion_support (assignment_id, organization_id) VALUES (?, ?)")
						.params(id, supporting).update();
				}
			}
		}));
	}

	private long insert(String provinceCode, Row r) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO organization_organization (province_code, kind, name, short_code, unit_code, to_confirm)
				VALUES (?, ?, ?, ?, ?, TRUE)
				""").params(provinceCode, r.kind().name(), r.name(), r.shortCode(), r.unitCode()).update(keys, "id");
		return keys.getKey().longValue();
	}

	static List<Row> read(String provinceCode) {
		if (!provinceCode.matches("\\d{1,3}")) {
			throw new IllegalArgumentException(provinceCode);
		}
		var resource = new ClassPathResource("reference/organizations/" + provinceCode + ".csv");
		if (!resource.exists()) {
			throw new IllegalArgumentException("no reference organizations for province " + provinceCode);
		}
		List<Row> rows = new ArrayList<>();
		try (var in = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			boolean header = true;
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				String[] f = line.split(";", -1);
				rows.add(new Row(f[0].strip(), OrganizationKind.valueOf(f[1].strip()), f[2].strip(),
						f[3].isBlank() ? null : f[3].strip(), f[4].strip(), numbers(f[5]), numbers(f[6])));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

	private static List<Integer> numbers(String field) {
		return field.isBlank() ? List.of() : Arrays.stream(field.strip().split("\\s+")).map(Integer::valueOf).toList();
	}
}
