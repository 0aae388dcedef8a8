package vn.ntm.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings, read with the hardened SAX reader; each string cut at the cell limit and the whole
 * table bounded, so a huge or endless string costs no more than the limit (POI's own table keeps everything).
 */
public final class SharedStrings {

	public record Entry(String value, boolean tooLong) {
	}

	private final List<Entry> entries;

	private SharedStrings(List<Entry> entries) {
		this.entries = entries;
	}

	public static SharedStrings none() {
		return new SharedStrings(List.of());
	}

	public Entry get(int index) {
		return index >= 0 && index < entries.size() ? entries.get(index) : null;
	}

	public int size() {
		return entries.size();
	}

	public static SharedStrings read(InputStream in, ImportLimits limits, Messages messages) {
		List<Entry> entries = new ArrayList<>();
		try {
			XMLReader reader = XMLHelper.newXMLReader();
			reader.setContentHandler(new DefaultHandler() {
				final StringBuilder text = new StringBuilder();
				boolean inString;
				boolean inText;
				boolean phonetic;
				boolean overflow;
				long total;

				@Override
				public void startElement(String uri, String localName, String qName, Attributes a) {
					String name = localName == null || localName.isEmpty() ? qName : localName;
					switch (name) {
						case "si" -> { inString = true; text.setLength(0); overflow = false; }
						case "rPh" -> phonetic = true;
						case "t" -> inText = inString && !phonetic;
						default -> { }
					}
				}

				@Override
				public void characters(char[] ch, int start, int length) throws SAXException {
					if (!inText) return;
					total += length;
					if (total > limits.maxSharedChars()) {
						throw new SAXException(new ImportRefused("too-much-text", messages.text("too-much-text")));
					}
					int room = limits.maxCellLength() + 1 - text.length();
					if (length > room) {
						overflow = true;
						length = Math.max(room, 0);
					}
					text.append(ch, start, length);
				}

				@Override
				public void endElement(String uri, String localName, String qName) {
					String name = localName == null || localName.isEmpty() ? qName : localName;
					switch (name) {
						case "t" -> inText = false;
						case "rPh" -> phonetic = false;
						case "si" -> {
							boolean tooLong = overflow || text.length() > limits.maxCellLength();
							String value = tooLong ? text.substring(0, Math.min(text.length(), limits.maxCellLength()))
									: text.toString();
							entries.add(new Entry(value, tooLong));
							inString = false;
						}
						default -> { }
					}
				}
			});
			reader.parse(new InputSource(in));
		}
		catch (SAXException | ParserConfigurationException e) {
			if (e.getCause() instanceof ImportRefused refused) throw refused;
			throw new ImportRefused("malformed-xml", messages.text("malformed-xml"));
		}
		catch (IOException e) {
			if (WorkbookGuard.isZipBomb(e)) throw new ImportRefused("zip-bomb", messages.text("zip-bomb"));
			throw new ImportRefused("malformed-xml", messages.text("malformed-xml"));
		}
		return new SharedStrings(entries);
	}
}
