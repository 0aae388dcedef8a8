package vn.ntm.criteria;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CriteriaMessagesTest {

	static Properties bundle(String name) throws IOException {
		Properties p = new Properties();
		try (var in = new InputStreamReader(CriteriaMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties"),
				StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}

	@Test
	void everyKeyIsInEveryLocaleAndTheDefaultIsVietnamese() throws IOException {
		Properties vi = bundle("criteria_vi");
		assertThat(bundle("criteria_en").keySet()).isEqualTo(vi.keySet());
		assertThat(bundle("criteria")).isEqualTo(vi);
		assertThat(vi.keySet()).allMatch(k -> k.toString().startsWith("criteria."));
	}

	@Test
	void everyStatusTierLevelValueTypeAndComparisonHasAName() throws IOException {
		Properties vi = bundle("criteria_vi");
		Stream.of(IndicatorStatus.values()).forEach(s -> assertThat(vi).containsKey("criteria.status." + s.name()));
		Stream.of(Tier.values()).forEach(s -> assertThat(vi).containsKey("criteria.tier." + s.name()));
		Stream.of(SetLevel.values()).forEach(s -> assertThat(vi).containsKey("criteria.level." + s.name()));
		Stream.of(ValueType.values()).forEach(s -> assertThat(vi).containsKey("criteria.valueType." + s.name()));
		Stream.of(Comparison.values()).forEach(s -> assertThat(vi).containsKey("criteria.comparison." + s.name()));
		assertThat(vi.getProperty("criteria.status.THRESHOLD_UNKNOWN")).isEqualTo("Chưa rõ ngưỡng");
		assertThat(vi.getProperty("criteria.tier.STANDARD")).isEqualTo("Đạt chuẩn NTM");
		assertThat(vi.getProperty("criteria.threshold.demo")).isEqualTo("Ngưỡng minh họa (demo)");
		assertThat(vi.getProperty("criteria.threshold.unverified")).isEqualTo("Chưa kiểm chứng");
	}
}
