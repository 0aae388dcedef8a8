package vn.ntm.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.criteria.CriteriaSets;
import vn.ntm.geography.CommuneGroups;

/**
 * The demo's 2026–2030 set for the new province 51: illustrative indicators with thresholds by commune group,
 * every one flagged demo ({@code demo/criteria-2026-2030-demo.yaml}), and illustrative commune groups
 * ({@code demo/commune-groups-51.csv}: the Kon Tum area communes mostly N3). No values: the demo's 2026 figures
 * are entered elsewhere. Loaded once; a restart finds them and skips.
 */
@Component
@Profile("demo")
@Order(110)
class DemoCriteria2026 implements ApplicationRunner {

	static final String PROVINCE = "51";
	static final String SET = "xa-ntm-2026-2030";
	private static final Logger log = LoggerFactory.getLogger(DemoCriteria2026.class);

	private final CriteriaSets criteriaSets;
	private final CommuneGroups groups;
	private final TransactionTemplate transactions;

	DemoCriteria2026(CriteriaSets criteriaSets, CommuneGroups groups, TransactionTemplate transactions) {
		this.criteriaSets = criteriaSets;
		this.groups = groups;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (criteriaSets.find(SET).isEmpty()) {
			return;
		}
		AsDemoLoader.run(transactions, this::load);
	}

	private void load() {
		if (criteriaSets.versions(SET).stream().noneMatch(v -> v.demo() && PROVINCE.equals(v.provinceCode()))) {
			try (InputStream in = resource("/demo/criteria-2026-2030-demo.yaml")) {
				criteriaSets.importYaml(in, DemoLoader.SOURCE);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			log.info("Demo 2026-2030 indicators of province 51 loaded (illustrative, flagged demo)");
		}
		if (groups.ofProvince(PROVINCE).isEmpty()) {
			List<CommuneGroups.Entry> entries = new ArrayList<>();
			for (String line : text("/demo/commune-groups-51.csv").split("\n")) {
				String[] cells = line.strip().split(",");
				if (line.startsWith("#") || cells.length < 2 || cells[0].equals("code")) {
					continue;
				}
				entries.add(new CommuneGroups.Entry(entries.size() + 1, cells[0], null, cells[1],
						DemoTexts.get("groups.valid-from"), DemoTexts.get("groups.document")));
			}
			groups.record(PROVINCE, entries, DemoLoader.SOURCE);
			log.info("Demo commune groups of province 51 recorded for {} communes (illustrative)", entries.size());
		}
	}

	private static InputStream resource(String path) {
		InputStream in = DemoCriteria2026.class.getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException(path + " is missing");
		}
		return in;
	}

	private static String text(String path) {
		try (InputStream in = resource(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
