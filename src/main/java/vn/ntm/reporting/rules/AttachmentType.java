package vn.ntm.reporting.rules;

import java.util.Locale;
import java.util.Optional;

// Chế độ báo cáo NTM của tỉnh: tài liệu kèm theo báo cáo chỉ nhận PDF, Word, Excel
/**
 * The attachment types a report may carry, recognised by their first bytes and not only by their name: PDF
 * ({@code %PDF-}), Word and Excel in Office Open XML (a ZIP, {@code PK\3\4}) or the older binary format (OLE2,
 * {@code D0 CF 11 E0}).
 */
public enum AttachmentType {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	DOC("application/msword", "doc"),
	XLS("application/vnd.ms-excel", "xls");

	private final String mediaType;
	private final String extension;

	AttachmentType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	/** The type named by the file's extension whose content starts as that type must, or empty. */
	public static Optional<AttachmentType> detect(String filename, byte[] content) {
		if (filename == null || content == null) {
			return Optional.empty();
		}
		int dot = filename.lastIndexOf('.');
		String ext = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
		for (AttachmentType type : values()) {
			if (type.extension.equals(ext)) {
				return type.matches(content) ? Optional.of(type) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	private boolean matches(byte[] c) {
		return switch (this) {
			case PDF -> startsWith(c, 0x25, 0x50, 0x44, 0x46, 0x2D);
			case DOCX -> startsWith(c, 0x50, 0x4B, 0x03, 0x04) && contains(c, "word/");
			case XLSX -> startsWith(c, 0x50, 0x4B, 0x03, 0x04) && contains(c, "xl/");
			case DOC, XLS -> startsWith(c, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
		};
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	// the ZIP's local file headers name the parts: a Word package has word/…, a workbook xl/…
	private static boolean contains(byte[] content, String ascii) {
		byte[] needle = ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		outer:
		for (int i = 0; i + needle.length <= content.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (content[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
