package vn.ntm.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.Summary;
import vn.ntm.criteria.Tier;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.identity.Directory;
import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Organizations;
import vn.ntm.planning.Plans;
import vn.ntm.reporting.internal.DraftReport;
import vn.ntm.reporting.internal.EditDraft;
import vn.ntm.reporting.internal.IssueConsolidatedReport;
import vn.ntm.reporting.internal.SubmitReport;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Period;

/**
 * The reporting module alone (with the shared one), the modules it calls mocked: Hà Tĩnh has one department that
 * answers for criterion 2 and whose officer is signed in. Submitting its monthly report publishes
 * {@link ReportSubmitted} and the audit event, issuing the province's consolidated report
 * {@link ConsolidatedReportIssued}; a report that was refused publishes nothing.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class ReportingModuleTests {

	static final Organization TRANSPORT = new Organization(7, "42", OrganizationKind.DEPARTMENT, "Sở Xây dựng",
			"so-xd", null, false, false, 0);
	static final AdministrativeUnit HA_TINH = new AdministrativeUnit("42", "Tỉnh Hà Tĩnh", "Tỉnh", UnitLevel.PROVINCE,
			null, "/42/", LocalDate.of(2020, 1, 1), null, null, false);
	static final YearMonth MARCH = YearMonth.of(2024, 3);

	@Autowired
	DraftReport drafts;

	@Autowired
	EditDraft edits;

	@Autowired
	SubmitReport submit;

	@Autowired
	IssueConsolidatedReport consolidated;

	@MockitoBean
	Organizations organizations;

	@MockitoBean
	Directory directory;

	@MockitoBean
	Access access;

	@MockitoBean
	Geography geography;

	@MockitoBean
	CriteriaSets criteriaSets;

	@MockitoBean
	Assessments assessments;

	@MockitoBean
	Plans plans;

	@BeforeEach
	void theDepartmentOfficerOfHaTinh() {
		when(organizations.all(eq("42"), any(LocalDate.class))).thenReturn(List.of(TRANSPORT));
		when(organizations.assignedCriteria(eq(7L), anyString(), any(LocalDate.class))).thenReturn(Set.of(2));
		when(organizations.find(7L)).thenReturn(Optional.of(TRANSPORT));
		when(organizations.inForce(eq(7L), any(LocalDate.class))).thenReturn(List.of(TRANSPORT));
		when(directory.currentGrants()).thenReturn(List.of(new Grant(Role.DEPARTMENT_OFFICER, "7")));
		when(access.currentUsername()).thenReturn("officer");
	}

	@Test
	void submittingAReportPublishesReportSubmittedAndItsAudit(AssertablePublishedEvents events) {
		Submission draft = drafts.draft("42", "so-xd", MARCH);
		Submission written = edits.saveDraft(draft.id(), "Đã hoàn thành", null, null, draft.version());

		submit.submit(written.id(), written.version());

		assertThat(events).contains(ReportSubmitted.class)
			.matching(ReportSubmitted::submissionId, written.id())
			.matching(ReportSubmitted::reporterCode, "so-xd")
			.matching(ReportSubmitted::month, MARCH)
			.matching(ReportSubmitted::revision, 1)
			.matching(ReportSubmitted::submittedBy, "officer");
		assertThat(events).contains(AuditEvent.class)
			.matching(AuditEvent::action, "submit")
			.matching(AuditEvent::provinceCode, "42");
	}

	@Test
	void issuingTheConsolidatedReportPublishesConsolidatedReportIssued(AssertablePublishedEvents events) {
		when(access.canManage("42")).thenReturn(true);
		when(geography.findLatest(eq("42"), any())).thenReturn(Optional.of(HA_TINH));
		when(assessments.summary(eq("42"), any())).thenReturn(new Summary("42", HA_TINH.name(), Period.of(MARCH),
				"xa-ntm-2021-2025", 181, 120, 110, Map.of(Tier.STANDARD, 110), new BigDecimal("17.20"), 181, List.of()));

		ConsolidatedReport issued = consolidated.issue("42", MARCH, null);

		assertThat(events).contains(ConsolidatedReportIssued.class)
			.matching(ConsolidatedReportIssued::reportId, issued.id())
			.matching(ConsolidatedReportIssued::provinceCode, "42")
			.matching(ConsolidatedReportIssued::month, MARCH)
			.matching(ConsolidatedReportIssued::revision, 1);
		assertThat(events).contains(AuditEvent.class).matching(AuditEvent::entityType, "consolidated-report");
	}

	@Test
	void aReportWithoutResultsIsRefusedAndPublishesNothing(AssertablePublishedEvents events) {
		Submission draft = drafts.draft("42", "so-xd", YearMonth.of(2024, 4));

		assertThatExceptionOfType(ReportRejected.class).isThrownBy(() -> submit.submit(draft.id(), draft.version()));

		assertThat(events.ofType(ReportSubmitted.class)).isEmpty();
	}
}
