package vn.ntm.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.ntm.reporting.rules.AttachmentType;

class AttachmentTypeTest {

	static byte[] docx() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText("Báo cáo");
			doc.write(out);
			return out.toByteArray();
		}
	}

	static byte[] xlsx() throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			wb.createSheet("A").createRow(0).createCell(0).setCellValue(1);
			wb.write(out);
			return out.toByteArray();
		}
	}

	static byte[] pdf() {
		return "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void pdfWordAndExcelAreRecognisedByTheirFirstBytes() throws Exception {
		assertThat(AttachmentType.detect("bao-cao.pdf", pdf())).contains(AttachmentType.PDF);
		assertThat(AttachmentType.detect("Báo cáo.DOCX", docx())).contains(AttachmentType.DOCX);
		assertThat(AttachmentType.detect("bieu.xlsx", xlsx())).contains(AttachmentType.XLSX);
		byte[] ole = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };
		assertThat(AttachmentType.detect("cu.doc", ole)).contains(AttachmentType.DOC);
		assertThat(AttachmentType.detect("cu.xls", ole)).contains(AttachmentType.XLS);
	}

	@Test
	void aFileWhoseContentDoesNotMatchItsExtensionIsRejected() throws Exception {
		assertThat(AttachmentType.detect("virus.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(AttachmentType.detect("bieu.xlsx", docx())).isEmpty();
		assertThat(AttachmentType.detect("bao-cao.docx", pdf())).isEmpty();
		assertThat(AttachmentType.detect("anh.png", pdf())).isEmpty();
		assertThat(AttachmentType.detect("khong-duoi", pdf())).isEmpty();
		assertThat(AttachmentType.detect("rong.pdf", new byte[0])).isEmpty();
	}
}
