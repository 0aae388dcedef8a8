package vn.ntm.geography.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param loadNational serve every province (the national install), as {@code ntm.province=all} does */
@ConfigurationProperties(prefix = "ntm.geography")
public record GeographyProperties(boolean loadNational) {
}
