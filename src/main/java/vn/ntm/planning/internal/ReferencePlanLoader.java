package vn.ntm.planning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ntm.geography.Geography;
import vn.ntm.geography.ProvinceServed;

/**
 * Loads the reference plans of {@code classpath:planning/*.yaml} at start; a file whose version is loaded is skipped,
 * and so is the plan of a province the install does not hold (Kon Tum's plans come with the new Quảng Ngãi).
 */
@Component
@Order(30)
class ReferencePlanLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferencePlanLoader.class);

	private final EditPlan plans;
	private final Geography geography;

	ReferencePlanLoader(EditPlan plans, Geography geography) {
		this.plans = plans;
		this.geography = geography;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		load(province -> !geography.versions(province).isEmpty());
	}

	/** A province added on the first-run page: its plans and those of the old provinces that formed it. */
	@ApplicationModuleListener
	void provinceServed(ProvinceServed served) throws IOException {
		load(province -> province.equals(served.provinceCode()) || served.formerProvinces().contains(province));
	}

	private void load(Predicate<String> held) throws IOException {
		for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:planning/*.yaml")) {
			try (InputStream in = r.getInputStream()) {
				ReferencePlanFile.Loaded plan = ReferencePlanFile.read(in);
				if (held.test(plan.plan().provinceCode()) && plans.loadReference(plan)) {
					log.info("Loaded reference plan {}", r.getFilename());
				}
			}
		}
	}
}
