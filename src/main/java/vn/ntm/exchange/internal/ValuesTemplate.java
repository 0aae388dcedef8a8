package vn.ntm.exchange.internal;

import static vn.ntm.exchange.internal.TemplateStyles.cell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.EvaluationContext;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.criteria.ValueType;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Region;
import vn.ntm.shared.Period;

/**
 * Writes a values template: communes down, indicators across, pre-filled with the values as of the period; header
 * rows and unit columns locked (sheet protection without a password, so it guards against slips, not people); value
 * cells unlocked with drop-downs for yes/no and choices; thresholds per region on their own sheet; and a very hidden
 * meta sheet naming unit, period, set and version for the round trip.
 */
public final class ValuesTemplate {

	/** One commune row: the unit, its district's name and the values to pre-fill by indicator code. */
	public record CommuneLine(AdministrativeUnit unit, String districtName, Map<String, IndicatorValue> values,
			String communeGroup) {

		/** A line of a set judged by region (2021–2025): no commune group. */
		public CommuneLine(AdministrativeUnit unit, String districtName, Map<String, IndicatorValue> values) {
			this(unit, districtName, values, null);
		}
	}

	/** What goes into a template. */
	public record Content(AdministrativeUnit area, Period period, CriteriaSet set, List<Indicator> indicators,
			List<CommuneLine> communes, String generatedBy, OffsetDateTime generatedAt) {
	}

	private final Function<String, String> labels;

	/** @param labels texts by key suffix of {@code exchange.template.*} */
	public ValuesTemplate(Function<String, String> labels) {
		this.labels = labels;
	}

