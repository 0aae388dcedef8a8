package vn.ntm.ocop.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.identity.Access;
import vn.ntm.ocop.DecisionLevel;
import vn.ntm.ocop.Ocop;
import vn.ntm.ocop.OcopChangedConcurrently;
import vn.ntm.ocop.OcopRejected;
import vn.ntm.ocop.ProductGroup;
import vn.ntm.shared.platform.Messages;
import vn.ntm.tasks.Tasks;

/** The OCOP page of a province: the counts on a day, the register, the office's forms for a product and a rating. */
@Controller
class OcopPages {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final Ocop ocop;
	private final Access access;
	private final Messages messages;
	private final Tasks tasks;
	private final Clock clock;

	OcopPages(Ocop ocop, Access access, Messages messages, Tasks tasks, Clock clock) {
		this.ocop = ocop;
		this.access = access;
		this.messages = messages;
		this.tasks = tasks;
		this.clock = clock;
	}

	@GetMapping("/ocop")
	String register(@RequestParam(required = false) String province, @RequestParam(required = false) String date,
			Model model) {
		String p = province != null && !province.isBlank() ? province.strip()
				: tasks.provincesOfCurrentUser().stream().findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		LocalDate day;
		try {
			day = date == null || date.isBlank() ? LocalDate.now(clock) : day(date);
		}
		catch (DateTimeParseException e) {
			model.addAttribute("problems", List.of(messages.get("ocop.problem.date", e.getParsedString())));
			day = LocalDate.now(clock);
		}
		model.addAttribute("province", p);
		model.addAttribute("date", day);
		model.addAttribute("summary", ocop.summary(p, day));
		model.addAttribute("products", ocop.products(p));
		model.addAttribute("groups", ProductGroup.values());
		model.addAttribute("levels", DecisionLevel.values());
		model.addAttribute("canManage", access.canManage(p));
		return "ocop/register";
	}

	@PostMapping("/ocop/products")
	String add(@RequestParam String province, @RequestParam(required = false) String name,
			@RequestParam(required = false) String producer, @RequestParam(required = false) String commune,
			@RequestParam(required = false) ProductGroup group, @RequestParam(required = false) boolean exported,
			Model model) {
		return attempt(() -> {
			ocop.register(new Ocop.NewProduct(province, name, producer, commune, group, exported));
			return "redirect:/ocop?province=" + province;
		}, model, () -> register(province, null, model));
	}

	@PostMapping("/ocop/products/{id}/ratings")
	String rate(@PathVariable long id, @RequestParam(required = false) Integer stars,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String decidedOn,
			@RequestParam(required = false) DecisionLevel level, @RequestParam(required = false) Long version,
			Model model) {
		var product = ocop.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String province = product.provinceCode();
		return attempt(() -> {
			ocop.rate(id, new Ocop.NewRating(stars, decisionNumber, day(decidedOn), level, version));
			return "redirect:/ocop?province=" + province;
		}, model, () -> register(province, null, model));
	}

	/** Runs a write; a refusal shows the page again with each problem named. */
	private String attempt(Supplier<String> write, Model model, Supplier<String> page) {
		try {
			return write.get();
		}
		catch (OcopRejected e) {
			model.addAttribute("problems", e.problems().stream().map(messages::get).toList());
		}
		catch (OcopChangedConcurrently e) {
			model.addAttribute("problems", List.of(messages.get("ocop.problem.changed")));
		}
		catch (DateTimeParseException e) {
			model.addAttribute("problems", List.of(messages.get("ocop.problem.date", e.getParsedString())));
		}
		catch (NoSuchElementException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return page.get();
	}

	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.contains("-") ? LocalDate.parse(text.strip()) : LocalDate.parse(text.strip(), DAY);
	}
}
