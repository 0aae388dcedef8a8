package vn.ntm.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ntm.planning.UnitNameMatch;
import vn.ntm.planning.UnitNameMatch.Candidate;

class NameMatchingTest {

	@Test
	void aHintInParenthesesAppliesToTheNamesBeforeItInItsGroup() {
		List<NameMatching.Name> names = NameMatching
			.split("Ngọc Bay, Đăk Bla, Đăk Rơ Wa (thành phố Kon Tum); Ngọc Tem (Kon Plông)\nxã Sa Loong");
		assertThat(names).containsExactly(new NameMatching.Name("Ngọc Bay", "thành phố Kon Tum"),
				new NameMatching.Name("Đăk Bla", "thành phố Kon Tum"),
				new NameMatching.Name("Đăk Rơ Wa", "thành phố Kon Tum"), new NameMatching.Name("Ngọc Tem", "Kon Plông"),
				new NameMatching.Name("Sa Loong", null, "xã"));
	}

	@Test
	void eachNameMayCarryItsOwnHintInACommaSeparatedList() {
		assertThat(NameMatching.split("Ngọk Réo, Đăk Pxy (Đăk Hà), Đăk Ang (Ngọc Hồi)"))
			.extracting(NameMatching.Name::query)
			.containsExactly("Ngọk Réo (Đăk Hà)", "Đăk Pxy (Đăk Hà)", "Đăk Ang (Ngọc Hồi)");
	}

	@Test
	void aThuocQualifierIsTheHintOfItsNameAndOfTheNamesBeforeItInItsGroup() {
		assertThat(NameMatching.split("xã Đăk Ang thuộc huyện Ngọc Hồi"))
			.containsExactly(new NameMatching.Name("Đăk Ang", "huyện Ngọc Hồi", "xã"));
		assertThat(NameMatching.split("Dự kiến: 03 xã: xã Đăk Ang, xã Đăk Kan và thị trấn Plei Kần thuộc huyện Ngọc Hồi;"
				+ " xã Đăk Hà thuộc huyện Tu Mơ Rông, …"))
			.extracting(NameMatching.Name::query)
			.containsExactly("xã Đăk Ang (huyện Ngọc Hồi)", "xã Đăk Kan (huyện Ngọc Hồi)",
					"thị trấn Plei Kần (huyện Ngọc Hồi)", "xã Đăk Hà (huyện Tu Mơ Rông)");
	}

	@Test
	void ocrDamagedTypeWordsAndGluedWordsAreRepairedBeforeSplitting() {
		assertThat(NameMatching.split("xãĐăk Ang, xd Đăk Kan, x3 Bờ Y, xa Sa Loong thuộc huyện Ng0c H6i"))
			.extracting(NameMatching.Name::query)
			.containsExactly("xã Đăk Ang (huyện Ngoc Hơi)", "xã Đăk Kan (huyện Ngoc Hơi)", "xã Bờ Y (huyện Ngoc Hơi)",
					"xã Sa Loong (huyện Ngoc Hơi)");
	}

	@Test
	void ocrDamagedDakIsAlsoTriedAsDak() {
		assertThat(NameMatching.spellings("Pak Ui")).containsExactly("Pak Ui", "Đăk Ui");
		assertThat(NameMatching.spellings("Ngoc Wang")).containsExactly("Ngoc Wang");
		assertThat(NameMatching.spellings("Pék Ang")).containsExactly("Pék Ang", "Đăk Ang");
		assertThat(NameMatching.spellings("Méng Buk")).containsExactly("Méng Buk", "Măng Buk");
	}

	@Test
	void onlyAClearLeaderIsAMatchAndWeakCandidatesAreNoMatch() {
		Candidate ui = new Candidate("23509", "Xã Đắk Ui", "615", "Huyện Đắk Hà", 1.0);
		Candidate other = new Candidate("1", "Xã Đắk Uy", "615", "Huyện Đắk Hà", 0.96);
		assertThat(NameMatching.match(new NameMatching.Name("Pak Ui", null),
				q -> q.equals("Đăk Ui") ? List.of(ui) : List.of()).status()).isEqualTo(UnitNameMatch.Status.MATCHED);
		assertThat(NameMatching.match(new NameMatching.Name("Dak Ui", null), q -> List.of(ui, other)).status())
			.isEqualTo(UnitNameMatch.Status.AMBIGUOUS);
		UnitNameMatch none = NameMatching.match(new NameMatching.Name("Xyz", null),
				q -> List.of(new Candidate("2", "Xã Xã", "615", "Huyện", 0.4)));
		assertThat(none.status()).isEqualTo(UnitNameMatch.Status.NO_MATCH);
		assertThat(none.best()).isNull();
		UnitNameMatch near = NameMatching.match(new NameMatching.Name("Hoàng Sa", null),
				q -> List.of(new Candidate("23398", "Xã Sa Loong", "611", "Huyện Ngọc Hồi", 0.75)));
		assertThat(near.status()).as("a weak candidate is shown, not matched").isEqualTo(UnitNameMatch.Status.NO_MATCH);
		assertThat(near.candidates()).extracting(Candidate::code).containsExactly("23398");
	}
}
