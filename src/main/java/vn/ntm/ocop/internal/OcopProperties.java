package vn.ntm.ocop.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param validityMonths     a certificate is valid this many months from its decision (Quyết định 148/QĐ-TTg: 36)
 * @param expiringWithinDays a certificate that lapses within this many days is counted and shown as expiring
 */
@ConfigurationProperties(prefix = "ntm.ocop")
public record OcopProperties(@DefaultValue("36") int validityMonths, @DefaultValue("90") int expiringWithinDays) {
}
