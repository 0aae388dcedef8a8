package vn.ntm.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Looks at an uploaded file before any parser does: it must be an OOXML zip without macros, with no part that
 * inflates beyond the limits. POI's own zip-bomb checks (set here, process-wide) then guard what the central
 * directory may have lied about.
 */
public final class WorkbookGuard {

	private static final int MAX_PARTS = 1_000;
	/** Parts this small are read once to tell a long cell from a bomb (their inflated size is bounded by this). */
	private static final long MAX_SCANNED_BYTES = 32L * 1024 * 1024;

	private WorkbookGuard() {
	}

	/** Applies the limits to POI's process-wide zip reader. */
	public static void configurePoi(ImportLimits limits) {
		ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
		ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
	}

	/** Throws {@link ImportRefused} with a message for the user when the file must not be parsed. */
	public static void check(Path file, String fileName, ImportLimits limits, Messages messages) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsm") || name.endsWith(".xltm") || name.endsWith(".xlsb")) {
			throw new ImportRefused("macro", messages.text("macro"));
		}
		byte[] head = new byte[8];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		catch (IOException e) {
			throw new ImportRefused("not-xlsx", messages.text("not-xlsx"));
		}
		if (read >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0) {
			throw new ImportRefused("legacy-xls", messages.text("legacy-xls"));
		}
		if (read < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
			throw new ImportRefused("not-xlsx", messages.text("not-xlsx"));
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_PARTS) {
				throw new ImportRefused("zip-bomb", messages.text("zip-bomb"));
			}
			boolean contentTypes = false;
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String part = entry.getName().toLowerCase(Locale.ROOT);
				if (part.contains("vbaproject") || part.contains("activex") || part.endsWith(".bin")
						&& !part.contains("printersettings")) {
					throw new ImportRefused("macro", messages.text("macro"));
				}
				long size = entry.getSize();
				long compressed = entry.getCompressedSize();
				if (size > limits.maxEntryBytes()) {
					throw new ImportRefused("zip-bomb", messages.text("zip-bomb"));
				}
				if (size > 64 * 1024 && compressed >= 0 && (double) compressed / size < limits.minInflateRatio()) {
					// one long cell of repeated text (a paste gone wrong) compresses like a bomb: say what it is
					if (size <= MAX_SCANNED_BYTES && (part.startsWith("xl/worksheets/") || part.equals("xl/sharedstrings.xml"))) {
						refuseLongText(zip, entry, limits, messages);
					}
					throw new ImportRefused("zip-bomb", messages.text("zip-bomb"));
				}
				if (part.equals("[content_types].xml")) {
					contentTypes = true;
					try (InputStream in = zip.getInputStream(entry)) {
						String types = new String(in.readNBytes(256 * 1024), StandardCharsets.UTF_8);
						if (types.contains("macroEnabled") || types.contains("vbaProject")) {
							throw new ImportRefused("macro", messages.text("macro"));
						}
					}
				}
			}
			if (!contentTypes || zip.getEntry("xl/workbook.xml") == null) {
				throw new ImportRefused("not-xlsx", messages.text("not-xlsx"));
			}
		}
		catch (ZipException e) {
			throw new ImportRefused("not-xlsx", messages.text("not-xlsx"));
		}
		catch (IOException e) {
			throw new ImportRefused("not-xlsx", messages.text("not-xlsx"));
		}
	}

	/**
	 * Refuses the part with "cell too long" when some text between two tags (a cell's value) is longer than a cell
	 * may be; names the cell when the part is a sheet. Whitespace between tags does not count.
	 */
	private static void refuseLongText(ZipFile zip, ZipEntry entry, ImportLimits limits, Messages messages)
			throws IOException {
		try (java.io.Reader in = new java.io.BufferedReader(
				new java.io.InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8), 1 << 16)) {
			StringBuilder tag = new StringBuilder();
			String cell = null;
			long run = 0;
			boolean text = false;
			boolean inTag = false;
			for (int c = in.read(); c >= 0; c = in.read()) {
				if (inTag) {
					if (c == '>') {
						inTag = false;
						String t = tag.toString();
						if (t.startsWith("c ") && t.contains("r=\"")) {
							int from = t.indexOf("r=\"") + 3;
							int to = t.indexOf('"', from);
							cell = to > from ? t.substring(from, to) : cell;
						}
					}
					else if (tag.length() < 200) {
						tag.append((char) c);
					}
					continue;
				}
				if (c == '<') {
					if (text && run > limits.maxCellLength()) {
						break;
					}
					inTag = true;
					tag.setLength(0);
					run = 0;
					text = false;
					continue;
				}
				run++;
				text |= !Character.isWhitespace(c);
			}
			if (text && run > limits.maxCellLength()) {
				long length = run;
				int max = limits.maxCellLength();
				throw new ImportRefused("cell-too-long", cell == null || entry.getName().endsWith("sharedStrings.xml")
						? messages.text("cell-too-long", length, max)
						: messages.text("cell-too-long-at", cell, length, max));
			}
		}
	}

	/** True when POI refused an entry as a zip bomb somewhere in the cause chain. */
	public static boolean isZipBomb(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String m = t.getMessage();
			if (m != null && (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("MAX_ENTRY_SIZE")
					|| m.contains("max entry size") || m.contains("maxEntrySize"))) {
				return true;
			}
		}
		return false;
	}
}
