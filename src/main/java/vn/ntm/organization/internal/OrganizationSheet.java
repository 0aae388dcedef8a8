package vn.ntm.organization.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ntm.organization.OrganizationsRefused;
import vn.ntm.shared.Message;
import vn.ntm.shared.VietnameseFormat;

/**
 * The organization sheet of a province, as the downloadable template lays it out: one header row, then one
 * organization a row in fixed columns A to J. Reads the cells as text (a date cell as dd/MM/yyyy). The file is
 * bounded in size before POI sees it, and POI's own zip-bomb limits apply while it inflates.
 */
final class OrganizationSheet {

	/** The columns, in order; each names its header key ({@code organization.import.column.<key>}). */
	enum Column {
		SHORT_CODE("short-code"), KIND("kind"), NAME("name"), UNIT("unit"), VALID_FROM("valid-from"),
		VALID_TO("valid-to"), SUCCESSORS("successors"), SET("set"), LEAD("lead"), SUPPORTING("supporting");

		final String key;

		Column(String key) {
			this.key = "organization.import.column." + key;
		}

		String letter() {
			return String.valueOf((char) ('A' + ordinal()));
		}
	}

	/** One row of the sheet: its number as Excel shows it and its cells' text, stripped ("" when empty). */
	record SheetRow(int number, List<String> cells) {

		String get(Column column) {
			return cells.get(column.ordinal());
		}
	}

	static final int MAX_BYTES = 5 * 1024 * 1024;
	static final int MAX_ROWS = 5_000;

	private OrganizationSheet() {
	}

	/** @throws OrganizationsRefused when the file is not a workbook of this template or too large */
	static List<SheetRow> read(InputStream in) {
		byte[] bytes;
		try {
			bytes = in.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (bytes.length > MAX_BYTES) {
			throw refused("organization.import.too-large", MAX_BYTES / 1024 / 1024);
		}
		if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
			throw refused("organization.import.not-xlsx");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			return rows(workbook.getSheetAt(0));
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof OrganizationsRefused refused) {
				throw refused;
			}
			throw refused("organization.import.not-xlsx");
		}
	}

	private static List<SheetRow> rows(Sheet sheet) {
		int header = -1;
		for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 20) && header < 0; r++) {
			if (isHeader(text(sheet.getRow(r), 0))) {
				header = r;
			}
		}
		if (header < 0) {
			throw refused("organization.import.no-header");
		}
		if (sheet.getLastRowNum() - header > MAX_ROWS) {
			throw refused("organization.import.too-many-rows", MAX_ROWS);
		}
		List<SheetRow> rows = new ArrayList<>();
		for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			for (Column c : Column.values()) {
				cells.add(text(row, c.ordinal()));
			}
			if (cells.stream().anyMatch(c -> !c.isEmpty())) {
				rows.add(new SheetRow(r + 1, List.copyOf(cells)));
			}
		}
		if (rows.isEmpty()) {
			throw refused("organization.import.empty");
		}
		return rows;
	}

	/** The header of column A in either language, so a template downloaded in English imports too. */
	private static boolean isHeader(String text) {
		for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
			String label = ResourceBundle.getBundle("i18n/organization", locale,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString(Column.SHORT_CODE.key);
			if (label.equalsIgnoreCase(text)) {
				return true;
			}
		}
		return false;
	}

	private static String text(Row row, int column) {
		Cell cell = row == null ? null : row.getCell(column);
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? VietnameseFormat.date(cell.getLocalDateTimeCellValue().toLocalDate())
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> new DataFormatter().formatCellValue(cell);
			default -> "";
		};
	}

	private static OrganizationsRefused refused(String key, Object... args) {
		return new OrganizationsRefused(List.of(Message.of(key, args)));
	}
}
