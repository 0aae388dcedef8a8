package vn.ntm.reporting.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ntm.reporting.ConsolidatedFigures;
import vn.ntm.reporting.ConsolidatedReport;
import vn.ntm.reporting.StoredFile;

/** The consolidated reports of a month as the province's followers read them: issued revisions, files, a preview. */
@Component
public class ConsolidatedReports {

	private final ReportingScope scope;
	private final ConsolidatedStore consolidated;
	private final MonthFigures figures;
	private final ConsolidatedReportFiles files;
	private final Clock clock;

	ConsolidatedReports(ReportingScope scope, ConsolidatedStore consolidated, MonthFigures figures,
			ConsolidatedReportFiles files, Clock clock) {
		this.scope = scope;
		this.consolidated = consolidated;
		this.figures = figures;
		this.files = files;
		this.clock = clock;
	}

	/** The issued revisions, oldest first. */
	public List<ConsolidatedReport> consolidated(String provinceCode, YearMonth month) {
		scope.requireFollowsProvince(provinceCode);
		return consolidated.all(provinceCode, month);
	}

	/** A stored file of an issued revision (the latest when {@code revision} is null). */
	public Optional<StoredFile> consolidatedFile(String provinceCode, YearMonth month, Integer revision,
			String format) {
		scope.requireFollowsProvince(provinceCode);
		List<ConsolidatedReport> issued = consolidated.all(provinceCode, month);
		if (issued.isEmpty()) {
			return Optional.empty();
		}
		int wanted = revision != null ? revision : issued.get(issued.size() - 1).figures().revision();
		String ext = "xlsx".equals(format) ? "xlsx" : "docx";
		String name = ConsolidatedReportFiles.filename(provinceCode, month, wanted, ext);
		return consolidated.file(provinceCode, month, wanted, ext)
			.map(bytes -> new StoredFile(name, "xlsx".equals(ext) ? ConsolidatedReportFiles.XLSX
					: ConsolidatedReportFiles.DOCX, bytes));
	}

	/** The figures the report of the month would have if issued now (not stored). */
	public ConsolidatedFigures preview(String provinceCode, YearMonth month) {
		scope.requireFollowsProvince(provinceCode);
		return figures.of(provinceCode, month, consolidated.nextRevision(provinceCode, month), files.unnumbered(),
				clock.instant());
	}
}
