package vn.ntm.planning.internal;

import java.text.Normalizer;

/** Directive excerpts in the shapes they arrive in: clean, without diacritics, damaged by OCR. */
final class DirectiveTexts {

	private DirectiveTexts() {
	}

	/** A clean directive of Kon Tum: frame, three tiers with "thuộc huyện" qualifiers, duties of both shapes. */
	static final String CLEAN = """
			ỦY BAN NHÂN DÂN
			TỈNH KON TUM
			Số: 15/CT-UBND
			CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
			Độc lập - Tự do - Hạnh phúc
			Kon Tum, ngày 18 tháng 4 năm 2023

			CHỈ THỊ
			Về tăng cường thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023

			I. MỤC TIÊU
			1. Phấn đấu có thêm 04 xã (Dự kiến: xã Đăk Ang, xã Đăk Kan thuộc huyện Ngọc Hồi; xã Đăk Long thuộc huyện Đăk Hà; xã Đăk Hà thuộc huyện Tu Mơ Rông) đạt chuẩn nông thôn mới.
			2. Phấn đấu có thêm 02 xã (Dự kiến: xã Ngọk Bay, xã Đăk Blà thuộc thành phố Kon Tum) đạt chuẩn nông thôn mới nâng cao.
			3. Phấn đấu có thêm 01 xã (Dự kiến: xã Đăk Rơ Wa thuộc thành phố Kon Tum) đạt chuẩn nông thôn mới kiểu mẫu.
			II. NHIỆM VỤ VÀ GIẢI PHÁP
			1. Sở Nông nghiệp và PTNT chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư và các huyện hướng dẫn thực hiện Bộ tiêu chí xã nông thôn mới. Hoàn thành trước ngày 15 tháng 3 năm 2023.
			2. UBND các huyện, thành phố:
			- Rà soát, hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn, trình tỉnh thẩm tra trước ngày 30/6/2023.
			- Báo cáo kết quả thực hiện về Sở Nông nghiệp và PTNT trước ngày 20 hằng tháng.
			3. Văn phòng Điều phối nông thôn mới tỉnh tham mưu UBND tỉnh kế hoạch kiểm tra định kỳ và đột xuất; báo cáo UBND tỉnh trước ngày 31/12/2023.

			KT. CHỦ TỊCH
			PHÓ CHỦ TỊCH
			Nguyễn Văn A
			""";

	/**
	 * The same directive as OCR reads a poor scan: Đ as P, B or D, ă as é, ơ and ô as 6 or ö, "xã" as xa, xd, x3,
	 * words glued and split, names broken over lines, 0 for o.
	 */
	static final String OCR = """
			UY BAN NHAN DAN
			TINH KON TUM
			S6: 15/CT-UBND
			CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
			Kon Tum, ngày 18 tháng 4 nãm 2023

			I. MỤC TIÊU
			1. Phấn đấu có thêm 04 xa (Dự kiến: xãPăk Ang, xd Bak Kan thuộc huyện Ng0c H6i; x3 Dék Long thuộc huyện Đăk Hà; xã Đăk
			Hà thuộc huyện Tu M6 R6ng) đạt chuẩn nông thôn mới.
			2. Phấn đấu có thêm 02 xã (Pự kiến: xã Ngọk Bay, xa Dak Bl\u00e0 thuộc thành phố Kon Tum) Pạt chuẩn nông thôn mói nâng cao.
			3. Phấn đấu có thêm 01 xã (Dự kiến: xã Đăk Rö Wa thuộc thành phố
			Kon Tum) đạt chuẩn nông thôn mới kiểu mẫu.
			II. NHIỆM VỤ VÀ GIẢI PHÁP
			1. Sở Nông nghiệp và PTNT chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư hướng dẫn thực hiện Bộ tiêu
			chí xã nông thôn mới. Hoàn thành trước ngày 15 tháng 3 năm 2023.
			2. UBND các huyện, thành phố:
			- Rà soát, hoàn thiện hồ sơ, trình tỉnh thẩm tra trước ngày 30/6/2023.
			- Báo cáo kết quả thực hiện về Sở Nông nghiệp và PTNT trước ngày 20 hằng tháng.

			KT. CHỦ TỊCH
			PHÓ CHỦ TỊCH
			Nguyễn Văn A
			""";

	/** Homonyms in two districts, told apart only by the qualifier; a split word, a name with no unit. */
	static final String HOMONYMS = """
			Phấn đấu có thêm 05 xã (Dự kiến: thị trấn Đăk Hà thuộc huyện Đăk Hà; xã Đăk Hà thuộc huyện Tu Mơ Rông;
			xã Đăk Long thuộc huyện Đăk Glei; xã Đăk A ng thuộc huyện Ngọc Hồi; xã Hoàng Sa thuộc huyện Ngọc Hồi) đạt chuẩn nông thôn mới.
			Phấn đấu có thêm 03 xã (Dự kiến: xã Đăk Long và xã Ngọk Tụ) đạt chuẩn nông thôn mới nâng cao.
			""";

	/** The text as typed without diacritics (Đ as D), the way many send it. */
	static String withoutDiacritics(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('Đ', 'D')
			.replace('đ', 'd');
	}
}
