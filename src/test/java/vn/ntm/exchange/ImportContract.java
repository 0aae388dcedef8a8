package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import vn.ntm.exchange.internal.TemplateLayout;

/**
 * The import as users drive it through the API on the Kon Tum demo data: round trip, authorization, a rejected file
 * changing nothing. Runs on H2 and PostgreSQL (subclasses).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
abstract class ImportContract {

	static final RequestPostProcessor ADMIN = httpBasic("admin", "test-admin-password");
	static final RequestPostProcessor DISTRICT = httpBasic("huyen-dakha", "demo12345");
	static final RequestPostProcessor TRANSPORT = httpBasic("so-gtvt", "demo12345");
	static final String PERIOD = "2024";

	@Autowired
	MockMvc mvc;

	byte[] template(RequestPostProcessor user, String unit, String period) throws Exception {
		return template(user, unit, period, null);
	}

	/** @param language the {@code lang} the user picked, or null for the default */
	byte[] template(RequestPostProcessor user, String unit, String period, String language) throws Exception {
		var request = get("/api/v1/imports/values/template").param("unit", unit).param("period", period).with(user);
		if (language != null) request.param("lang", language);
		MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
		if (result.getRequest().isAsyncStarted()) {
			result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
				.andExpect(status().isOk()).andReturn();
		}
		return result.getResponse().getContentAsByteArray();
	}

	static byte[] edit(byte[] workbook, Consumer<Sheet> change) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(wb.getSheet(TemplateLayout.DATA_SHEET));
			wb.write(out);
			return out.toByteArray();
		}
	}

	static int column(Sheet sheet, String indicator) {
		for (Cell c : sheet.getRow(TemplateLayout.CODE_ROW)) {
			if (indicator.equals(c.getStringCellValue())) return c.getColumnIndex();
		}
		return -1;
	}

	static List<Row> dataRows(Sheet sheet) {
		List<Row> rows = new ArrayList<>();
		for (int r = TemplateLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
			if (sheet.getRow(r) != null) rows.add(sheet.getRow(r));
		}
		return rows;
	}

	static MockMultipartFile file(byte[] bytes) {
		return new MockMultipartFile("file", "so-lieu.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
	}

	String values(String commune) throws Exception {
		return mvc.perform(get("/api/v1/units/{code}/values/{period}", commune, PERIOD).with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	int meetingAll(String period) throws Exception {
		String json = mvc.perform(get("/api/v1/units/62/summary").param("period", period).with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.meetingAllCriteria");
	}

	@Test
	void aTemplateChangedAndImportedChangesTheStatusAndTheSummaryAfterThePreviewIsConfirmed() throws Exception {
		int before = meetingAll(PERIOD);
		assertThat(before).isPositive();
		byte[] changed = edit(template(ADMIN, "62", PERIOD), sheet -> {
			int planning = column(sheet, "1.1");
			for (Row row : dataRows(sheet)) {
				row.getCell(planning).setCellValue("Không đạt");
			}
		});
		String preview = mvc.perform(multipart("/api/v1/imports/values").file(file(changed)).with(ADMIN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.errors", Matchers.hasSize(0)))
			.andExpect(jsonPath("$.changes[0].indicator").value("1.1"))
			.andExpect(jsonPath("$.changes[0].newValue").value("Không đạt"))
			.andExpect(jsonPath("$.criteria[0].criterion").value(1))
			.andExpect(jsonPath("$.criteria[0].gained").value(false))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(preview, "$.id");
		assertThat(meetingAll(PERIOD)).as("a preview changes nothing").isEqualTo(before);

		mvc.perform(post("/api/v1/imports/values/{id}/commit", id).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.batchId").value(id))
			.andExpect(jsonPath("$.units").value(Matchers.greaterThan(80)));
		assertThat(meetingAll(PERIOD)).isZero();
		assertThat(meetingAll("2022")).as("earlier periods keep their figures").isEqualTo(42);
		mvc.perform(post("/api/v1/imports/values/{id}/commit", id).with(ADMIN)).andExpect(status().isNotFound());

		// the same file again: nothing left to change
		mvc.perform(multipart("/api/v1/imports/values").file(file(changed)).param("commit", "true").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.preview.changes", Matchers.hasSize(0)));
	}

	@Test
	void aDistrictOfficerImportingACommuneOfAnotherDistrictIsRefusedAndNothingChanges() throws Exception {
		byte[] province = template(ADMIN, "62", PERIOD);
		String otherDistrict;
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(province))) {
			otherDistrict = dataRows(wb.getSheet(TemplateLayout.DATA_SHEET)).stream()
				.filter(r -> !r.getCell(TemplateLayout.DISTRICT_COLUMN).getStringCellValue().contains("Hà"))
				.findFirst().orElseThrow().getCell(0).getStringCellValue();
		}
		byte[] own = template(DISTRICT, "615", PERIOD);
		byte[] changed = edit(own, sheet -> {
			Row first = dataRows(sheet).getFirst();
			first.getCell(0).setCellValue(otherDistrict);
			first.getCell(column(sheet, "1.1")).setCellValue("Đạt");
		});
		String before = values(otherDistrict);
		mvc.perform(multipart("/api/v1/imports/values").file(file(changed)).param("commit", "true").with(DISTRICT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("unit-out-of-scope"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("dòng 6, cột A")));
		assertThat(values(otherDistrict)).isEqualTo(before);
		mvc.perform(get("/api/v1/imports/values/template").param("unit", "62").param("period", PERIOD).with(DISTRICT))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDepartmentGetsOnlyItsCriteriaAndAnIndicatorOutsideThemIsRefused() throws Exception {
		byte[] own = template(TRANSPORT, "62", PERIOD);
		String commune;
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(own))) {
			Sheet sheet = wb.getSheet(TemplateLayout.DATA_SHEET);
			List<String> codes = new ArrayList<>();
			sheet.getRow(TemplateLayout.CODE_ROW).forEach(c -> {
				if (c.getColumnIndex() >= TemplateLayout.FIRST_INDICATOR_COLUMN) codes.add(c.getStringCellValue());
			});
			assertThat(codes).isNotEmpty().allSatisfy(c -> assertThat(c).startsWith("2."));
			assertThat(dataRows(sheet)).hasSizeGreaterThan(80);
			commune = dataRows(sheet).getFirst().getCell(0).getStringCellValue();
		}
		byte[] changed = edit(own, sheet -> {
			sheet.getRow(TemplateLayout.CODE_ROW).getCell(TemplateLayout.FIRST_INDICATOR_COLUMN).setCellValue("15.3");
			dataRows(sheet).getFirst().getCell(TemplateLayout.FIRST_INDICATOR_COLUMN).setCellValue("20,5");
		});
		String before = values(commune);
		mvc.perform(multipart("/api/v1/imports/values").file(file(changed)).param("commit", "true").with(TRANSPORT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("indicator-not-assigned"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("15.3")));
		assertThat(values(commune)).isEqualTo(before);
	}

	@Test
	void aPeriodMismatchAnUnknownCodeAndANonWorkbookAreRefusedInVietnamese() throws Exception {
		byte[] template = template(ADMIN, "23512", PERIOD);
		mvc.perform(multipart("/api/v1/imports/values").file(file(template)).param("period", "2025").with(ADMIN))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Kỳ báo cáo trong tệp (2024) khác kỳ đã chọn (2025)"));
		byte[] unknown = edit(template, sheet -> {
			Row first = dataRows(sheet).getFirst();
			first.getCell(0).setCellValue("99999");
			first.getCell(column(sheet, "1.1")).setCellValue("Đạt");
		});
		mvc.perform(multipart("/api/v1/imports/values").file(file(unknown)).with(ADMIN))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value(Matchers.startsWith("unknown-unit")))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("99999")));
		mvc.perform(multipart("/api/v1/imports/values").file(file("%PDF-1.4".getBytes())).with(ADMIN))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("not-xlsx"))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("không phải bảng tính Excel")));
	}

	/** The template with one key of its _meta sheet set to another value. */
	static byte[] meta(byte[] workbook, String key, String value) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Row row : wb.getSheet(TemplateLayout.META_SHEET)) {
				if (row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
					row.getCell(1).setCellValue(value);
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void aTemplateOfAnotherLayoutOrAnOutdatedSetVersionIsRefusedSayingWhichToDownload() throws Exception {
		byte[] template = edit(template(ADMIN, "23512", PERIOD), sheet -> {
			Row first = dataRows(sheet).getFirst();
			first.getCell(column(sheet, "1.1")).setCellValue("Đạt");
		});
		String before = values("23512");
		mvc.perform(multipart("/api/v1/imports/values").file(file(meta(template, TemplateLayout.KEY_LAYOUT, "99")))
			.with(ADMIN))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("layout-mismatch"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.allOf(Matchers.containsString("99"),
					Matchers.containsString("23512"), Matchers.containsString("tải mẫu Excel mới"))));
		mvc.perform(multipart("/api/v1/imports/values").file(file(meta(template, TemplateLayout.KEY_SET_VERSION, "0")))
			.with(ADMIN))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("set-version-outdated"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.allOf(Matchers.containsString("xa-ntm-2021-2025"),
					Matchers.containsString("phiên bản 0"), Matchers.containsString("tải mẫu Excel mới"))));
		assertThat(values("23512")).isEqualTo(before);
		// the template as downloaded still goes through to its preview
		mvc.perform(multipart("/api/v1/imports/values").file(file(template)).with(ADMIN))
			.andExpect(status().isCreated());
	}

	@Test
	void aTemplateDownloadedInEnglishNamesItsSheetsInEnglishAndImportsForAUserOfEitherLanguage() throws Exception {
		byte[] english = template(ADMIN, "23512", PERIOD, "en");
		byte[] changed;
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(english));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			assertThat(wb.getSheetName(0)).isEqualTo("Values");
			assertThat(wb.getSheetName(1)).isEqualTo("Thresholds");
			assertThat(wb.getSheet(TemplateLayout.DATA_SHEET)).as("no Vietnamese sheet in an English template").isNull();
			Sheet sheet = wb.getSheet("Values");
			assertThat(sheet.getRow(TemplateLayout.CODE_ROW).getCell(0).getStringCellValue()).isEqualTo("Commune code");
			dataRows(sheet).getFirst().getCell(column(sheet, "1.1")).setCellValue("Đạt");
			wb.write(out);
			changed = out.toByteArray();
		}
		for (String language : List.of("vi", "en")) {
			mvc.perform(multipart("/api/v1/imports/values").file(file(changed)).param("lang", language).with(ADMIN))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.errors", Matchers.hasSize(0)))
				.andExpect(jsonPath("$.unitCode").value("23512"));
		}
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(ADMIN, "23512", PERIOD)))) {
			assertThat(wb.getSheetName(0)).isEqualTo("Số liệu");
			assertThat(wb.getSheetName(1)).isEqualTo("Ngưỡng");
		}
	}

	@Test
	void theValuesExportOpensWithOneRowPerCommune() throws Exception {
		MvcResult login = mvc
			.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("admin").password("test-admin-password"))
			.andReturn();
		MvcResult result = mvc.perform(get("/exchange/values.xlsx").param("unit", "615").param("period", "2023")
			.cookie(login.getResponse().getCookies()).session((MockHttpSession) login.getRequest().getSession()))
			.andReturn();
		if (result.getRequest().isAsyncStarted()) {
			result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
				.andReturn();
		}
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString() + " " + result.getResponse().getHeader("Location")).isEqualTo(200);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("Hà").contains("2023");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Mã xã");
			assertThat(sheet.getLastRowNum()).isGreaterThan(3);
		}
	}
}
