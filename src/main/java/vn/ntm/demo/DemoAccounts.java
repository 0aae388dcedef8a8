package vn.ntm.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

import vn.ntm.identity.Accounts;
import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.organization.Organizations;
import vn.ntm.shared.platform.Messages;

/**
 * One account per role for Kon Tum, and the coordination office and leaders of today's Quảng Ngãi, all with {@code ntm.demo.password} (docs/demo-accounts.md). Runs after the
 * demo's organizations exist ({@link DemoOrganizations}).
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccounts implements ApplicationRunner {

	private final Accounts accounts;
	private final Organizations organizations;
	private final Messages messages;
	private final String password;

	DemoAccounts(Accounts accounts, Organizations organizations, Messages messages,
			@Value("${ntm.demo.password:demo12345}") String password) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.messages = messages;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		account("vpdp", new Grant(Role.COORDINATION_OFFICE, DemoLoader.PROVINCE));
		account("so-gtvt", department("so-gtvt"));
		account("so-yte", department("so-yte"));
		account("huyen-dakha", new Grant(Role.DISTRICT_OFFICER, "615"));
		account("xa-dakmar", new Grant(Role.COMMUNE_OFFICER, "23512"));
		account("lanhdao", new Grant(Role.LEADER, DemoLoader.PROVINCE));
		// the present: Kon Tum is part of Quảng Ngãi since 01/07/2025, whose officers answer for its history too
		account("vpdp-qn", new Grant(Role.COORDINATION_OFFICE, DemoLoader.PRESENT_PROVINCE));
		account("lanhdao-qn", new Grant(Role.LEADER, DemoLoader.PRESENT_PROVINCE));
		account(DemoOrganizations.SPONSOR, new Grant(Role.SPONSOR, organizationId(DemoOrganizations.SPONSOR)));
	}

	private Grant department(String shortCode) {
		return new Grant(Role.DEPARTMENT_OFFICER, organizationId(shortCode));
	}

	private String organizationId(String shortCode) {
		return organizations.findByShortCode(DemoLoader.PROVINCE, shortCode).map(o -> String.valueOf(o.id()))
			.orElse("");
	}

	private void account(String username, Grant grant) {
		accounts.provide(username, messages.get("demo.account." + username), password, List.of(grant));
	}
}
