package vn.ntm.identity.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.identity.Access;

/**
 * The audit log for system admins (every entry, national data included) and coordination offices (the entries of the
 * provinces they manage).
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'COORDINATION_OFFICE')")
class AuditController {

	static final String VIEW = "identity/audit";
	static final int PAGE_SIZE = 50;
	static final int EXPORT_LIMIT = 100_000;
	static final DateTimeFormatter VIETNAMESE_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
			.withZone(ScopedAccess.VIETNAM);

	private final AuditLog audit;
	private final Access access;
	private final GrantProvinces provinces;

	AuditController(AuditLog audit, Access access, GrantProvinces provinces) {
		this.audit = audit;
		this.access = access;
		this.provinces = provinces;
	}

	record ProvinceChoice(String code, String name) {
	}

	private AuditLog.Filter filter(String user, String type, LocalDate from, LocalDate to, String province) {
		return new AuditLog.Filter(user, type, from, to, province,
				access.managesEverything() ? null : access.managedProvinces());
	}

	@GetMapping("/audit")
	String list(@RequestParam(required = false) String user, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String province, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var filter = filter(user, type, from, to, province);
		long total = audit.count(filter);
		int p = Math.max(0, page);
		model.addAttribute("entries", audit.page(filter, p, PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("page", p);
		model.addAttribute("total", total);
		model.addAttribute("hasNext", (long) (p + 1) * PAGE_SIZE < total);
		model.addAttribute("format", VIETNAMESE_DATE_TIME);
		model.addAttribute("provinces", (filter.visible() == null ? audit.provinces() : new TreeSet<>(filter.visible()))
			.stream().map(code -> new ProvinceChoice(code, provinces.unit(code).map(AdministrativeUnit::name)
				.orElse(code))).toList());
		return VIEW;
	}

	@GetMapping("/audit/export.xlsx")
	void export(@RequestParam(required = false) String user, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String province, HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"nhat-ky-thay-doi.xlsx\"");
		try (var workbook = new SXSSFWorkbook(200); OutputStream out = response.getOutputStream()) {
			Sheet sheet = workbook.createSheet("Nhật ký");
			String[] headers = { "Thời điểm", "Người dùng", "Địa chỉ", "Tỉnh", "Loại", "Mã", "Thao tác", "Giá trị cũ",
					"Giá trị mới" };
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
			}
			int[] row = { 1 };
			audit.each(filter(user, type, from, to, province), EXPORT_LIMIT, e -> {
				Row r = sheet.createRow(row[0]++);
				r.createCell(0).setCellValue(VIETNAMESE_DATE_TIME.format(e.at()));
				r.createCell(1).setCellValue(e.username());
				r.createCell(2).setCellValue(nullToEmpty(e.remoteAddress()));
				r.createCell(3).setCellValue(nullToEmpty(e.provinceCode()));
				r.createCell(4).setCellValue(e.entityType());
				r.createCell(5).setCellValue(nullToEmpty(e.entityId()));
				r.createCell(6).setCellValue(e.action());
				r.createCell(7).setCellValue(nullToEmpty(e.oldValue()));
				r.createCell(8).setCellValue(nullToEmpty(e.newValue()));
			});
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
