package vn.ntm.planning.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The text of an uploaded directive: a .docx (paragraphs and tables, read with POI) or a text file (UTF-8, as OCR
 * tools save it). Anything else is refused with the reason: 415 for another kind of file, 400 for a .docx that does
 * not open or an empty file.
 */
@Component
class DirectiveFiles {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final FieldMessages messages;

	DirectiveFiles(FieldMessages messages) {
		this.messages = messages;
	}

	String text(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, messages.text("planning.directive.empty-file"));
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".docx") || type.equals(DOCX)) {
				return docx(file, name);
			}
			if (name.endsWith(".txt") || type.startsWith("text/plain")) {
				return text(file.getBytes());
			}
		}
		catch (IOException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					messages.text("planning.directive.unreadable-file", file.getOriginalFilename()), e);
		}
		throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				messages.text("planning.directive.unsupported-file", file.getOriginalFilename()));
	}

	private String docx(MultipartFile file, String name) throws IOException {
		try (InputStream in = file.getInputStream(); XWPFDocument doc = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
		catch (RuntimeException e) {
			// POI reports a file that is not a zip of Word parts with unchecked exceptions
			throw new IOException(name, e);
		}
	}

	private static String text(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}
}
