package vn.ntm.tasks.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntm.geography.Geography;
import vn.ntm.organization.Organizations;
import vn.ntm.shared.Message;
import vn.ntm.shared.platform.Messages;
import vn.ntm.tasks.Recurrence;
import vn.ntm.tasks.Task;
import vn.ntm.tasks.TaskChangedConcurrently;
import vn.ntm.tasks.TaskRejected;
import vn.ntm.tasks.TaskState;
import vn.ntm.tasks.TaskStatus;
import vn.ntm.tasks.Tasks;

/**
 * The task list of a province (overdue first, each owner's record over the year, the office's form to assign one) and
 * a task's page with its updates and the owner's form. Rights are checked by {@link Tasks}.
 */
@Controller
class TaskPages {

	static final String LIST = "tasks/list";
	static final String DETAIL = "tasks/detail";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final Tasks tasks;
	private final Organizations organizations;
	private final Messages messages;
	private final Geography geography;
	private final Clock clock;

	TaskPages(Tasks tasks, Organizations organizations, Messages messages, Geography geography, Clock clock) {
		this.tasks = tasks;
		this.organizations = organizations;
		this.geography = geography;
		this.messages = messages;
		this.clock = clock;
	}

	/** The assign form as typed, kept when it is refused. */
	record TaskForm(String title, Long owner, List<Long> support, String deadline, String directiveNumber,
			String directiveDate, String directiveTitle, Recurrence recurrence, String until) {
	}

	@GetMapping("/tasks")
	String list(@RequestParam(required = false) String province, @RequestParam(required = false) TaskState state,
			@RequestParam(required = false) Long owner, @RequestParam(defaultValue = "false") boolean mine, Model model) {
		String p = province(province);
		model.addAttribute("province", p);
		model.addAttribute("provinceName", geography.findLatest(p, LocalDate.now(clock)).map(u -> u.name()).orElse(p));
		model.addAttribute("tasks", tasks.list(p, new Tasks.Filter(owner, state, null, mine)));
		model.addAttribute("records", tasks.records(p, LocalDate.now(clock).getYear()));
		model.addAttribute("year", LocalDate.now(clock).getYear());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("organizations", organizations.all(p, LocalDate.now(clock)));
		model.addAttribute("states", TaskState.values());
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("filter", new Tasks.Filter(owner, state, null, mine));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TaskForm(null, null, List.of(), null, null, null, null, null, null));
		}
		return LIST;
	}

	@PostMapping("/tasks")
	String assign(@RequestParam String province, TaskForm form, Model model, RedirectAttributes redirect) {
		List<Message> problems = new ArrayList<>();
		LocalDate deadline = day(form.deadline(), "tasks.new.deadline", problems);
		LocalDate directiveDate = day(form.directiveDate(), "tasks.new.directive-date", problems);
		LocalDate until = day(form.until(), "tasks.new.until", problems);
		try {
			if (!problems.isEmpty()) {
				throw new TaskRejected(problems);
			}
			Task.Directive directive = blank(form.directiveNumber()) && directiveDate == null ? null
					: new Task.Directive(blank(form.directiveNumber()) ? null : form.directiveNumber().strip(),
							directiveDate, blank(form.directiveTitle()) ? null : form.directiveTitle().strip());
			List<Task> created = tasks.assign(new Tasks.NewTask(province, form.title(), form.owner(),
					form.support() == null ? List.of() : form.support(), deadline, directive, form.recurrence(), until));
			redirect.addFlashAttribute("assigned", created.size());
			return "redirect:/tasks?province=" + province;
		}
		catch (TaskRejected e) {
			model.addAttribute("problems", e.problems().stream().map(messages::get).toList());
			model.addAttribute("form", form);
			return list(province, null, null, false, model);
		}
	}

	@GetMapping("/tasks/{id}")
	String detail(@PathVariable long id, Model model) {
		Task task = tasks.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("task", task);
		model.addAttribute("state", tasks.stateToday(task));
		model.addAttribute("updates", tasks.updates(id));
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("canUpdate", tasks.canUpdate(task));
		model.addAttribute("support", task.supportOrgIds().stream()
			.map(o -> organizations.find(o).map(x -> x.name()).orElse(String.valueOf(o))).toList());
		return DETAIL;
	}

	@PostMapping("/tasks/{id}")
	String update(@PathVariable long id, @RequestParam(required = false) TaskStatus status,
			@RequestParam(required = false) String evidence, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile file,
			@RequestParam long version, Model model, RedirectAttributes redirect) throws IOException {
		tasks.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Tasks.Attachment attachment = file == null || file.isEmpty() ? null
				: new Tasks.Attachment(file.getOriginalFilename(), file.getContentType(), file.getBytes());
		try {
			tasks.update(id, new Tasks.TaskUpdate(status, evidence, assignee, note, attachment), version);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/tasks/" + id;
		}
		catch (TaskRejected e) {
			model.addAttribute("problems", e.problems().stream().map(messages::get).toList());
		}
		catch (TaskChangedConcurrently e) {
			model.addAttribute("conflict", true);
		}
		return detail(id, model);
	}

	@GetMapping("/tasks/{id}/updates/{update}/file")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long update) {
		Tasks.Attachment a = tasks.attachment(id, update).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			// the type the uploader's browser claimed is not trusted: always a download, never rendered here
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.fileName(),
					java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(a.body());
	}

	private String province(String requested) {
		if (requested != null && !requested.isBlank()) {
			return requested.strip();
		}
		return tasks.provincesOfCurrentUser().stream().findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	private LocalDate day(String text, String field, List<Message> problems) {
		if (blank(text)) {
			return null;
		}
		try {
			return text.contains("-") ? LocalDate.parse(text.strip()) : LocalDate.parse(text.strip(), DAY);
		}
		catch (DateTimeParseException e) {
			problems.add(Message.of("tasks.problem.date", messages.get(field), text));
			return null;
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
