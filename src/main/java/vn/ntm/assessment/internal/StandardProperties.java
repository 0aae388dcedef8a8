package vn.ntm.assessment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param monthsBelow a recognised commune below a criterion for this many months or more is listed as "long below",
 *                    where the province's review of revocation starts (ntm.standard.months-below)
 */
@ConfigurationProperties(prefix = "ntm.standard")
public record StandardProperties(@DefaultValue("6") int monthsBelow) {
}
