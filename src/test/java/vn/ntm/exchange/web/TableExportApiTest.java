package vn.ntm.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TableExportApiTest {

	@Autowired
	MockMvc mvc;

	private static final String TABLE = """
			{"title":"Bộ tiêu chí — danh sách","columns":["Mã","Tên","Số chỉ tiêu","Tỷ lệ","Ngày"],
			 "rows":[["23512","Xã Đắk Mar","1.234","92,5","15/03/2023"],["23503","Xã Đắk PXi","57","","01/12/2022"]]}""";

	@Test
	void aRenderedTableBecomesASheetWithVietnameseNumbersAndDatesAsRealValues() throws Exception {
		byte[] xlsx = mvc.perform(post("/exports/table.xlsx").with(user("vpdp")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(TABLE))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("bo-tieu-chi-danh-sach.xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			int header = -1;
			for (Row row : sheet) {
				if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
						&& row.getCell(0).getStringCellValue().equals("Mã")) {
					header = row.getRowNum();
				}
			}
			Row first = sheet.getRow(header + 1);
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Xã Đắk Mar");
			assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1234);
			assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(92.5);
			assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 3, 15));
			assertThat(sheet.getRow(header + 2).getCell(3)).satisfiesAnyOf(c -> assertThat(c).isNull(),
					c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
		}
	}

	@Test
	void anExportNeedsASignedInUserAndTheFormToken() throws Exception {
		mvc.perform(post("/exports/table.xlsx").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(TABLE))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/exports/table.xlsx").with(user("vpdp")).contentType(MediaType.APPLICATION_JSON).content(TABLE))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEmptyOrOversizedTableIsRefused() throws Exception {
		mvc.perform(post("/exports/table.xlsx").with(user("vpdp")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"x\",\"columns\":[],\"rows\":[]}"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aColumnWithAnyTextStaysText() {
		var rows = java.util.List.of(java.util.List.of("12"), java.util.List.of("Đạt"));
		assertThat(TableExportApi.typeOf(rows, 0)).isEqualTo(vn.ntm.shared.office.XlsxTable.Type.TEXT);
		assertThat(TableExportApi.number("1.234,5")).isEqualByComparingTo("1234.5");
		assertThat(TableExportApi.fileName("Ma trận xã × tiêu chí")).isEqualTo("ma-tran-xa-tieu-chi");
	}
}
