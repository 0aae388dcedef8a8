package vn.ntm.exchange.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.BatchResult;
import vn.ntm.assessment.UnitValues;
import vn.ntm.assessment.ValueConflict;
import vn.ntm.assessment.ValueInput;
import vn.ntm.identity.Access;

/** A user confirms their preview: its values are written all or nothing. */
@Service
public class ConfirmValuesImport {

	private final PreviewStore previews;
	private final Assessments assessments;
	private final Access access;
	private final ExchangeTexts texts;

	ConfirmValuesImport(PreviewStore previews, Assessments assessments, Access access, ExchangeTexts texts) {
		this.previews = previews;
		this.assessments = assessments;
		this.access = access;
		this.texts = texts;
	}

	/** Writes a stored preview; the history and the audit event carry the preview's id. */
	@Transactional
	public BatchResult commit(String id) {
		String user = access.currentUsername();
		PreviewStore.Stored stored = previews.find(id, user)
			.orElseThrow(() -> new ImportRefused("preview-not-found", texts.errors().text("preview-not-found")));
		if (!previews.claim(id, user)) {
			throw new ImportRefused("preview-not-found", texts.errors().text("preview-not-found"));
		}
		ImportPreview p = stored.preview();
		List<UnitValues> units = stored.writes().stream()
			.map(w -> new UnitValues(w.unitCode(), p.period(), p.setCode(), w.cells().stream()
				.map(c -> new ValueInput(c.indicator(), c.value(), null, null, c.version())).toList()))
			.toList();
		try {
			return assessments.recordAll(id, units, "import");
		}
		catch (ValueConflict e) {
			throw new ImportRefused("preview-stale", texts.errors().text("preview-stale"));
		}
	}
}
