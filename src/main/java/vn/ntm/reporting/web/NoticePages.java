package vn.ntm.reporting.web;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ntm.identity.Access;
import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.internal.Notices;

/** The signed-in user's in-app notices (reminders), newest first; opening the page marks them read. */
@Controller
class NoticePages {

	static final String NOTICES = "reporting/notices";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final Notices notices;
	private final Access access;
	private final ReportingProperties properties;

	NoticePages(Notices notices, Access access, ReportingProperties properties) {
		this.notices = notices;
		this.access = access;
		this.properties = properties;
	}

	@GetMapping("/reporting/notices")
	String notices(Model model) {
		model.addAttribute("notices", notices.open(access.currentUsername()).stream()
			.map(n -> Map.of("message", n.message(), "link", n.link(),
					"at", TIME.format(n.createdAt().atZone(properties.zone())), "unread", n.unread()))
			.toList());
		model.addAttribute(UnreadNotices.ATTRIBUTE, 0);
		return NOTICES;
	}
}
