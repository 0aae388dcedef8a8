package vn.ntm.geography;

import java.util.List;

/**
 * Published when a system admin adds a province to the install (after its units are stored, in the same transaction):
 * modules holding reference data per province (the directives' plans) load theirs.
 *
 * @param formerProvinces the old provinces that formed it, whose reference data belongs to it too (62 for 51)
 */
public record ProvinceServed(String provinceCode, List<String> formerProvinces) {

	public ProvinceServed {
		formerProvinces = List.copyOf(formerProvinces);
	}
}
