package vn.ntm.geography.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/** The reference files of {@code reference/admin/} (see SOURCES.md there): read as rows of fields, and checksummed. */
final class ReferenceFiles {

	static final String DIR = "reference/admin/";

	private ReferenceFiles() {
	}

	/** The rows after the header; a row with fewer fields than the header is an error in the file. */
	static List<String[]> csv(String file) {
		try (InputStream in = new ClassPathResource(DIR + file).getInputStream()) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			int columns = lines[0].split(",", -1).length;
			List<String[]> rows = new ArrayList<>(lines.length);
			for (int i = 1; i < lines.length; i++) {
				if (!lines[i].isBlank()) {
					String[] fields = lines[i].strip().split(",", -1);
					if (fields.length < columns) {
						throw new IllegalStateException(file + ", line " + (i + 1) + ": missing column");
					}
					rows.add(fields);
				}
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
	}

	/** The province's 2021–2025 region by province code (a new province: the old one whose code it kept). */
	static Map<String, String> regions() {
		Map<String, String> regions = new HashMap<>();
		csv("province-regions.csv").forEach(r -> regions.put(r[0], r[2]));
		return regions;
	}

	static String checksum(List<String> files, String salt) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt.getBytes(StandardCharsets.UTF_8));
			for (String file : files) {
				try (InputStream in = new ClassPathResource(DIR + file).getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The path of a unit, "/62/615/23512/", from its parent chain. */
	static String path(String code, String parent, Map<String, String> parents) {
		StringBuilder path = new StringBuilder(code).append('/');
		String p = parent;
		while (p != null && !p.isEmpty()) {
			path.insert(0, p + "/");
			p = parents.get(p);
		}
		return "/" + path;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
