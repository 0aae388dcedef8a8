package vn.ntm.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntm.reporting.ConsolidatedFigures.DistrictLine;
import vn.ntm.reporting.ConsolidatedFigures.ReporterLine;
import vn.ntm.reporting.ConsolidatedFigures.TargetLine;
import vn.ntm.reporting.Obligation.ReporterKind;
import vn.ntm.reporting.Timeliness.Status;
import vn.ntm.reporting.document.ConsolidatedReportDocument;
import vn.ntm.reporting.document.ConsolidatedReportWorkbook;

class ConsolidatedReportDocumentTest {

	static ConsolidatedFigures marchOfKonTum() {
		return new ConsolidatedFigures("62", "Tỉnh Kon Tum", YearMonth.of(2023, 3), true, 1, "05/BC-VPĐP",
				LocalDate.of(2023, 4, 18), "Kon Tum", 85, 42, 36, 3, 0, new BigDecimal("16.00"),
				List.of(new DistrictLine("610", "Thành phố Kon Tum", 10, 9, 8, new BigDecimal("18.50")),
						new DistrictLine("615", "Huyện Đăk Hà", 8, 6, 5, new BigDecimal("17.25"))),
				List.of(new TargetLine("Xã đạt chuẩn NTM năm 2023", 7, 2)),
				List.of(new ReporterLine("so-gtvt", "Sở Giao thông vận tải", ReporterKind.DEPARTMENT, Status.ON_TIME, 0,
						LocalDate.of(2023, 4, 10)),
						new ReporterLine("so-yte", "Sở Y tế", ReporterKind.DEPARTMENT, Status.LATE, 3,
								LocalDate.of(2023, 4, 17)),
						new ReporterLine("615", "UBND huyện Đăk Hà", ReporterKind.DISTRICT, Status.MISSING, 0, null)));
	}

	private final ConsolidatedReportDocument document = new ConsolidatedReportDocument("VĂN PHÒNG ĐIỀU PHỐI NTM",
			List.of("UBND tỉnh (b/c)", "Lưu: VT, VPĐP"), "CHÁNH VĂN PHÒNG", "Nguyễn Văn A");

	@Test
	void theDocumentCarriesTheAdministrativeLayoutTheFiguresAndTheLateReporters() throws Exception {
		byte[] docx = document.write(marchOfKonTum());
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String text = extractor.getText();
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"UBND TỈNH KON TUM", "VĂN PHÒNG ĐIỀU PHỐI NTM", "Số: 05/BC-VPĐP", "Kon Tum, ngày 18 tháng 4 năm 2023",
					"BÁO CÁO", "tháng 3 năm 2023 và quý I năm 2023", "42/85 xã đạt chuẩn đủ 19/19 tiêu chí",
					"36 xã được công nhận", "16,00 tiêu chí/xã", "Nơi nhận:", "- UBND tỉnh (b/c);", "CHÁNH VĂN PHÒNG",
					"Nguyễn Văn A", "1 đơn vị báo cáo đúng hạn, 1 đơn vị báo cáo chậm, 1 đơn vị chưa báo cáo");
			List<XWPFTable> tables = doc.getTables();
			XWPFTable districts = tables.get(1);
			assertThat(districts.getRow(2).getCell(1).getText()).isEqualTo("Huyện Đăk Hà");
			assertThat(districts.getRow(2).getCell(5).getText()).isEqualTo("17,25");
			assertThat(districts.getRow(3).getCell(1).getText()).isEqualTo("Toàn tỉnh");
			XWPFTable targets = tables.get(2);
			assertThat(targets.getRow(1).getCell(1).getText()).isEqualTo("Xã đạt chuẩn NTM năm 2023");
			assertThat(targets.getRow(1).getCell(4).getText()).isEqualTo("5");
			XWPFTable late = tables.get(3);
			assertThat(late.getRows()).hasSize(3);
			assertThat(late.getRow(1).getCell(1).getText()).isEqualTo("Sở Y tế");
			assertThat(late.getRow(1).getCell(2).getText()).isEqualTo("Chậm");
			assertThat(late.getRow(1).getCell(3).getText()).isEqualTo("3");
			assertThat(late.getRow(1).getCell(4).getText()).isEqualTo("17/04/2023");
			assertThat(late.getRow(2).getCell(1).getText()).isEqualTo("UBND huyện Đăk Hà");
			assertThat(late.getRow(2).getCell(2).getText()).isEqualTo("Chưa báo cáo");
		}
	}

	@Test
	void aMonthThatEndsNoQuarterIsTitledByTheMonthOnly() {
		ConsolidatedFigures march = marchOfKonTum();
		ConsolidatedFigures april = new ConsolidatedFigures(march.provinceCode(), march.provinceName(),
				YearMonth.of(2023, 4), false, 1, "06/BC-VPĐP", LocalDate.of(2023, 5, 5), "Kon Tum", 85, 42, 36, 3, 0,
				march.averageCriteriaMet(), march.districts(), List.of(), march.reporters());
		assertThat(ConsolidatedReportDocument.subject(april)).endsWith("tháng 4 năm 2023");
		String text = extract(document.write(april));
		assertThat(text).contains("Kon Tum, ngày 05 tháng 5 năm 2023", "Chưa có kế hoạch năm 2023");
	}

	@Test
	void theWorkbookHoldsTheSameTables() throws Exception {
		byte[] xlsx = new ConsolidatedReportWorkbook().write(marchOfKonTum());
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet summary = wb.getSheet("Tổng hợp");
			assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(42);
			assertThat(summary.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(36);
			assertThat(summary.getRow(10).getCell(1).getNumericCellValue()).isEqualTo(16.0);
			XSSFSheet districts = wb.getSheet("Theo huyện");
			assertThat(districts.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Huyện Đăk Hà");
			XSSFSheet compliance = wb.getSheet("Chế độ báo cáo");
			assertThat(compliance.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Sở Y tế");
			assertThat(compliance.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Chậm");
			assertThat(compliance.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(3);
			assertThat(compliance.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Chưa báo cáo");
			assertThat(wb.getSheet("Chỉ tiêu kế hoạch").getRow(1).getCell(2).getNumericCellValue()).isEqualTo(7);
		}
	}

	@Test
	void libreOfficeRendersTheDocumentToPdf(@TempDir Path dir) throws Exception {
		Path soffice = soffice();
		if (soffice == null) {
			String message = "LibreOffice is not installed (apt-get install -y --no-install-recommends libreoffice-writer-nogui)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail(message + " and CI=true");
			}
			Assumptions.abort(message + "; skipped locally");
		}
		Path docx = dir.resolve("bao-cao-2023-03.docx");
		Files.write(docx, document.write(marchOfKonTum()));
		Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"),
				"--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
			.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
		Path pdf = dir.resolve("bao-cao-2023-03.pdf");
		assertThat(pdf).as("soffice output: " + output).exists();
		byte[] bytes = Files.readAllBytes(pdf);
		assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
		assertThat(bytes.length).isGreaterThan(5_000);
	}

	private static Path soffice() {
		for (String candidate : new String[] { System.getenv("NTM_SOFFICE"), "/usr/bin/soffice",
				"/usr/lib/libreoffice/program/soffice" }) {
			if (candidate != null && Files.isExecutable(Path.of(candidate))) {
				return Path.of(candidate);
			}
		}
		return null;
	}

	private static String extract(byte[] docx) {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
