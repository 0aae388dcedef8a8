package vn.ntm.reporting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.Summary;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.reporting.ConsolidatedFigures;
import vn.ntm.reporting.ConsolidatedFigures.DistrictLine;
import vn.ntm.reporting.ConsolidatedFigures.ReporterLine;
import vn.ntm.reporting.ConsolidatedReport;
import vn.ntm.reporting.ConsolidatedReportIssued;
import vn.ntm.reporting.Obligation;
import vn.ntm.reporting.Obligation.ReporterKind;
import vn.ntm.reporting.ReportRejected;
import vn.ntm.reporting.ReportSubmitted;
import vn.ntm.reporting.Reporting;
import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.Submission;
import vn.ntm.reporting.Submission.State;
import vn.ntm.reporting.Timeliness;
import vn.ntm.reporting.document.ComplianceWorkbook;
import vn.ntm.reporting.document.ConsolidatedReportDocument;
import vn.ntm.reporting.document.ConsolidatedReportWorkbook;
import vn.ntm.reporting.document.VietnameseFormat;
import vn.ntm.reporting.rules.AttachmentType;
import vn.ntm.reporting.rules.ReportingCalendar;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Period;
import vn.ntm.shared.Message;

@Service
class ReportingService implements Reporting {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ReporterDirectory directory;
	private final SubmissionStore submissions;
	private final ConsolidatedStore consolidated;
	private final ReportForms forms;
	private final PlanTargets plans;
	private final Assessments assessments;
	private final CriteriaSets criteriaSets;
	private final Geography geography;
	private final Access access;
	private final ApplicationEventPublisher events;
	private final ReportingProperties properties;
	private final ReportingCalendar calendar;
	private final ReportingCalendars calendars;
	private final Clock clock;

	ReportingService(ReporterDirectory directory, SubmissionStore submissions, ConsolidatedStore consolidated,
			ReportForms forms, PlanTargets plans, Assessments assessments, CriteriaSets criteriaSets,
			Geography geography, Access access, ApplicationEventPublisher events, ReportingProperties properties,
			ReportingCalendar calendar, Clock clock) {
		this.calendars = new ReportingCalendars(properties);
		this.directory = directory;
		this.submissions = submissions;
		this.consolidated = consolidated;
		this.forms = forms;
		this.plans = plans;
		this.assessments = assessments;
		this.criteriaSets = criteriaSets;
		this.geography = geography;
		this.access = access;
		this.events = events;
		this.properties = properties;
		this.calendar = calendar;
		this.clock = clock;
	}

	// --- obligations and timeliness

	@Override
	public List<Obligation> obligations(String provinceCode, YearMonth month) {
		return visibleReporters(provinceCode, month).stream().map(r -> obligation(r, month)).toList();
	}

	Obligation obligation(Reporter r, YearMonth month) {
		ReportingCalendar rules = calendars.forProvince(r.provinceCode());
		LocalDate last = r.kind() == ReporterKind.COORDINATION_OFFICE ? rules.consolidationLastOnTimeDay(month)
				: rules.lastOnTimeDay(month);
		return new Obligation(r.code(), r.name(), r.kind(), r.provinceCode(), r.unitCode(), month,
				ReportingCalendar.isQuarterEnd(month), last, rules.dueBefore(last));
	}

	@Override
	public List<Timeliness> compliance(String provinceCode, YearMonth month) {
		return timeliness(provinceCode, visibleReporters(provinceCode, month), month);
	}

	List<Timeliness> timeliness(String provinceCode, List<Reporter> reporters, YearMonth month) {
		Map<String, SubmissionStore.FirstSubmission> first = submissions.firstSubmissions(provinceCode, month);
		List<ConsolidatedReport> issued = consolidated.all(provinceCode, month);
		Instant now = clock.instant();
		List<Timeliness> lines = new ArrayList<>();
		for (Reporter r : reporters) {
			Obligation o = obligation(r, month);
			Instant at;
			Long id;
			if (r.kind() == ReporterKind.COORDINATION_OFFICE) {
				at = issued.isEmpty() ? null : issued.get(0).issuedAt();
				id = issued.isEmpty() ? null : issued.get(0).id();
			}
			else {
				SubmissionStore.FirstSubmission f = first.get(r.code());
				at = f == null ? null : f.submittedAt();
				id = f == null ? null : f.submissionId();
			}
			Timeliness.Status status = calendar.classify(o.lastOnTimeDay(), at, now);
			int late = status == Timeliness.Status.LATE ? calendar.daysLate(o.lastOnTimeDay(), at) : 0;
			lines.add(new Timeliness(o, status, late, at, id));
		}
		return lines;
	}

