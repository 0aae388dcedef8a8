package vn.ntm.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import vn.ntm.planning.DirectiveReading;
import vn.ntm.planning.UnitNameMatch;

class DirectiveReaderProperties {

	/** The damages OCR does to a commune name and to the word before it. */
	enum Damage {
		NONE, NO_DIACRITICS, DAK_AS_P, DAK_AS_B, DAK_AS_D, BREVE_AS_E, LINE_BREAK, TYPE_GLUED, TYPE_AS_X3;

		String apply(String type, String name) {
			String dak = name.replaceFirst("^Đ[ắă]k", switch (this) {
				case DAK_AS_P -> "Pak";
				case DAK_AS_B -> "Bak";
				case DAK_AS_D -> "Dak";
				case BREVE_AS_E -> "Đék";
				default -> "$0";
			});
			return switch (this) {
				case NO_DIACRITICS -> DirectiveTexts.withoutDiacritics(type + " " + name);
				case LINE_BREAK -> type + " " + name.replaceFirst(" ", "\n");
				case TYPE_GLUED -> type + name;
				case TYPE_AS_X3 -> (type.equals("xã") ? "x3" : type) + " " + name;
				default -> type + " " + dak;
			};
		}
	}

	@Provide
	Arbitrary<KonTumUnits.Unit> communes() {
		return Arbitraries.of(KonTumUnits.communes());
	}

	@Property
	void everyCommuneOfKonTumIsFoundWithItsDistrictHoweverOcrDamagedItsName(
			@ForAll("communes") KonTumUnits.Unit commune, @ForAll Damage damage) {
		String type = commune.type().toLowerCase();
		String name = commune.name().substring(commune.type().length() + 1);
		String district = KonTumUnits.unit(commune.parentCode()).name();
		String text = "Phấn đấu có thêm 01 xã (Dự kiến: " + damage.apply(type, name) + " thuộc " + district
				+ ") đạt chuẩn nông thôn mới.";
		DirectiveReading reading = DirectiveReader.read(text, KonTumUnits::match);
		UnitNameMatch match = reading.targets().getFirst().names().getFirst();
		assertThat(match.status()).as(text).isEqualTo(UnitNameMatch.Status.MATCHED);
		assertThat(match.best().code()).as(text).isEqualTo(commune.code());
	}

	@Property
	void theShadowOfAnyTextHasItsLength(@ForAll String text) {
		assertThat(DirectiveText.shadow(text)).hasSameSizeAs(text);
	}

	@Property
	void aDeadlineReadsAlikeInWordsAndInDigits(@ForAll @IntRange(min = 2000, max = 2040) int year,
			@ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day) {
		LocalDate date = LocalDate.of(year, month, day);
		String words = "Hoàn thành trước ngày " + day + " tháng " + month + " năm " + year + ".";
		String digits = "báo cáo UBND tỉnh trước ngày " + day + "/" + month + "/" + year;
		assertThat(DirectiveDates.deadline(DirectiveText.shadow(words))).contains(date);
		assertThat(DirectiveDates.deadline(DirectiveText.shadow(digits))).contains(date);
	}
}
