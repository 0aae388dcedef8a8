package vn.ntm.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Organizations;
import vn.ntm.organization.SupportAssignment;
import vn.ntm.organization.SupportRole;
import vn.ntm.shared.platform.Messages;

/**
 * Kon Tum's departments, coordination office and People's Committees from the reference data, and a made-up sponsor
 * of Đắk Ui (23509) and Ngok Wang (23515), Đắk Hà district, in 2023. Runs before the demo accounts, which hold roles in
 * these organizations.
 */
@Component
@Profile("demo")
@Order(10)
class DemoOrganizations implements ApplicationRunner {

	static final String SPONSOR = "dodau-demo";

	private final Organizations organizations;
	private final Messages messages;

	DemoOrganizations(Organizations organizations, Messages messages) {
		this.organizations = organizations;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		organizations.loadReference(DemoLoader.PROVINCE);
		// the new Quảng Ngãi (51), which Kon Tum joined on 1 July 2025: its departments succeed Kon Tum's
		organizations.loadReference("51");
		if (organizations.findByShortCode(DemoLoader.PROVINCE, SPONSOR).isPresent()) {
			return;
		}
		long id = organizations.create(new Organization(0, DemoLoader.PROVINCE, OrganizationKind.SPONSOR,
				messages.get("demo.account." + SPONSOR), SPONSOR, null, false, true, 0));
		for (String commune : new String[] { "23509", "23515" }) {
			organizations.addSupportAssignment(new SupportAssignment(0, id, commune, 2023, SupportRole.SPONSOR));
		}
	}
}
