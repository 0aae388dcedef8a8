package vn.ntm.finance.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

import vn.ntm.finance.CapitalSource;
import vn.ntm.finance.Funds;
import vn.ntm.finance.FundsChangedConcurrently;
import vn.ntm.finance.FundsRejected;
import vn.ntm.identity.Access;
import vn.ntm.shared.VietnameseFormat;
import vn.ntm.shared.platform.Messages;
import vn.ntm.tasks.Tasks;

/** The funds page of a province's year: allocations with their rates, totals per source, the office's forms. */
@Controller
class FundsPages {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final Funds funds;
	private final Access access;
	private final Messages messages;
	private final Tasks tasks;
	private final Clock clock;

	FundsPages(Funds funds, Access access, Messages messages, Tasks tasks, Clock clock) {
		this.funds = funds;
		this.access = access;
		this.messages = messages;
		this.tasks = tasks;
		this.clock = clock;
	}

	@GetMapping("/finance")
	String year(@RequestParam(required = false) String province, @RequestParam(required = false) Integer year,
			Model model) {
		String p = province != null && !province.isBlank() ? province.strip()
				: tasks.provincesOfCurrentUser().stream().findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("province", p);
		model.addAttribute("year", y);
		model.addAttribute("summary", funds.summary(p, y));
		model.addAttribute("sources", CapitalSource.values());
		model.addAttribute("canManage", access.canManage(p));
		return "finance/year";
	}

	@PostMapping("/finance/allocations")
	String allocate(@RequestParam String province, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) CapitalSource source, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String amount, @RequestParam(required = false) String projectName,
			@RequestParam(required = false) String projectUnit, @RequestParam(required = false) Integer criterion,
			@RequestParam(required = false) String totalInvestment, @RequestParam(required = false) String startsOn,
			@RequestParam(required = false) String endsOn, Model model) {
		return attempt(() -> {
			List<String> bad = new ArrayList<>();
			BigDecimal money = money(amount, "finance.field.amount", bad);
			BigDecimal total = money(totalInvestment, "finance.field.total", bad);
			Funds.NewProject project = projectName == null || projectName.isBlank() ? null
					: new Funds.NewProject(projectName, blank(projectUnit), criterion, total, day(startsOn), day(endsOn));
			if (!bad.isEmpty()) {
				throw new NotANumber(bad);
			}
			funds.allocate(new Funds.NewAllocation(province, year, source, unit, money, project));
			return "redirect:/finance?province=" + province + "&year=" + year;
		}, model, () -> year(province, year, model));
	}

	@PostMapping("/finance/allocations/{id}/disbursements")
	String disburse(@PathVariable long id, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String paidOn, @RequestParam(required = false) String documentNumber,
			@RequestParam(required = false) Long version, @RequestParam(required = false) Integer year, Model model) {
		var allocation = funds.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int shown = year == null ? allocation.year() : year;
		return attempt(() -> {
			List<String> bad = new ArrayList<>();
			BigDecimal money = money(amount, "finance.field.disbursement", bad);
			if (!bad.isEmpty()) {
				throw new NotANumber(bad);
			}
			funds.disburse(id, new Funds.NewDisbursement(money, day(paidOn), blank(documentNumber), version));
			return "redirect:/finance?province=" + allocation.provinceCode() + "&year=" + shown;
		}, model, () -> year(allocation.provinceCode(), shown, model));
	}

	/** Runs a write; a refusal shows the page again with each problem named. */
	private String attempt(Supplier<String> write, Model model, Supplier<String> page) {
		try {
			return write.get();
		}
		catch (FundsRejected e) {
			model.addAttribute("problems", e.problems().stream().map(messages::get).toList());
		}
		catch (FundsChangedConcurrently e) {
			model.addAttribute("problems", List.of(messages.get("finance.problem.changed")));
		}
		catch (NotANumber e) {
			model.addAttribute("problems", e.fields);
		}
		catch (DateTimeParseException e) {
			model.addAttribute("problems", List.of(messages.get("finance.problem.date", e.getParsedString())));
		}
		catch (NoSuchElementException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return page.get();
	}

	/** An amount as typed (1.234.567.000, 1234567000, with or without a unit word after it); a text that is no number is named in {@code bad}. */
	private BigDecimal money(String text, String field, List<String> bad) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BigDecimal value = VietnameseFormat.parse(text.strip().replaceFirst("\\s*\\p{L}+$", ""));
		if (value == null) {
			bad.add(messages.get("finance.problem.number", messages.get(field), text));
		}
		return value;
	}

	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.contains("-") ? LocalDate.parse(text.strip()) : LocalDate.parse(text.strip(), DAY);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static final class NotANumber extends RuntimeException {

		private final List<String> fields;

		NotANumber(List<String> fields) {
			super("not a number: " + fields);
			this.fields = fields;
		}
	}
}
