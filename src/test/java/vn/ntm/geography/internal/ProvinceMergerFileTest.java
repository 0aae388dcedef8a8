package vn.ntm.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * {@code province-merger-2025.csv} says which old provinces formed each new one. It is re-derived here from the unit
 * lists before and after the reform: a new commune reuses the code of one of its old communes, so the old province of
 * that code is one of the new province's former ones.
 */
class ProvinceMergerFileTest {

	@Test
	void everyOldProvinceWentIntoExactlyOneNewOneAsTheCommuneCodesShow() {
		List<String[]> before = ReferenceFiles.csv(ProvinceDataSets.COUNTRY_BEFORE);
		Map<String, String> parents = new HashMap<>();
		Map<String, String> levels = new HashMap<>();
		before.forEach(r -> {
			parents.put(r[0], r[4]);
			levels.put(r[0], r[3]);
		});
		Map<String, Set<String>> derived = new TreeMap<>();
		for (String[] r : ReferenceFiles.csv(ProvinceDataSets.COUNTRY_AFTER)) {
			if ("commune".equals(r[3]) && levels.containsKey(r[0])) {
				String old = r[0];
				while (!"province".equals(levels.get(old))) {
					old = parents.get(old);
				}
				derived.computeIfAbsent(r[4], k -> new TreeSet<>()).add(old);
			}
		}
		Map<String, Set<String>> declared = ReferenceFiles.csv(ProvinceDataSets.MERGER).stream()
			.collect(Collectors.groupingBy(r -> r[0], TreeMap::new, Collectors.mapping(r -> r[2], Collectors.toCollection(TreeSet::new))));

		assertThat(declared).isEqualTo(derived).hasSize(34);
		assertThat(declared.values().stream().mapToInt(Set::size).sum()).isEqualTo(63);
		assertThat(declared.get("51")).containsExactly("51", "62");
		assertThat(declared.get("79")).containsExactly("74", "77", "79");
	}

	@Test
	void aProvinceLoadsItsUnitsAfterTheReformAndItsOldProvincesUntilThen() {
		ProvinceDataSets files = new ProvinceDataSets();
		ProvinceDataSets.DataSet hcm = files.dataSet("79");
		assertThat(hcm.units().stream().filter(u -> u.validFrom().equals(ProvinceDataSets.REFORM)
				&& u.level().equals("commune"))).hasSize(168);
		assertThat(hcm.units().stream().filter(u -> u.level().equals("province")).map(ProvinceDataSets.Row::code))
			.containsExactlyInAnyOrder("79", "74", "77", "79");
		assertThat(hcm.lineage()).extracting(ProvinceDataSets.Link::oldCode).containsExactlyInAnyOrder("74", "77", "79");
		assertThat(hcm.files()).doesNotContain(ProvinceDataSets.HISTORY);

		ProvinceDataSets.DataSet quangNgai = files.dataSet("51");
		// Kon Tum's 102 communes (from the checked history) and old Quảng Ngãi's from the list of 01/03/2025
		assertThat(quangNgai.files()).contains(ProvinceDataSets.HISTORY, ProvinceDataSets.COUNTRY_BEFORE);
		assertThat(quangNgai.lineage()).filteredOn(l -> l.oldCode().length() == 5).hasSize(102);
	}
}
