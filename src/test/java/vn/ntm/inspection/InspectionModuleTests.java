package vn.ntm.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.identity.Directory;
import vn.ntm.organization.Organizations;
import vn.ntm.shared.AuditEvent;
import vn.ntm.tasks.Tasks;

/**
 * The inspection module alone (with the shared one): a plan publishes its audit event; a visit refused for its fields
 * publishes nothing. Tasks, geography, organizations and identity are mocked.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class InspectionModuleTests {

	@Autowired
	Inspections inspections;

	@Autowired
	Clock clock;

	@MockitoBean
	Access access;

	@MockitoBean
	Directory directory;

	@MockitoBean
	Organizations organizations;

	@MockitoBean
	Geography geography;

	@MockitoBean
	Tasks tasks;

	@BeforeEach
	void theOfficeOfHaTinh() {
		when(access.currentUsername()).thenReturn("vpdp-ht");
		when(access.canManage("42")).thenReturn(true);
	}

	@Test
	void aPlanPublishesItsAuditAndARefusedVisitNothing(AssertablePublishedEvents events) {
		int year = LocalDate.now(clock).getYear();
		InspectionPlan plan = inspections.plan(new Inspections.NewPlan("42", year, "Kiểm tra định kỳ", null, null));
		assertThat(events).contains(AuditEvent.class).matching(AuditEvent::entityType, "inspection-plan");
		assertThatThrownBy(() -> inspections.addVisit(plan.id(),
				new Inspections.NewVisit(VisitKind.PERIODIC, "99999", null, LocalDate.now(clock), null, List.of())))
			.isInstanceOf(InspectionRejected.class);
		assertThat(events.ofType(AuditEvent.class).matching(e -> e.entityType().equals("inspection-visit"))).isEmpty();
	}
}
