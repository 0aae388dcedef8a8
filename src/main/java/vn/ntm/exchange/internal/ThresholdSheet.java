package vn.ntm.exchange.internal;

import static vn.ntm.exchange.internal.TemplateStyles.cell;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.EvaluationContext;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.Threshold;
import vn.ntm.geography.Region;

/**
 * The thresholds sheet of a values template: one column of levels per region of the area's communes (2021–2025
 * sets), or per commune group (2026–2030 sets: N1, N2, N3).
 */
final class ThresholdSheet {

	private final Function<String, String> labels;

	ThresholdSheet(Function<String, String> labels) {
		this.labels = labels;
	}

	void write(SXSSFWorkbook workbook, TemplateStyles styles, ValuesTemplate.Content content) {
		if (byGroup(content)) {
			writeGroups(workbook, styles, content);
			return;
		}
		SXSSFSheet sheet = workbook.createSheet(labels.apply("sheet.thresholds"));
		List<Region> regions = content.communes().stream().map(c -> c.unit().evaluationRegion()).distinct()
			.filter(r -> r != null).sorted().toList();
		Row head = sheet.createRow(0);
		cell(head, 0, labels.apply("indicator-code"), styles.header);
		cell(head, 1, labels.apply("indicator-name"), styles.header);
		cell(head, 2, labels.apply("indicator-unit"), styles.header);
		for (int i = 0; i < regions.size(); i++) {
			cell(head, 3 + i, labels.apply("region").formatted(regions.get(i).nameVi()), styles.header);
			sheet.setColumnWidth(3 + i, 16 * 256);
		}
		sheet.setColumnWidth(1, 50 * 256);
		int r = 1;
		int year = content.period().end().getYear();
		for (Indicator indicator : content.indicators()) {
			Row row = sheet.createRow(r++);
			cell(row, 0, indicator.code(), null);
			cell(row, 1, indicator.nameVi(), null);
			cell(row, 2, unitLabel(indicator), null);
			for (int i = 0; i < regions.size(); i++) {
				cell(row, 3 + i, threshold(indicator,
						new EvaluationContext(regions.get(i), content.area().provinceCode(), year)), null);
			}
		}
		Row note = sheet.createRow(r + 1);
		cell(note, 0, labels.apply("note.blank"), null);
		sheet.createRow(r + 2).createCell(0).setCellValue(labels.apply("note.region"));
		sheet.protectSheet("");
	}

	private void writeGroups(SXSSFWorkbook workbook, TemplateStyles styles, ValuesTemplate.Content content) {
		SXSSFSheet sheet = workbook.createSheet(labels.apply("sheet.thresholds"));
		List<String> groups = content.communes().stream().map(ValuesTemplate.CommuneLine::communeGroup)
			.filter(g -> g != null).distinct().sorted().toList();
		Row head = sheet.createRow(0);
		cell(head, 0, labels.apply("indicator-code"), styles.header);
		cell(head, 1, labels.apply("indicator-name"), styles.header);
		cell(head, 2, labels.apply("indicator-unit"), styles.header);
		for (int i = 0; i < groups.size(); i++) {
			cell(head, 3 + i, labels.apply("group").formatted(groups.get(i)), styles.header);
			sheet.setColumnWidth(3 + i, 16 * 256);
		}
		sheet.setColumnWidth(1, 50 * 256);
		int r = 1;
		int year = content.period().end().getYear();
		for (Indicator indicator : content.indicators()) {
			Row row = sheet.createRow(r++);
			cell(row, 0, indicator.code(), null);
			cell(row, 1, indicator.nameVi(), null);
			cell(row, 2, unitLabel(indicator), null);
			for (int i = 0; i < groups.size(); i++) {
				cell(row, 3 + i, threshold(indicator,
						new EvaluationContext(null, content.area().provinceCode(), year, groups.get(i))), null);
			}
		}
		cell(sheet.createRow(r + 1), 0, labels.apply("note.blank"), null);
		sheet.createRow(r + 2).createCell(0).setCellValue(labels.apply("note.group"));
		sheet.protectSheet("");
	}

	/** Whether the set's levels go by commune group (2026–2030) rather than by region. */
	static boolean byGroup(ValuesTemplate.Content content) {
		return content.indicators().stream().flatMap(i -> i.thresholds().stream())
			.anyMatch(t -> t.communeGroup() != null);
	}

	/** The level an indicator must reach in a region or commune group, as the template shows it. */
	String threshold(Indicator indicator, EvaluationContext context) {
		if (context.region() == null && context.communeGroup() == null) return "";
		Optional<Threshold> t = CriteriaEngine.applicableThreshold(indicator, context);
		if (t.isEmpty() || !t.get().known()) return labels.apply("threshold-unknown");
		return switch (indicator.comparison()) {
			case AT_LEAST -> "≥ " + t.get().value();
			case AT_MOST -> "≤ " + t.get().value();
			case YES, EQUALS -> t.get().value();
		};
	}

	static String unitLabel(Indicator indicator) {
		return indicator.unit() == null ? "" : indicator.unit();
	}
}
