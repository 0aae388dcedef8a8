package vn.ntm.organization.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.SupportAssignment;
import vn.ntm.organization.SupportRole;

/** Demo profile only: a made-up sponsor of Đắk Ui (23509) and Ngok Wang (23515), Đắk Hà district, in 2023. */
@Component
@Profile("demo")
@Order(10)
class DemoSponsor implements ApplicationRunner {

	static final String SHORT_CODE = "dodau-demo";

	private final JdbcOrganizations organizations;

	DemoSponsor(JdbcOrganizations organizations) {
		this.organizations = organizations;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (organizations.findByShortCode("62", SHORT_CODE).isPresent()) {
			return;
		}
		long id = organizations.create(new Organization(0, "62", OrganizationKind.SPONSOR,
				"Doanh nghiệp đỡ đầu (demo)", SHORT_CODE, null, false, true, 0));
		for (String commune : new String[] { "23509", "23515" }) {
			organizations.addSupportAssignment(new SupportAssignment(0, id, commune, 2023, SupportRole.SPONSOR));
		}
	}
}
