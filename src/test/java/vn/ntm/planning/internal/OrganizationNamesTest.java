package vn.ntm.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.planning.OrganizationMatch;
import vn.ntm.planning.UnitNameMatch.Status;

/** Organizations as directives name them, matched against Kon Tum's (names as the reference list writes them). */
class OrganizationNamesTest {

	static final List<Organization> KON_TUM = List.of(
			org(1, OrganizationKind.COORDINATION_OFFICE, "Văn phòng Điều phối NTM tỉnh Kon Tum", null),
			org(2, OrganizationKind.DEPARTMENT, "Sở Nông nghiệp và Phát triển nông thôn", null),
			org(3, OrganizationKind.DEPARTMENT, "Sở Tài nguyên và Môi trường", null),
			org(4, OrganizationKind.DEPARTMENT, "Sở Giao thông vận tải", null),
			org(5, OrganizationKind.DEPARTMENT, "Sở Giáo dục và Đào tạo", null),
			org(6, OrganizationKind.DEPARTMENT, "Sở Kế hoạch và Đầu tư", null),
			org(7, OrganizationKind.DEPARTMENT, "Sở Lao động - Thương binh và Xã hội", null),
			org(8, OrganizationKind.DEPARTMENT, "Cục Thống kê tỉnh Kon Tum", null),
			org(9, OrganizationKind.DEPARTMENT, "Sở Văn hóa, Thể thao và Du lịch", null),
			org(10, OrganizationKind.DISTRICT_COMMITTEE, "Ủy ban nhân dân Huyện Đắk Hà", "615"),
			org(11, OrganizationKind.DISTRICT_COMMITTEE, "Ủy ban nhân dân Huyện Đắk Glei", "610"),
			org(12, OrganizationKind.DISTRICT_COMMITTEE, "Ủy ban nhân dân Thành phố Kon Tum", "608"),
			org(13, OrganizationKind.SPONSOR, "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", null));

	static Organization org(long id, OrganizationKind kind, String name, String unit) {
		return new Organization(id, "62", kind, name, "o" + id, unit, false, false, 0);
	}

	static OrganizationMatch match(String text) {
		return OrganizationNames.match(text, KON_TUM);
	}

	@Test
	void theDepartmentOfAgricultureIsFoundHoweverTheDirectiveAbbreviatesIt() {
		for (String name : List.of("Sở Nông nghiệp và PTNT", "Sở NN&PTNT", "Sở NN và PTNT",
				"Sở Nông nghiệp và Phát triển nông thôn", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
				"So Nong nghiep va PTNT", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum")) {
			OrganizationMatch m = match(name);
			assertThat(m.status()).as(name).isEqualTo(Status.MATCHED);
			assertThat(m.proposed().organizationIds()).as(name).containsExactly(2L);
		}
	}

	@Test
	void otherDepartmentsByTheirUsualAbbreviations() {
		assertThat(match("Sở KH&ĐT").proposed().organizationIds()).containsExactly(6L);
		assertThat(match("Sở GD&ĐT").proposed().organizationIds()).containsExactly(5L);
		assertThat(match("Sở TN&MT").proposed().organizationIds()).containsExactly(3L);
		assertThat(match("Sở GTVT").proposed().organizationIds()).containsExactly(4L);
		assertThat(match("Sở LĐ-TB&XH").proposed().organizationIds()).containsExactly(7L);
		assertThat(match("Sở VH, TT&DL").proposed().organizationIds()).containsExactly(9L);
		assertThat(match("Cục Thống kê tỉnh").proposed().organizationIds()).containsExactly(8L);
		assertThat(match("Văn phòng Điều phối nông thôn mới tỉnh").proposed().organizationIds()).containsExactly(1L);
	}

	@Test
	void aDistrictCommitteeByItsDistrictAndAllOfThemByTheCollectiveName() {
		assertThat(match("UBND huyện Đăk Hà").proposed().organizationIds()).containsExactly(10L);
		assertThat(match("Ủy ban nhân dân thành phố Kon Tum").proposed().organizationIds()).containsExactly(12L);
		for (String name : List.of("UBND các huyện, thành phố", "UBND các huyện", "các huyện", "Chủ tịch UBND các huyện, thành phố")) {
			OrganizationMatch m = match(name);
			assertThat(m.status()).as(name).isEqualTo(Status.MATCHED);
			assertThat(m.proposed().organizationIds()).as(name).containsExactly(10L, 11L, 12L);
		}
	}

	@Test
	void anOrganizationTheProvinceDoesNotHaveIsReportedNotProposed() {
		// Kon Tum's list has no Sở Tài chính: "Sở Tài nguyên và Môi trường" shares two words of five, not enough
		OrganizationMatch finance = match("Sở Tài chính");
		assertThat(finance.status()).isEqualTo(Status.NO_MATCH);
		assertThat(finance.proposed()).isNull();
		assertThat(match("UBND tỉnh").proposed()).isNull();
		assertThat(match("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh").proposed()).isNull();
	}

	@Test
	void aMergedDepartmentsNameIsOnlyAnAlternative() {
		OrganizationMatch m = match("Sở Nông nghiệp và Môi trường");
		assertThat(m.status()).isNotEqualTo(Status.MATCHED);
		assertThat(m.proposed()).isNull();
	}
}
