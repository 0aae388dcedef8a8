package vn.ntm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

	@Test
	void foldingRemovesDiacriticsAndCaseAndReadsĐAsD() {
		assertThat(VietnameseText.fold("Xã Đắk Rơ Wa")).isEqualTo("xa dak ro wa");
		assertThat(VietnameseText.fold("ĐĂK HÀ")).isEqualTo(VietnameseText.fold("Dak Ha"));
	}

	@Test
	void apostrophesAndTheSpaceAroundThemDisappear() {
		assertThat(VietnameseText.fold("Huyện Ia H' Drai")).isEqualTo("huyen ia hdrai");
		assertThat(VietnameseText.fold("Ia H'Drai")).isEqualTo("ia hdrai");
		assertThat(VietnameseText.fold("Ia H’Drai")).isEqualTo("ia hdrai");
		assertThat(VietnameseText.fold("Ia HDrai")).isEqualTo("ia hdrai");
	}

	@Test
	void punctuationAndRunsOfSpaceCollapse() {
		assertThat(VietnameseText.fold("  TP.Kon   Tum ")).isEqualTo("tp kon tum");
		assertThat(VietnameseText.fold(null)).isEmpty();
	}

	@Test
	void decomposedAndComposedInputFoldAlike() {
		String composed = "Ngọc Hồi";
		String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
		assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed)).isEqualTo("ngoc hoi");
	}
}
