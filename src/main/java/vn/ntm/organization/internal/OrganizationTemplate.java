package vn.ntm.organization.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.ntm.organization.CriterionAssignment;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Organizations;
import vn.ntm.organization.internal.OrganizationSheet.Column;
import vn.ntm.shared.VietnameseFormat;
import vn.ntm.shared.platform.Messages;

/**
 * The organization sheet to fill in, prefilled with what the province has recorded (so a download, edit and upload
 * round-trips), and a second sheet explaining the kinds and formats. Built with POI directly, not XlsxTable: the
 * import needs the header in row 1 (XlsxTable writes a title first) and a second, explanatory sheet.
 */
@Component
public class OrganizationTemplate {

	private final Organizations organizations;
	private final Messages messages;

	OrganizationTemplate(Organizations organizations, Messages messages) {
		this.organizations = organizations;
		this.messages = messages;
	}

	/** Writes the template for {@code provinceCode}, criteria columns from {@code setCode}. */
	public void write(String provinceCode, String setCode, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet sheet = workbook.createSheet(messages.get("organization.import.sheet"));
			Row header = sheet.createRow(0);
			for (Column c : Column.values()) {
				header.createCell(c.ordinal()).setCellValue(messages.get(c.key));
				header.getCell(c.ordinal()).setCellStyle(bold);
				sheet.setColumnWidth(c.ordinal(), (c == Column.NAME ? 48 : 18) * 256);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (List<String> values : rows(provinceCode, setCode)) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					row.createCell(i).setCellValue(values.get(i));
				}
			}
			Sheet help = workbook.createSheet(messages.get("organization.import.help-sheet"));
			Row kindHeader = help.createRow(0);
			kindHeader.createCell(0).setCellValue(messages.get("organization.import.help.code"));
			kindHeader.createCell(1).setCellValue(messages.get("organization.kind"));
			kindHeader.getCell(0).setCellStyle(bold);
			kindHeader.getCell(1).setCellStyle(bold);
			int h = 1;
			for (OrganizationKind k : OrganizationKind.values()) {
				Row row = help.createRow(h++);
				row.createCell(0).setCellValue(k.name());
				row.createCell(1).setCellValue(messages.get("organization.kind." + k.name()));
			}
			h++;
			for (String note : List.of("dates", "successors", "criteria", "upsert")) {
				help.createRow(h++).createCell(0).setCellValue(messages.get("organization.import.help." + note));
			}
			help.setColumnWidth(0, 28 * 256);
			help.setColumnWidth(1, 40 * 256);
			workbook.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<List<String>> rows(String provinceCode, String setCode) {
		Map<Long, Set<Integer>> leads = new TreeMap<>();
		Map<Long, Set<Integer>> supports = new TreeMap<>();
		for (CriterionAssignment a : organizations.criterionAssignments(provinceCode, setCode)) {
			if (a.indicatorCode() == null) {
				leads.computeIfAbsent(a.leadOrganizationId(), k -> new TreeSet<>()).add(a.criterionNumber());
				a.supportingOrganizationIds().forEach(
						s -> supports.computeIfAbsent(s, k -> new TreeSet<>()).add(a.criterionNumber()));
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (Organization o : organizations.all(provinceCode)) {
			String successors = organizations.successors(o.id()).stream()
				.map(s -> organizations.find(s.successorId()).map(x -> x.provinceCode().equals(provinceCode)
						? x.shortCode() : x.provinceCode() + "/" + x.shortCode()).orElse(""))
				.collect(Collectors.joining(" "));
			boolean assigned = leads.containsKey(o.id()) || supports.containsKey(o.id());
			rows.add(List.of(o.shortCode(), o.kind().name(), o.name(), o.unitCode() == null ? "" : o.unitCode(),
					o.validFrom() == null ? "" : VietnameseFormat.date(o.validFrom()),
					o.validTo() == null ? "" : VietnameseFormat.date(o.validTo()), successors,
					assigned ? setCode : "", join(leads.get(o.id())), join(supports.get(o.id()))));
		}
		return rows;
	}

	private static String join(Set<Integer> numbers) {
		return numbers == null ? "" : numbers.stream().map(String::valueOf).collect(Collectors.joining(" "));
	}
}
