package vn.ntm.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML row by row with POI's hardened SAX reader (no DTDs, no external entities), giving each
 * cell's raw value: numbers as written in the file (not as formatted), texts, booleans and formula errors. Stops with
 * {@link ImportRefused} past the row or column limit; caps the characters kept per cell.
 */
public final class SheetRows {

	public enum Kind { NUMBER, TEXT, BOOLEAN, ERROR }

	/**
	 * @param column  0-based column
	 * @param percent the cell's number format shows a percentage (the stored number is a fraction)
	 * @param tooLong the text was longer than the cell limit and was cut
	 */
	public record Cell(int column, Kind kind, String value, boolean percent, boolean tooLong) {

		public String columnLetter() {
			return CellReference.convertNumToColString(column);
		}
	}

	@FunctionalInterface
	public interface Visitor {
		/** @param row 0-based row index */
		void row(int row, List<Cell> cells);
	}

	private SheetRows() {
	}

	public static void read(InputStream sheet, SharedStrings strings, StylesTable styles, ImportLimits limits,
			Messages messages, Visitor visitor) {
		try {
			XMLReader reader = XMLHelper.newXMLReader();
			reader.setContentHandler(new Handler(strings, styles, limits, messages, visitor));
			reader.parse(new InputSource(sheet));
		}
		catch (SAXException | ParserConfigurationException e) {
			if (e.getCause() instanceof ImportRefused refused) {
				throw refused;
			}
			throw new ImportRefused("malformed-xml", messages.text("malformed-xml"));
		}
		catch (IOException e) {
			if (WorkbookGuard.isZipBomb(e)) {
				throw new ImportRefused("zip-bomb", messages.text("zip-bomb"));
			}
			throw new ImportRefused("malformed-xml", messages.text("malformed-xml"));
		}
	}

	private static final class Handler extends DefaultHandler {

		private final SharedStrings strings;
		private final StylesTable styles;
		private final ImportLimits limits;
		private final Messages messages;
		private final Visitor visitor;
		private final Map<Integer, Boolean> percentStyles = new HashMap<>();
		private final StringBuilder text = new StringBuilder();
		private List<Cell> cells = new ArrayList<>();
		private int row = -1;
		private int column = -1;
		private String type;
		private int style = -1;
		private boolean collecting;
		private boolean inInline;
		private boolean overflow;
		private boolean hasValue;
		private boolean valueSeen;

		Handler(SharedStrings strings, StylesTable styles, ImportLimits limits, Messages messages, Visitor visitor) {
			this.strings = strings;
			this.styles = styles;
			this.limits = limits;
			this.messages = messages;
			this.visitor = visitor;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
			String name = localName == null || localName.isEmpty() ? qName : localName;
			switch (name) {
				case "row" -> {
					String r = attributes.getValue("r");
					int next = r == null ? row + 1 : parseRow(r) - 1;
					row = Math.max(next, row + 1);
					// header rows come before the data rows: allow a few beyond the data limit
					if (row > limits.maxRows() + 20) {
						throw new SAXException(new ImportRefused("too-many-rows",
								messages.text("too-many-rows", limits.maxRows())));
					}
					cells = new ArrayList<>();
					column = -1;
				}
				case "c" -> {
					String ref = attributes.getValue("r");
					column = ref == null ? column + 1 : columnOf(ref);
					if (column >= limits.maxColumns()) {
						throw new SAXException(new ImportRefused("too-many-columns",
								messages.text("too-many-columns", limits.maxColumns())));
					}
					type = attributes.getValue("t");
					String s = attributes.getValue("s");
					style = s == null ? -1 : parseInt(s);
					text.setLength(0);
					overflow = false;
					hasValue = false;
					valueSeen = false;
				}
				case "v" -> {
					// POI's user model edits an inline-string cell by writing <v> and leaving the old <is>: <v> wins
					text.setLength(0);
					overflow = false;
					collecting = true;
					hasValue = true;
					valueSeen = true;
				}
				case "is" -> inInline = true;
				case "t" -> { if (inInline && !valueSeen) { collecting = true; hasValue = true; } }
				default -> { }
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (!collecting) return;
			int room = limits.maxCellLength() + 1 - text.length();
			if (room <= 0) {
				overflow = true;
				return;
			}
			if (length > room) {
				overflow = true;
				length = room;
			}
			text.append(ch, start, length);
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			String name = localName == null || localName.isEmpty() ? qName : localName;
			switch (name) {
				case "v" -> collecting = false;
				case "t" -> { if (inInline) collecting = false; }
				case "is" -> inInline = false;
				case "c" -> {
					if (hasValue) {
						Cell cell = cell();
						if (cell != null) cells.add(cell);
					}
				}
				case "row" -> {
					if (!cells.isEmpty()) visitor.row(row, cells);
				}
				default -> { }
			}
		}

		private Cell cell() {
			String raw = text.toString();
			boolean tooLong = overflow || raw.length() > limits.maxCellLength();
			if (tooLong && raw.length() > limits.maxCellLength()) {
				raw = raw.substring(0, limits.maxCellLength());
			}
			if (type == null || type.equals("n")) {
				if (raw.isBlank()) return null;
				return new Cell(column, Kind.NUMBER, raw.trim(), percent(style), tooLong);
			}
			return switch (type) {
				case "s" -> {
					int index = parseInt(raw.trim());
					SharedStrings.Entry entry = strings == null ? null : strings.get(index);
					if (entry == null) yield new Cell(column, Kind.TEXT, "", false, false);
					yield entry.value().isBlank() ? null : new Cell(column, Kind.TEXT, entry.value(), false, entry.tooLong());
				}
				case "b" -> new Cell(column, Kind.BOOLEAN, raw.trim(), false, false);
				case "e" -> new Cell(column, Kind.ERROR, raw.trim(), false, false);
				default -> raw.isBlank() ? null : new Cell(column, Kind.TEXT, raw, false, tooLong);
			};
		}

		private boolean percent(int index) {
			if (index < 0 || styles == null) return false;
			return percentStyles.computeIfAbsent(index, i -> {
				try {
					String format = styles.getStyleAt(i).getDataFormatString();
					return format != null && format.contains("%");
				}
				catch (RuntimeException e) {
					return false;
				}
			});
		}

		private static int parseInt(String s) {
			try {
				return Integer.parseInt(s);
			}
			catch (NumberFormatException e) {
				return -1;
			}
		}

		private static int parseRow(String r) {
			int n = parseInt(r);
			return n < 1 ? 1 : n;
		}

		private static int columnOf(String ref) {
			int letters = 0;
			while (letters < ref.length() && Character.isLetter(ref.charAt(letters))) letters++;
			if (letters == 0 || letters > 4) return Integer.MAX_VALUE;
			return CellReference.convertColStringToIndex(ref.substring(0, letters));
		}
	}
}
