package vn.ntm.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Organizations;
import vn.ntm.planning.Sponsorships;
import vn.ntm.shared.Money;
import vn.ntm.shared.platform.Messages;

/** Demo profile only: one invented sponsorship of the first Kon Tum sponsor for Đắk Ui (a commune it supports) in 2023, marked demo. */
@Component
@Profile("demo")
@Order(110)
class DemoSponsorship implements ApplicationRunner {

	static final String KON_TUM = "62";
	static final String DAK_UI = "23509";

	private final Sponsorships sponsorships;
	private final Organizations organizations;
	private final Messages messages;

	DemoSponsorship(Sponsorships sponsorships, Organizations organizations, Messages messages) {
		this.sponsorships = sponsorships;
		this.organizations = organizations;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		organizations.all(KON_TUM).stream().filter(o -> o.kind() == OrganizationKind.SPONSOR).findFirst()
			.ifPresent(sponsor -> sponsorships.recordDemo(sponsor.id(), DAK_UI, 2023, Money.dong(500_000_000L),
					Money.dong(320_000_000L), messages.vietnamese("demo.label")));
	}
}
