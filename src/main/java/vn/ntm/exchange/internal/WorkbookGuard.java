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
				if (size > limits.maxEntryBytes()
						|| size > 64 * 1024 && compressed >= 0 && (double) compressed / size < limits.minInflateRatio()) {
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
