package vn.ntm.geography.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ntm.province}: the provinces (codes after the 2025 reform) this install serves from the start, e.g. {@code 42},
 * {@code 42,51}, or {@code all} for a national install. Empty: a system admin chooses on the first-run page.
 */
@ConfigurationProperties(prefix = "ntm")
public record InstallationProperties(List<String> province) {

	public InstallationProperties {
		province = province == null ? List.of()
				: province.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
