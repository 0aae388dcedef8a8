package vn.ntm.planning.internal;

import java.math.BigDecimal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile only: one invented sponsorship of the first Kon Tum sponsor for Đăk Mar in 2023, marked demo. */
@Component
@Profile("demo")
@Order(110)
class DemoSponsorship implements ApplicationRunner {

	private final PlanService plans;
	private final Departments departments;

	DemoSponsorship(PlanService plans, Departments departments) {
		this.plans = plans;
		this.departments = departments;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (plans.hasDemoSponsorship()) {
			return;
		}
		departments.sponsors("62").stream().findFirst().ifPresent(sponsor -> plans.recordSponsorship(
				sponsor.organizationId(), "23512", 2023, new BigDecimal("500000000"), new BigDecimal("320000000"),
				"Số liệu demo", true));
	}
}
