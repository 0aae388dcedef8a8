package vn.ntm.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param adminPassword when set (NTM_BOOTSTRAP_ADMIN_PASSWORD), the {@code admin} account exists with it */
@ConfigurationProperties("ntm.bootstrap")
public record BootstrapProperties(String adminPassword) {
}
