package vn.ntm.exchange.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.shared.VietnameseText;
import vn.ntm.shared.office.XlsxTable;
import vn.ntm.shared.platform.Messages;

/**
 * Any table a page shows, as an Excel sheet with the same columns: the page sends the cells it rendered (the user
 * has already seen them, so nothing outside their scope can leak), and numbers and dates written the Vietnamese way
 * become real numbers and dates again.
 */
@RestController
class TableExportApi {

	static final int MAX_COLUMNS = 60;
	static final int MAX_ROWS = 20_000;
	static final int MAX_CELL = 2_000;

	private static final Pattern VIETNAMESE_NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Messages messages;

	TableExportApi(Messages messages) {
		this.messages = messages;
	}

	record Table(String title, List<String> columns, List<List<String>> rows) {
	}

	@PostMapping(path = "/exports/table.xlsx", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> export(@RequestBody Table table) {
		List<String> columns = table.columns() == null ? List.of() : table.columns();
		List<List<String>> rows = table.rows() == null ? List.of() : table.rows();
		if (columns.isEmpty() || columns.size() > MAX_COLUMNS || rows.size() > MAX_ROWS) {
			throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
					messages.get("exchange.table.size", MAX_COLUMNS, MAX_ROWS));
		}
		String title = clip(table.title() == null || table.title().isBlank() ? messages.get("exchange.table.title") : table.title(), 200);
		XlsxTable sheet = XlsxTable.titled(title);
		List<XlsxTable.Type> types = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			XlsxTable.Type type = typeOf(rows, c);
			types.add(type);
			sheet.column(clip(columns.get(c), 200), type);
		}
		List<List<?>> values = new ArrayList<>(rows.size());
		for (List<String> row : rows) {
			List<Object> cells = new ArrayList<>(columns.size());
			for (int c = 0; c < columns.size(); c++) {
				String text = row != null && c < row.size() && row.get(c) != null ? clip(row.get(c).strip(), MAX_CELL) : "";
				cells.add(text.isEmpty() ? null : switch (types.get(c)) {
					case DECIMAL, INTEGER -> number(text);
					case DATE -> LocalDate.parse(text, DATE);
					default -> text;
				});
			}
			values.add(cells);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		sheet.write(out, values);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(title) + ".xlsx").build().toString())
			.body(out.toByteArray());
	}

	/** A column is numeric (or a date) only when every filled cell of it is; anything else stays text. */
	static XlsxTable.Type typeOf(List<List<String>> rows, int column) {
		boolean any = false;
		boolean numbers = true;
		boolean integers = true;
		boolean dates = true;
		for (List<String> row : rows) {
			String text = row != null && column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
			if (text.isEmpty()) {
				continue;
			}
			any = true;
			boolean number = text.length() < 30 && VIETNAMESE_NUMBER.matcher(text).matches();
			numbers &= number;
			integers &= number && !text.contains(",");
			dates &= isDate(text);
		}
		if (!any) return XlsxTable.Type.TEXT;
		if (numbers) return integers ? XlsxTable.Type.INTEGER : XlsxTable.Type.DECIMAL;
		return dates ? XlsxTable.Type.DATE : XlsxTable.Type.TEXT;
	}

	private static boolean isDate(String text) {
		try {
			LocalDate.parse(text, DATE);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	static BigDecimal number(String text) {
		return new BigDecimal(text.replace(".", "").replace(',', '.'));
	}

	private static String clip(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	static String fileName(String title) {
		String folded = VietnameseText.fold(title);
		String name = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return name.isEmpty() ? "bang" : name.length() > 60 ? name.substring(0, 60) : name;
	}
}
