package vn.ntm.organization.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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
 * they make no audit entries: nobody changed anything. Columns after {@code supporting_criteria}: {@code valid_from},
 * {@code valid_to} (ISO dates, empty when open) and {@code successors} (short codes separated by spaces, {@code 51/code}
 * for another province).
 */
@Component
@Order(5)
class ReferenceOrganizations implements ApplicationRunner {

	private final JdbcClient jdbc;
	private final OrganizationProperties properties;
	private final Successions successions;

	ReferenceOrganizations(JdbcClient jdbc, OrganizationProperties properties, Successions successions) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.successions = successions;
	}

	record Row(String shortCode, OrganizationKind kind, String name, String unitCode, String setCode,
			List<Integer> leads, List<Integer> supports, LocalDate validFrom, LocalDate validTo,
			List<String> successors) {
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
				.map(id -> datedIfUntouched(id, r))
				.orElseGet(() -> insert(provinceCode, r)));
		}
		linkSuccessors();
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
				INSERT INTO organization_organization
				  (province_code, kind, name, short_code, unit_code, to_confirm, valid_from, valid_to)
				VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)
				""").params(provinceCode, r.kind().name(), r.name(), r.shortCode(), r.unitCode(), r.validFrom(),
				r.validTo()).update(keys, "id");
		return keys.getKey().longValue();
	}

	/** A row loaded before validity was recorded, and never edited since, gets the reference's dates. */
	private long datedIfUntouched(long id, Row r) {
		if (r.validFrom() != null || r.validTo() != null) {
			jdbc.sql("""
					UPDATE organization_organization SET valid_from = ?, valid_to = ?
					WHERE id = ? AND version = 0 AND to_confirm = TRUE AND valid_from IS NULL AND valid_to IS NULL
					""").params(r.validFrom(), r.validTo(), id).update();
		}
		return id;
	}

	/**
	 * Links the successors named in every province's reference file where both ends are recorded and the
	 * predecessor has no successor yet, so Kon Tum (62) and the new Quảng Ngãi (51) link whichever loads first.
	 */
	private void linkSuccessors() {
		for (String province : referenceProvinces()) {
			for (Row r : read(province)) {
				if (r.successors().isEmpty() || r.validTo() == null) {
					continue;
				}
				Optional<Long> predecessor = idOf(province, r.shortCode());
				if (predecessor.isEmpty() || !successions.successors(predecessor.get()).isEmpty()) {
					continue;
				}
				for (String successor : r.successors()) {
					int slash = successor.indexOf('/');
					idOf(slash < 0 ? province : successor.substring(0, slash), successor.substring(slash + 1))
						.filter(id -> !successions.reaches(id, predecessor.get()))
						.ifPresent(id -> successions.link(predecessor.get(), id, r.validTo().plusDays(1)));
				}
			}
		}
	}

	private Optional<Long> idOf(String province, String shortCode) {
		return jdbc.sql("SELECT id FROM organization_organization WHERE province_code = ? AND short_code = ?")
			.params(province, shortCode).query(Long.class).optional();
	}

	private static List<String> referenceProvinces() {
		try {
			List<String> provinces = new ArrayList<>();
			for (var file : new PathMatchingResourcePatternResolver().getResources(
					"classpath:reference/organizations/*.csv")) {
				String name = file.getFilename();
				if (name != null && name.matches("\\d{1,3}\\.csv")) {
					provinces.add(name.substring(0, name.length() - 4));
				}
			}
			return provinces;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
						f[3].isBlank() ? null : f[3].strip(), f[4].strip(), numbers(f[5]), numbers(f[6]), date(f, 7),
						date(f, 8), f.length > 9 && !f[9].isBlank() ? List.of(f[9].strip().split("\\s+")) : List.of()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

	private static LocalDate date(String[] fields, int index) {
		return fields.length > index && !fields[index].isBlank() ? LocalDate.parse(fields[index].strip()) : null;
	}

	private static List<Integer> numbers(String field) {
		return field.isBlank() ? List.of() : Arrays.stream(field.strip().split("\\s+")).map(Integer::valueOf).toList();
	}
}
