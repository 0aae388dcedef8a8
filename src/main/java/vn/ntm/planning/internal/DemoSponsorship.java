package vn.ntm.planning.internal;

import java.math.BigDecimal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile only: one invented sponsorship of the first Kon Tum sponsor for Đắk Ui (a commune it supports) in 2023, marked demo. */
@Component
@Profile("demo")
@Order(110)
class DemoSponsorship implements ApplicationRunner {

	private final SponsorshipService sponsorships;
	private final Departments departments;

	DemoSponsorship(SponsorshipService sponsorships, Departments departments) {
		this.sponsorships = sponsorships;
		this.departments = departments;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (sponsorships.hasDemo()) {
			return;
		}
		departments.sponsors("62").stream().findFirst().ifPresent(sponsor -> sponsorships.recordDemo(
				sponsor.organizationId(), "23509", 2023, new BigDecimal("500000000"), new BigDecimal("320000000"),
				"Số liệu demo"));
	}
}
