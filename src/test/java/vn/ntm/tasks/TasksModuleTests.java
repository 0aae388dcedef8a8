package vn.ntm.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

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
import vn.ntm.identity.Role;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Organizations;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Notice;
import vn.ntm.tasks.internal.TaskReminders;

/**
 * The tasks module alone (with the shared one): assigning a task publishes its audit event, a refused one publishes
 * nothing, and the morning run publishes one in-app notice per owner's officer for a task due soon, once.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class TasksModuleTests {

	static final Organization CONSTRUCTION = new Organization(7, "42", OrganizationKind.DEPARTMENT, "Sở Xây dựng",
			"so-xd", null, false, false, 0);

	@Autowired
	Tasks tasks;

	@Autowired
	TaskReminders reminders;

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

	@BeforeEach
	void theOfficeOfHaTinh() {
		when(access.currentUsername()).thenReturn("vpdp-ht");
		when(access.canManage("42")).thenReturn(true);
		when(organizations.find(7L)).thenReturn(Optional.of(CONSTRUCTION));
		when(organizations.all(anyString())).thenReturn(List.of(CONSTRUCTION));
		when(directory.holders(eq(Role.DEPARTMENT_OFFICER), eq("7")))
			.thenReturn(List.of(new Directory.Person("so-xd-ht", "Sở Xây dựng", null)));
	}

	@Test
	void assigningPublishesItsAudit(AssertablePublishedEvents events) {
		tasks.assign(new Tasks.NewTask("42", "Rà soát tiêu chí giao thông", 7L, List.of(),
				LocalDate.now(clock).plusDays(1), null, null, null));
		assertThat(events).contains(AuditEvent.class).matching(AuditEvent::entityType, "task")
			.matching(AuditEvent::action, "create");
	}

	@Test
	void aRefusedTaskPublishesNothing(AssertablePublishedEvents events) {
		try {
			tasks.assign(new Tasks.NewTask("42", " ", null, List.of(), LocalDate.now(clock), null, null, null));
		}
		catch (TaskRejected expected) {
			assertThat(expected.problems()).hasSize(2);
		}
		assertThat(events.ofType(AuditEvent.class)).isEmpty();
	}

	@Test
	void theMorningRunTellsTheOwnerOnce(AssertablePublishedEvents events) {
		tasks.assign(new Tasks.NewTask("42", "Nộp báo cáo quý", 7L, List.of(), LocalDate.now(clock).plusDays(2), null,
				null, null));
		reminders.run();
		reminders.run();
		assertThat(StreamSupport.stream(events.ofType(Notice.class).spliterator(), false)
			.filter(n -> n.username().equals("so-xd-ht") && n.message().contains("Nộp báo cáo quý"))).hasSize(1);
	}
}
