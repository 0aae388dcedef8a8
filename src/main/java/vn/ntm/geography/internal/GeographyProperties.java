package vn.ntm.geography.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param loadNational also load every other province's pre-reform units from vietnam-2025-03.csv */
@ConfigurationProperties(prefix = "ntm.geography")
public record GeographyProperties(boolean loadNational) {
}
