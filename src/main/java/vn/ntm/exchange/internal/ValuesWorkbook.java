package vn.ntm.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;

import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.shared.VietnameseText;

/**
 * Reads a values workbook in two streaming passes over the file (never the DOM model): the meta sheet first, which
 * names the unit, period and criteria set the service turns into {@link ImportRules}; then the data sheet, found by
 * its name in any language a template is produced in (the user's first in the list), every cell checked as its row
 * arrives. Memory grows with the valid values kept, not with the file.
 */
public final class ValuesWorkbook {

	/** Turns the meta sheet into the rules for the data sheet; adds errors and returns null when it cannot. */
	@FunctionalInterface
	public interface Target {
		ImportRules resolve(Map<String, String> meta, List<ImportError> errors);
	}

	private final ImportLimits limits;
	private final Messages messages;
	private final List<String> dataSheets;

	public ValuesWorkbook(ImportLimits limits, Messages messages, List<String> dataSheets) {
		this.limits = limits;
		this.messages = messages;
		this.dataSheets = dataSheets;
	}

	/** Call {@link WorkbookGuard#check} first. Throws {@link ImportRefused} for a file that cannot be read at all. */
	public ParsedValues read(Path file, Target target) {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			SharedStrings strings = SharedStrings.none();
			try (InputStream in = reader.getSharedStringsData()) {
				if (in != null) strings = SharedStrings.read(in, limits, messages);
			}
			catch (InvalidFormatException | IllegalArgumentException e) {
				// a workbook without shared strings
			}
			StylesTable styles = null;
			try {
				styles = reader.getStylesTable();
			}
			catch (InvalidFormatException | RuntimeException e) {
				// styles only tell percent formats apart
			}
			Map<String, String> meta = readMeta(reader, strings, styles);
			List<ImportError> errors = new ArrayList<>();
			if (meta == null || !TemplateLayout.FORMAT.equals(meta.get(TemplateLayout.KEY_FORMAT))) {
				errors.add(new ImportError(TemplateLayout.META_SHEET, 0, null, "no-meta", messages.text("no-meta")));
				return new ParsedValues(meta == null ? Map.of() : meta, null, List.of(), errors, 0, 0);
			}
			ImportRules rules = target.resolve(meta, errors);
			if (rules == null) {
				return new ParsedValues(meta, null, List.of(), errors, 0, 0);
			}
			DataSheet data = new DataSheet(rules, meta, errors);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					if (data.sheet == null && dataSheets.contains(sheets.getSheetName())) {
						data.sheet = sheets.getSheetName();
						SheetRows.read(in, strings, styles, limits, messages, data::row);
					}
				}
			}
			if (data.sheet == null) {
				data.error(dataSheets.getFirst(), 0, null, "no-data-sheet", messages.text("no-data-sheet", dataSheets.getFirst()));
			}
			return new ParsedValues(meta, rules.set(), data.rows, errors, data.omitted, data.cells);
		}
		catch (ImportRefused e) {
			throw e;
		}
		catch (NotOfficeXmlFileException e) {
			throw new ImportRefused("not-xlsx", messages.text("not-xlsx"));
		}
		catch (IOException | OpenXML4JException | POIXMLException | IllegalStateException | IllegalArgumentException e) {
			if (WorkbookGuard.isZipBomb(e)) {
				throw new ImportRefused("zip-bomb", messages.text("zip-bomb"));
			}
			throw new ImportRefused("not-xlsx", messages.text("not-xlsx"));
		}
	}

	private Map<String, String> readMeta(XSSFReader reader, SharedStrings strings, StylesTable styles)
			throws IOException, InvalidFormatException {
		XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
		while (sheets.hasNext()) {
			try (InputStream in = sheets.next()) {
				if (TemplateLayout.META_SHEET.equals(sheets.getSheetName())) {
					Map<String, String> meta = new LinkedHashMap<>();
					SheetRows.read(in, strings, styles, limits, messages, (row, cells) -> {
						if (cells.size() >= 2 && cells.get(0).column() == 0 && cells.get(1).column() == 1
								&& meta.size() < 100) {
							meta.put(cells.get(0).value().trim(), cells.get(1).value().trim());
						}
					});
					return meta;
				}
			}
		}
		return null;
	}

	private final class DataSheet {

		private final ImportRules rules;
		private final List<ImportError> errors;
		private final int codeRow;
		private final int firstDataRow;
		private final Map<Integer, Column> columns = new HashMap<>();
		private final Map<String, Integer> unitRows = new HashMap<>();
		private final List<ParsedValues.UnitRow> rows = new ArrayList<>();
		private final Map<String, Boolean> writable = new HashMap<>();
		private int omitted;
		private long cells;
		private int dataRows;
		private String sheet;

		record Column(Indicator indicator, Criterion criterion) {
		}

		DataSheet(ImportRules rules, Map<String, String> meta, List<ImportError> errors) {
			this.rules = rules;
			this.errors = errors;
			this.codeRow = rowNumber(meta.get(TemplateLayout.KEY_CODE_ROW), TemplateLayout.CODE_ROW + 1) - 1;
			this.firstDataRow = rowNumber(meta.get(TemplateLayout.KEY_FIRST_DATA_ROW), TemplateLayout.FIRST_DATA_ROW + 1) - 1;
		}

		private static int rowNumber(String text, int fallback) {
			try {
				int n = Integer.parseInt(text);
				return n >= 1 && n <= 50 ? n : fallback;
			}
			catch (NumberFormatException | NullPointerException e) {
				return fallback;
			}
		}

		void error(String sheet, int row, String column, String code, String message) {
			if (errors.size() < limits.maxErrors()) {
				String at = column != null ? messages.text("at-cell", sheet, row, column)
						: row > 0 ? messages.text("at-row", sheet, row) : messages.text("at-sheet", sheet);
				errors.add(new ImportError(sheet, row, column, code, at + message));
			}
			else {
				omitted++;
			}
		}

		void error(int row, SheetRows.Cell cell, String code, Object... args) {
			error(sheet, row + 1, cell == null ? null : cell.columnLetter(), code,
					messages.text(code, args));
		}

		void row(int row, List<SheetRows.Cell> cells) {
			if (row == codeRow) {
				header(row, cells);
			}
			else if (row >= firstDataRow) {
				if (++dataRows > limits.maxRows()) {
					throw new ImportRefused("too-many-rows", messages.text("too-many-rows", limits.maxRows()));
				}
				data(row, cells);
			}
		}

		private void header(int row, List<SheetRows.Cell> cells) {
			Map<String, Integer> seen = new HashMap<>();
			for (SheetRows.Cell cell : cells) {
				if (cell.column() < TemplateLayout.FIRST_INDICATOR_COLUMN) continue;
				String code = text(cell);
				if (code.isEmpty()) continue;
				Optional<Indicator> indicator = rules.set().indicator(code);
				if (indicator.isEmpty()) {
					error(row, cell, "unknown-indicator", code, rules.set().code());
					continue;
				}
				if (seen.putIfAbsent(code, cell.column()) != null) {
					error(row, cell, "duplicate-indicator", code);
					continue;
				}
				columns.put(cell.column(),
						new Column(indicator.get(), rules.set().criterionOf(code).orElseThrow()));
			}
			if (columns.isEmpty() && seen.isEmpty()) {
				error(row, null, "no-indicators");
			}
		}

		private void data(int row, List<SheetRows.Cell> cells) {
			SheetRows.Cell codeCell = null;
			SheetRows.Cell nameCell = null;
			List<SheetRows.Cell> valueCells = new ArrayList<>();
			for (SheetRows.Cell cell : cells) {
				if (cell.column() == TemplateLayout.UNIT_CODE_COLUMN) codeCell = cell;
				else if (cell.column() == TemplateLayout.UNIT_NAME_COLUMN) nameCell = cell;
				else if (cell.column() >= TemplateLayout.FIRST_INDICATOR_COLUMN) valueCells.add(cell);
			}
			String code = codeCell == null ? "" : unitCode(codeCell);
			if (code.isEmpty()) {
				if (!valueCells.isEmpty()) error(row, codeCell, "missing-unit");
				return;
			}
			Integer first = unitRows.putIfAbsent(code, row + 1);
			if (first != null) {
				error(row, codeCell, "duplicate-unit", code, first);
				return;
			}
			Optional<AdministrativeUnit> unit = rules.unit(code);
			if (unit.isEmpty()) {
				List<String> close = rules.suggestions(code, nameCell == null ? null : nameCell.value());
				if (close.isEmpty()) error(row, codeCell, "unknown-unit", code);
				else error(row, codeCell, "unknown-unit-suggest", code, String.join("; ", close));
				return;
			}
			if (!rules.inScope(unit.get())) {
				error(row, codeCell, "unit-out-of-scope", code, unit.get().name());
				return;
			}
			Map<String, IndicatorValue> values = new LinkedHashMap<>();
			for (SheetRows.Cell cell : valueCells) {
				Column column = columns.get(cell.column());
				if (column == null) {
					continue;
				}
				this.cells++;
				String code2 = column.indicator().code();
				String shown = display(cell);
				CellReading.Outcome outcome = CellReading.read(column.indicator(), cell);
				if (outcome.error() != null) {
					error(row, cell, outcome.error(), code2, shown, outcome.extra());
					continue;
				}
				boolean allowed = writable.computeIfAbsent(unit.get().path() + "|" + column.criterion().number(),
						k -> rules.canWrite(unit.get(), column.criterion().number()));
				if (!allowed) {
					error(row, cell, "indicator-not-assigned", code2, column.criterion().number(), unit.get().name());
					continue;
				}
				values.put(code2, outcome.value());
			}
			if (!values.isEmpty()) {
				rows.add(new ParsedValues.UnitRow(row + 1, unit.get(), values));
			}
		}

		private static String text(SheetRows.Cell cell) {
			return cell.value() == null ? "" : cell.value().trim();
		}

		private static String display(SheetRows.Cell cell) {
			String v = cell.value();
			return v.length() > 40 ? v.substring(0, 40) + "…" : v;
		}

		/** Commune codes are five digits; a number cell lost the leading zeros. */
		private static String unitCode(SheetRows.Cell cell) {
			String v = text(cell);
			if (cell.kind() == SheetRows.Kind.NUMBER) {
				try {
					BigDecimal n = new BigDecimal(v);
					if (n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0) {
						String digits = n.toBigInteger().toString();
						return digits.length() < 5 ? "0".repeat(5 - digits.length()) + digits : digits;
					}
				}
				catch (NumberFormatException e) {
					return v;
				}
			}
			return VietnameseText.fold(v).isEmpty() ? "" : v.length() > 16 ? v.substring(0, 16) : v;
		}
	}
}