	@Override
	public List<Timeliness> year(String provinceCode, String reporterCode, int year) {
		if (java.util.stream.IntStream.rangeClosed(1, 12)
			.noneMatch(m -> mayFollow(provinceCode, reporterCode, YearMonth.of(year, m)))) {
			throw new AccessDeniedException("reporter outside scope");
		}
		List<Timeliness> lines = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			directory.find(provinceCode, month, reporterCode)
				.ifPresent(r -> lines.addAll(timeliness(provinceCode, List.of(r), month)));
		}
		return lines;
	}

	@Override
	public byte[] complianceWorkbook(String provinceCode, YearMonth month) {
		return new ComplianceWorkbook().write("Tình hình thực hiện chế độ báo cáo " + VietnameseFormat.month(month),
				compliance(provinceCode, month), calendar.zone());
	}

	// --- submissions

	@Override
	@Transactional
	public Submission draft(String provinceCode, String reporterCode, YearMonth month) {
		Reporter reporter = reporterToWrite(provinceCode, month, reporterCode);
		List<Submission> revisions = submissions.revisions(provinceCode, reporterCode, month);
		if (!revisions.isEmpty()) {
			return revisions.get(revisions.size() - 1);
		}
		long id = submissions.insert(provinceCode, reporter, month, 1, ReportingCalendar.isQuarterEnd(month),
				forms.prefill(reporter, reporter.setCode(), month), null, null, null,
				access.currentUsername(), clock.instant());
		events.publishEvent(new AuditEvent("report", key(reporterCode, month) + "/1", "create", null, "draft",
				provinceCode));
		return submissions.find(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Submission unsavedDraft(String provinceCode, String reporterCode, YearMonth month) {
		Reporter reporter = reporterToWrite(provinceCode, month, reporterCode);
		return new Submission(0, provinceCode, reporterCode, reporter.name(), month, 1, State.DRAFT,
				ReportingCalendar.isQuarterEnd(month), forms.prefill(reporter, reporter.setCode(), month), null, null,
				null, List.of(), access.currentUsername(), clock.instant(), null, null, 0);
	}

	@Override
	@Transactional
	public Submission correct(String provinceCode, String reporterCode, YearMonth month) {
		Reporter reporter = reporterToWrite(provinceCode, month, reporterCode);
		List<Submission> revisions = submissions.revisions(provinceCode, reporterCode, month);
		if (revisions.isEmpty()) {
			return draft(provinceCode, reporterCode, month);
		}
		Submission last = revisions.get(revisions.size() - 1);
		if (last.state() == State.DRAFT) {
			return last;
		}
		int revision = last.revision() + 1;
		long id = submissions.insert(provinceCode, reporter, month, revision, last.quarterEnd(),
				forms.prefill(reporter, reporter.setCode(), month), last.results(), last.difficulties(),
				last.proposals(), access.currentUsername(), clock.instant());
		events.publishEvent(new AuditEvent("report", key(reporterCode, month) + "/" + revision, "create",
				"revision " + last.revision(), "correction draft", provinceCode));
		return submissions.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public Submission saveDraft(long submissionId, String results, String difficulties, String proposals,
			long expectedVersion) {
		Submission s = ownDraft(submissionId);
		submissions.saveNarrative(submissionId, trim(results), trim(difficulties), trim(proposals), expectedVersion);
		events.publishEvent(new AuditEvent("report", key(s.reporterCode(), s.month()) + "/" + s.revision(), "update",
				null, "narrative", s.provinceCode()));
		return submissions.find(submissionId).orElseThrow();
	}

	@Override
	@Transactional
	public Submission attach(long submissionId, String filename, byte[] content) {
		Submission s = ownDraft(submissionId);
		if (content == null || content.length == 0) {
			throw new ReportRejected(Message.of("reporting.error.attachment-empty", filename));
		}
		if (content.length > properties.attachmentMaxBytes()) {
			throw new ReportRejected(Message.of("reporting.error.attachment-too-large", filename,
					String.valueOf(properties.attachmentMaxBytes() / (1024 * 1024))));
		}
		String name = filename == null ? "" : filename.replaceAll("[\\\\/]", "_").strip();
		AttachmentType type = AttachmentType.detect(name, content)
			.orElseThrow(() -> new ReportRejected(Message.of("reporting.error.attachment-type", filename)));
		submissions.addAttachment(submissionId, name, type.mediaType(), content, access.currentUsername(),
				clock.instant());
		submissions.touch(submissionId);
		events.publishEvent(new AuditEvent("report-attachment", key(s.reporterCode(), s.month()) + "/" + s.revision(),
				"create", null, name + " (" + content.length + " B)", s.provinceCode()));
		return submissions.find(submissionId).orElseThrow();
	}

	@Override
	@Transactional
	public Submission submit(long submissionId, long expectedVersion) {
		Submission s = ownDraft(submissionId);
		if (isBlank(s.results())) {
			throw new ReportRejected(Message.of("reporting.error.results-required"));
		}
		Instant now = clock.instant();
		String by = access.currentUsername();
		submissions.markSubmitted(submissionId, by, now, expectedVersion);
		events.publishEvent(new AuditEvent("report", key(s.reporterCode(), s.month()) + "/" + s.revision(), "submit",
				"DRAFT", "SUBMITTED", s.provinceCode()));
		events.publishEvent(new ReportSubmitted(submissionId, s.reporterCode(), s.month(), s.revision(), now, by));
		return submissions.find(submissionId).orElseThrow();
	}

	@Override
	public List<Submission> submissions(String provinceCode, String reporterCode, YearMonth month) {
		if (!mayFollow(provinceCode, reporterCode, month)) {
			throw new AccessDeniedException("reporter outside scope");
		}
		return submissions.revisions(provinceCode, reporterCode, month);
	}

	@Override
	public Optional<Submission> submission(long id) {
		Optional<Submission> s = submissions.find(id);
		if (s.isPresent() && !mayFollow(s.get().provinceCode(), s.get().reporterCode(), s.get().month())) {
			throw new AccessDeniedException("report outside scope");
		}
		return s;
	}

	@Override
	public Optional<StoredFile> attachment(long submissionId, long attachmentId) {
		return submission(submissionId).flatMap(s -> submissions.attachment(submissionId, attachmentId));
	}

	private Submission ownDraft(long id) {
		Submission s = submissions.find(id).orElseThrow(() -> new ReportRejected(Message.of("reporting.error.no-report", String.valueOf(id))));
		reporterToWrite(s.provinceCode(), s.month(), s.reporterCode());
		if (s.state() != State.DRAFT) {
			throw new ReportRejected(Message.of("reporting.error.submitted-read-only"));
		}
		return s;
	}

	// --- consolidated report

	@Override
	@Transactional
	public ConsolidatedReport issue(String provinceCode, YearMonth month, String reason) {
		if (!access.canManage(provinceCode)) {
			throw new AccessDeniedException("only the coordination office issues the consolidated report");
		}
		int revision = consolidated.nextRevision(provinceCode, month);
		if (revision > 1 && isBlank(reason)) {
			throw new ReportRejected(Message.of("reporting.error.revision-reason"));
		}
		Instant now = clock.instant();
		LocalDate today = calendar.localDay(now);
		Instant yearStart = LocalDate.of(today.getYear(), 1, 1).atStartOfDay(calendar.zone()).toInstant();
		Instant nextYear = LocalDate.of(today.getYear() + 1, 1, 1).atStartOfDay(calendar.zone()).toInstant();
		String number = "%02d/%s".formatted(consolidated.nextNumberInYear(provinceCode, yearStart, nextYear),
				properties.documentNumberSuffix());
		ConsolidatedFigures figures = figures(provinceCode, month, revision, number, today);
		byte[] docx = document().write(figures);
		byte[] xlsx = new ConsolidatedReportWorkbook().write(figures);
		String by = access.currentUsername();
		long id = consolidated.insert(figures, docx, xlsx, trim(reason), by, now);
		events.publishEvent(new AuditEvent("consolidated-report", provinceCode + "/" + month + "/" + revision, "issue",
				null, number, provinceCode));
		events.publishEvent(new ConsolidatedReportIssued(id, provinceCode, month, revision, number, by));
		return new ConsolidatedReport(id, figures, by, now, trim(reason));
	}

	@Override
	public List<ConsolidatedReport> consolidated(String provinceCode, YearMonth month) {
		requireFollowsProvince(provinceCode);
		return consolidated.all(provinceCode, month);
	}

	@Override
	public Optional<StoredFile> consolidatedFile(String provinceCode, YearMonth month, Integer revision,
			String format) {
		requireFollowsProvince(provinceCode);
		List<ConsolidatedReport> issued = consolidated.all(provinceCode, month);
		if (issued.isEmpty()) {
			return Optional.empty();
		}
		int wanted = revision != null ? revision : issued.get(issued.size() - 1).figures().revision();
		String ext = "xlsx".equals(format) ? "xlsx" : "docx";
		String name = "bao-cao-tong-hop-" + provinceCode + "-" + month + (wanted > 1 ? "-lan-" + wanted : "") + "." + ext;
		return consolidated.file(provinceCode, month, wanted, ext)
			.map(bytes -> new StoredFile(name, "xlsx".equals(ext) ? XLSX : DOCX, bytes));
	}

	@Override
	public ConsolidatedFigures preview(String provinceCode, YearMonth month) {
		requireFollowsProvince(provinceCode);
		return figures(provinceCode, month, consolidated.nextRevision(provinceCode, month), "…/"
				+ properties.documentNumberSuffix(), calendar.localDay(clock.instant()));
	}

	ConsolidatedReportDocument document() {
		return new ConsolidatedReportDocument(properties.issuingOffice(), properties.recipients(),
				properties.signerTitle(), properties.signerName());
	}

	private ConsolidatedFigures figures(String provinceCode, YearMonth month, int revision, String number,
			LocalDate issuedOn) {
		AdministrativeUnit province = geography.findLatest(provinceCode, month.atEndOfMonth())
			.orElseThrow(() -> new ReportRejected(Message.of("reporting.error.no-province", provinceCode)));
		Summary summary = assessments.summary(provinceCode, Period.of(month));
		List<DistrictLine> districts = summary.districts().stream()
			.map(d -> new DistrictLine(d.unitCode(), d.unitName(), d.communesInScope(), d.meetingAllCriteria(),
					d.recognised(), scale(d.averageCriteriaMet())))
			.toList();
		List<ReporterLine> reporters = timeliness(provinceCode, directory.reporters(provinceCode, month), month).stream()
			.filter(t -> t.obligation().reporterKind() != ReporterKind.COORDINATION_OFFICE)
			.map(t -> new ReporterLine(t.obligation().reporterCode(), t.obligation().reporterName(),
					t.obligation().reporterKind(), t.status(), t.daysLate(),
					t.submittedAt() == null ? null : calendar.localDay(t.submittedAt())))
			.toList();
		return new ConsolidatedFigures(provinceCode, provinceName(province), month,
				ReportingCalendar.isQuarterEnd(month), revision, number, issuedOn, place(province),
				summary.communesInScope(), summary.meetingAllCriteria(), summary.recognised(),
				summary.recognisedByTier().getOrDefault(Tier.ADVANCED, 0),
				summary.recognisedByTier().getOrDefault(Tier.MODEL, 0), scale(summary.averageCriteriaMet()), districts,
				plans.progress(provinceCode, month), reporters);
	}

	private static BigDecimal scale(BigDecimal value) {
		return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, java.math.RoundingMode.HALF_UP);
	}

	static String provinceName(AdministrativeUnit province) {
		String name = province.name();
		String type = province.type() == null ? "Tỉnh" : province.type();
		return name.startsWith(type) ? name : type + " " + name;
	}

	static String place(AdministrativeUnit province) {
		String name = province.name();
		for (String prefix : new String[] { "Tỉnh ", "Thành phố " }) {
			if (name.startsWith(prefix)) {
				return name.substring(prefix.length());
			}
		}
		return name;
	}

	// --- scope

	private List<Reporter> visibleReporters(String provinceCode, YearMonth month) {
		List<Reporter> all = directory.reporters(provinceCode, month);
		if (directory.overseesProvince(provinceCode)) {
			return all;
		}
		var own = directory.reportersOfCurrentUser(provinceCode, month);
		return all.stream().filter(r -> own.contains(r.code())).toList();
	}

	private boolean mayFollow(String provinceCode, String reporterCode, YearMonth month) {
		return directory.overseesProvince(provinceCode)
				|| directory.reportersOfCurrentUser(provinceCode, month).contains(reporterCode);
	}

	private void requireFollowsProvince(String provinceCode) {
		if (!directory.overseesProvince(provinceCode)) {
			throw new AccessDeniedException("only the coordination office follows the whole province");
		}
	}

	private Reporter reporter(String provinceCode, YearMonth month, String reporterCode) {
		return directory.find(provinceCode, month, reporterCode)
			.orElseThrow(() -> new ReportRejected(Message.of("reporting.error.no-reporter", reporterCode)));
	}

	private Reporter reporterToWrite(String provinceCode, YearMonth month, String reporterCode) {
		Reporter reporter = reporter(provinceCode, month, reporterCode);
		if (!directory.reportersOfCurrentUser(provinceCode, month).contains(reporterCode)) {
			throw new AccessDeniedException("reports only for one's own organization");
		}
		return reporter;
	}

	private static String key(String reporterCode, YearMonth month) {
		return reporterCode + "/" + month;
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return isBlank(s) ? null : s.strip();
	}
}
