package vn.ntm.geography.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.geography.Installation;
import vn.ntm.geography.InstallationRefused;
import vn.ntm.geography.ProvinceServed;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;

/**
 * The served provinces: those of {@code ntm.province} are recorded at start, those a system admin adds on the
 * first-run page when added; at every start each served province's units are loaded where missing or out of date
 * (before the modules that need units: organizations, the demo).
 */
@Component
@Order(10)
class ServedProvinces implements Installation, ApplicationRunner {

	static final String EVERY_PROVINCE = "all";
	private static final String BY_CONFIGURATION = "ntm.province";

	private final JdbcClient jdbc;
	private final ReferenceLoader loader;
	private final InstallationProperties installation;
	private final GeographyProperties geography;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ServedProvinces(JdbcClient jdbc, ReferenceLoader loader, InstallationProperties installation,
			GeographyProperties geography, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.loader = loader;
		this.installation = installation;
		this.geography = geography;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		ProvinceDataSets files = new ProvinceDataSets();
		Map<String, String> provinces = files.provincesAfterReform();
		Set<String> configured = new TreeSet<>();
		for (String code : installation.province()) {
			if (code.equalsIgnoreCase(EVERY_PROVINCE)) {
				configured.addAll(provinces.keySet());
			}
			else if (provinces.containsKey(code)) {
				configured.add(code);
			}
			else {
				throw new IllegalStateException("ntm.province: " + code + " is not a province after 01/07/2025"
						+ merged(files, code) + "; the codes are " + String.join(", ", provinces.keySet()));
			}
		}
		if (geography.loadNational()) {
			configured.addAll(provinces.keySet());
		}
		configured.addAll(heldByAnEarlierRelease(provinces.keySet()));
		configured.forEach(code -> record(code, BY_CONFIGURATION));
		loader.load(servedProvinces());
	}

	@Override
	public List<String> servedProvinces() {
		return jdbc.sql("SELECT code FROM geography_served_province ORDER BY code").query(String.class).list();
	}

	@Override
	public List<ProvinceOption> provinces() {
		ProvinceDataSets files = new ProvinceDataSets();
		Set<String> served = Set.copyOf(servedProvinces());
		Map<String, String> oldNames = files.oldProvinceNames();
		Map<String, Integer> communes = files.communesAfterReform();
		return files.provincesAfterReform().entrySet().stream()
			.map(p -> new ProvinceOption(p.getKey(), p.getValue(),
					files.formerProvinces(p.getKey()).stream().map(oldNames::get).toList(),
					communes.getOrDefault(p.getKey(), 0), served.contains(p.getKey())))
			.toList();
	}

	@Override
	@Transactional
	public void serve(Collection<String> provinceCodes) {
		ProvinceDataSets files = new ProvinceDataSets();
		Map<String, String> provinces = files.provincesAfterReform();
		List<Message> problems = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();
		for (String code : provinceCodes) {
			if (provinces.containsKey(code.strip())) {
				codes.add(code.strip());
			}
			else {
				String old = code.strip();
				problems.add(provinces.keySet().stream().filter(p -> files.formerProvinces(p).contains(old)).findFirst()
					.map(p -> Message.of("geography.setup.merged-province", old, files.oldProvinceNames().get(old),
							provinces.get(p), p))
					.orElse(Message.of("geography.setup.unknown-province", old)));
			}
		}
		if (codes.isEmpty() && problems.isEmpty()) {
			problems.add(Message.of("geography.setup.none-chosen"));
		}
		if (!problems.isEmpty()) {
			throw new InstallationRefused(problems);
		}
		Set<String> already = Set.copyOf(servedProvinces());
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		String by = user == null ? BY_CONFIGURATION : user.getName();
		for (String code : codes) {
			if (!already.contains(code)) {
				record(code, by);
				events.publishEvent(new AuditEvent("served-province", code, "create", null, provinces.get(code), code));
			}
		}
		loader.load(servedProvinces());
		codes.stream().filter(code -> !already.contains(code))
			.forEach(code -> events.publishEvent(new ProvinceServed(code, files.formerProvinces(code))));
	}

	private void record(String code, String by) {
		jdbc.sql("""
				INSERT INTO geography_served_province (code, set_up_at, set_up_by)
				SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM geography_served_province WHERE code = ?)""")
			.params(code, Timestamp.from(clock.instant()), by, code)
			.update();
	}

	/**
	 * An install of a release before served provinces held Kon Tum and Hà Tĩnh (data set "seed") and perhaps every
	 * other province ("national"): it goes on serving them (62 is now part of 51).
	 */
	private Set<String> heldByAnEarlierRelease(Set<String> provinces) {
		List<String> sets = jdbc.sql("SELECT dataset FROM geography_reference_load WHERE dataset IN ('seed', 'national')")
			.query(String.class).list();
		Set<String> held = new TreeSet<>();
		if (sets.contains("seed")) {
			held.addAll(new ProvinceDataSets().provincesWithOwnFile());
		}
		if (sets.contains("national")) {
			held.addAll(provinces);
		}
		return held;
	}

	private static String merged(ProvinceDataSets files, String code) {
		return files.provincesAfterReform().keySet().stream()
			.filter(p -> files.formerProvinces(p).contains(code))
			.findFirst()
			.map(p -> " (" + code + " is part of " + p + " since then)")
			.orElse("");
	}
}
