package vn.ntm.identity.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
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
import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.identity.internal.AuditLog;
import vn.ntm.shared.VietnamTime;
import vn.ntm.shared.platform.Messages;

/**
 * The audit log for system admins (every entry, national data included) and coordination offices (the entries of the
 * provinces they manage).
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'COORDINATION_OFFICE')")
class AuditPages {

	static final String VIEW = "identity/audit";
	static final int PAGE_SIZE = 50;
	static final int EXPORT_LIMIT = 100_000;
	static final DateTimeFormatter VIETNAMESE_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
			.withZone(VietnamTime.ZONE);

	private final AuditLog audit;
	private final Access access;
	private final Geography geography;
	private final Messages messages;
	private final Clock clock;

	AuditPages(AuditLog audit, Access access, Geography geography, Messages messages, Clock clock) {
		this.audit = audit;
		this.access = access;
		this.geography = geography;
		this.messages = messages;
		this.clock = clock;
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
			.stream().map(code -> new ProvinceChoice(code, geography.findLatest(code, LocalDate.now(clock))
				.map(AdministrativeUnit::name).orElse(code))).toList());
		return VIEW;
	}

	@GetMapping("/audit/export.xlsx")
	void export(@RequestParam(required = false) String user, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String province, HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"nhat-ky-thay-doi.xlsx\"");
		// streamed by hand (not XlsxTable): the export may hold up to EXPORT_LIMIT rows
		try (var workbook = new SXSSFWorkbook(200); OutputStream out = response.getOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.get("identity.audit.sheet"));
			String[] headers = { "identity.audit.at", "identity.username", "identity.audit.address",
					"identity.audit.province", "identity.audit.entity-type", "identity.audit.entity-id",
					"identity.audit.action", "identity.audit.old", "identity.audit.new" };
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(messages.get(headers[i]));
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
