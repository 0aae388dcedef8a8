package vn.ntm.exchange.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.identity.Access;

/** A user uploads a filled template and sees what it would change; a valid file's preview is kept for its owner. */
@Service
public class PreviewValuesImport {

	private final ReadValuesUpload reader;
	private final PreviewChanges changes;
	private final PreviewStore previews;
	private final Access access;
	private final ExchangeProperties properties;
	private final Clock clock;

	PreviewValuesImport(ReadValuesUpload reader, PreviewChanges changes, PreviewStore previews, Access access,
			ExchangeProperties properties, Clock clock) {
		this.reader = reader;
		this.changes = changes;
		this.previews = previews;
		this.access = access;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Checks an uploaded workbook and, when every cell is valid, stores the preview for its owner.
	 *
	 * @param expectedPeriod the period the user chose, or null to take the template's
	 * @throws ImportRefused when the file as a whole is refused
	 */
	@Transactional
	public ImportPreview preview(Path file, String fileName, String expectedPeriod) {
		ReadValuesUpload.Upload upload = reader.read(file, fileName, expectedPeriod);
		String id = UUID.randomUUID().toString();
		ParsedValues parsed = upload.parsed();
		if (!upload.valid()) {
			String unitCode = upload.area() == null ? parsed.meta().get(TemplateLayout.KEY_UNIT) : upload.area().code();
			String unitName = upload.area() == null ? null : upload.area().name();
			String periodText = upload.period() == null ? parsed.meta().get(TemplateLayout.KEY_PERIOD)
					: upload.period().toString();
			String setCode = parsed.set() == null ? parsed.meta().get(TemplateLayout.KEY_SET) : parsed.set().code();
			return new ImportPreview(null, unitCode, unitName, periodText, setCode, fileName, parsed.rows().size(),
					parsed.cells(), 0, List.of(), List.of(), upload.problems(), parsed.errorsOmitted());
		}
		PreviewStore.Stored stored = changes.of(id, upload.area(), upload.period(), parsed, fileName);
		previews.save(access.currentUsername(), stored, OffsetDateTime.now(clock).plus(properties.previewTtl()));
		return stored.preview();
	}

	@Transactional(readOnly = true)
	public Optional<ImportPreview> find(String id) {
		return previews.find(id, access.currentUsername()).map(PreviewStore.Stored::preview);
	}
}