	public void write(Content content, OutputStream out) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		workbook.setCompressTempFiles(true);
		try {
			TemplateStyles styles = new TemplateStyles(workbook);
			ThresholdSheet thresholds = new ThresholdSheet(labels);
			writeData(workbook, styles, thresholds, content);
			thresholds.write(workbook, styles, content);
			writeMeta(workbook, content);
			workbook.setActiveSheet(0);
			workbook.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			try {
				workbook.close();
			}
			catch (IOException e) {
				// nothing left to release
			}
		}
	}

	private void writeData(SXSSFWorkbook workbook, TemplateStyles styles, ThresholdSheet thresholdSheet,
			Content content) {
		SXSSFSheet sheet = workbook.createSheet(labels.apply("sheet.data"));
		List<Indicator> indicators = content.indicators();
		int first = TemplateLayout.FIRST_INDICATOR_COLUMN;
		Region common = commonRegion(content.communes());
		String commonGroup = ThresholdSheet.byGroup(content) ? commonGroup(content.communes()) : null;
		EvaluationContext headerContext = new EvaluationContext(common, content.area().provinceCode(),
				content.period().end().getYear(), commonGroup);

		Row title = sheet.createRow(TemplateLayout.TITLE_ROW);
		cell(title, 0, labels.apply("title").formatted(content.area().name(), content.period(), content.set().nameVi()),
				styles.title);
		Row codes = sheet.createRow(TemplateLayout.CODE_ROW);
		Row names = sheet.createRow(TemplateLayout.NAME_ROW);
		Row units = sheet.createRow(TemplateLayout.UNIT_ROW);
		Row thresholds = sheet.createRow(TemplateLayout.THRESHOLD_ROW);
		cell(codes, TemplateLayout.UNIT_CODE_COLUMN, labels.apply("unit-code"), styles.header);
		cell(codes, TemplateLayout.UNIT_NAME_COLUMN, labels.apply("unit-name"), styles.header);
		cell(codes, TemplateLayout.DISTRICT_COLUMN, labels.apply("district"), styles.header);
		cell(names, TemplateLayout.UNIT_NAME_COLUMN, labels.apply("indicator-name"), styles.header);
		cell(units, TemplateLayout.UNIT_NAME_COLUMN, labels.apply("indicator-unit"), styles.header);
		cell(thresholds, TemplateLayout.UNIT_NAME_COLUMN, commonGroup != null
				? labels.apply("threshold-group").formatted(commonGroup)
				: labels.apply("threshold").formatted(common == null ? "" : common.nameVi()), styles.header);
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			cell(codes, first + i, indicator.code(), styles.header);
			cell(names, first + i, indicator.nameVi(), styles.header);
			cell(units, first + i, ThresholdSheet.unitLabel(indicator), styles.header);
			cell(thresholds, first + i, thresholdSheet.threshold(indicator, headerContext), styles.header);
			sheet.setColumnWidth(first + i, 14 * 256);
		}
		names.setHeightInPoints(75);
		sheet.setColumnWidth(TemplateLayout.UNIT_CODE_COLUMN, 9 * 256);
		sheet.setColumnWidth(TemplateLayout.UNIT_NAME_COLUMN, 26 * 256);
		sheet.setColumnWidth(TemplateLayout.DISTRICT_COLUMN, 22 * 256);
		int r = TemplateLayout.FIRST_DATA_ROW;
		for (CommuneLine line : content.communes()) {
			Row row = sheet.createRow(r++);
			cell(row, TemplateLayout.UNIT_CODE_COLUMN, line.unit().code(), styles.locked);
			cell(row, TemplateLayout.UNIT_NAME_COLUMN, line.unit().name(), styles.locked);
			cell(row, TemplateLayout.DISTRICT_COLUMN, line.districtName(), styles.locked);
			for (int i = 0; i < indicators.size(); i++) {
				Indicator indicator = indicators.get(i);
				IndicatorValue value = line.values().get(indicator.code());
				boolean numeric = isNumeric(indicator);
				Cell cell = row.createCell(first + i);
				cell.setCellStyle(numeric ? styles.number : styles.text);
				if (value == null || value.isEmpty()) continue;
				if (numeric && value.number() != null) cell.setCellValue(value.number().doubleValue());
				else cell.setCellValue(value.toString());
			}
		}
		int last = Math.max(r - 1, TemplateLayout.FIRST_DATA_ROW);
		validations(sheet, indicators, last);
		sheet.createFreezePane(first, TemplateLayout.FIRST_DATA_ROW);
		sheet.protectSheet("");
	}

	private void validations(SXSSFSheet sheet, List<Indicator> indicators, int lastRow) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			int column = TemplateLayout.FIRST_INDICATOR_COLUMN + i;
			CellRangeAddressList range = new CellRangeAddressList(TemplateLayout.FIRST_DATA_ROW, lastRow, column, column);
			DataValidationConstraint constraint;
			String prompt;
			switch (CellReading.effectiveType(indicator)) {
				case BOOLEAN -> {
					constraint = helper.createExplicitListConstraint(
							new String[] { IndicatorValue.Status.MET_TEXT, IndicatorValue.Status.NOT_MET_TEXT });
					prompt = labels.apply("prompt.yes-no");
				}
				case CHOICE -> {
					if (indicator.choices().isEmpty() || String.join(",", indicator.choices()).length() > 250) continue;
					constraint = helper.createExplicitListConstraint(indicator.choices().toArray(String[]::new));
					prompt = labels.apply("prompt.choice");
				}
				case PERCENT -> {
					constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
					prompt = labels.apply("prompt.percent");
				}
				default -> {
					constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
							"0", null);
					prompt = labels.apply("prompt.number");
				}
			}
			DataValidation validation = helper.createValidation(constraint, range);
			boolean list = CellReading.effectiveType(indicator) == ValueType.BOOLEAN
					|| CellReading.effectiveType(indicator) == ValueType.CHOICE;
			// numbers typed as "12,5" in a non-Vietnamese Excel are texts the import still reads: warn, never block
			validation.setErrorStyle(list ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
			validation.setShowErrorBox(true);
			validation.createErrorBox(labels.apply("error-title"), prompt);
			validation.setShowPromptBox(true);
			validation.createPromptBox(indicator.code(), prompt);
			validation.setEmptyCellAllowed(true);
			if (list) validation.setSuppressDropDownArrow(true);
			sheet.addValidationData(validation);
		}
	}

	private static String commonGroup(List<CommuneLine> communes) {
		return communes.stream().map(CommuneLine::communeGroup).filter(g -> g != null)
			.collect(Collectors.groupingBy(g -> g, Collectors.counting())).entrySet().stream()
			.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey).orElse(null);
	}

	private void writeMeta(SXSSFWorkbook workbook, Content content) {
		SXSSFSheet sheet = workbook.createSheet(TemplateLayout.META_SHEET);
		Map<String, String> meta = new LinkedHashMap<>();
		meta.put(TemplateLayout.KEY_FORMAT, TemplateLayout.FORMAT);
		meta.put(TemplateLayout.KEY_LAYOUT, TemplateLayout.LAYOUT_VERSION);
		meta.put(TemplateLayout.KEY_UNIT, content.area().code());
		meta.put(TemplateLayout.KEY_PERIOD, content.period().toString());
		meta.put(TemplateLayout.KEY_SET, content.set().code());
		meta.put(TemplateLayout.KEY_SET_VERSION, String.valueOf(content.set().version()));
		meta.put(TemplateLayout.KEY_CODE_ROW, String.valueOf(TemplateLayout.CODE_ROW + 1));
		meta.put(TemplateLayout.KEY_FIRST_DATA_ROW, String.valueOf(TemplateLayout.FIRST_DATA_ROW + 1));
		meta.put(TemplateLayout.KEY_GENERATED_BY, content.generatedBy());
		meta.put(TemplateLayout.KEY_GENERATED_AT, content.generatedAt().toString());
		int r = 0;
		for (Map.Entry<String, String> e : meta.entrySet()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(e.getKey());
			row.createCell(1).setCellValue(e.getValue());
		}
		sheet.protectSheet("");
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	private static Region commonRegion(List<CommuneLine> communes) {
		return communes.stream().map(c -> c.unit().evaluationRegion()).filter(r -> r != null)
			.collect(Collectors.groupingBy(r -> r, Collectors.counting())).entrySet().stream()
			.max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
	}

	static boolean isNumeric(Indicator indicator) {
		ValueType t = CellReading.effectiveType(indicator);
		return t == ValueType.NUMBER || t == ValueType.PERCENT;
	}

	/** The indicators of the set in order, keeping those the filter allows. */
	public static List<Indicator> indicators(CriteriaSet set, IntPredicate criterionAllowed) {
		List<Indicator> result = new ArrayList<>();
		for (Criterion c : set.criteria()) {
			if (criterionAllowed.test(c.number())) result.addAll(c.indicators());
		}
		return result;
	}
}
