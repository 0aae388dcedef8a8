package vn.ntm.planning.web;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import vn.ntm.shared.office.XlsxTable;

/** A table of the planning pages as a downloaded workbook. */
final class Workbooks {

	private Workbooks() {
	}

	static ResponseEntity<byte[]> download(String filename, XlsxTable table, List<? extends List<?>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		table.write(out, rows);
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + filename)
			.header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.body(out.toByteArray());
	}

	/** A text column per header key, in the user's language. */
	static XlsxTable table(FieldMessages messages, String title, String... headerKeys) {
		XlsxTable table = XlsxTable.titled(title).sheet(title);
		for (String key : headerKeys) {
			table.column(messages.text(key), XlsxTable.Type.TEXT);
		}
		return table;
	}
}
