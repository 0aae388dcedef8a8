package vn.ntm.planning.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ntm.identity.Access;
import vn.ntm.planning.EntryRejected;
import vn.ntm.planning.Sponsorship;
import vn.ntm.planning.SponsorshipConflict;
import vn.ntm.planning.Sponsorships;
import vn.ntm.shared.Money;
import vn.ntm.shared.VietnameseFormat;

/**
 * The sponsors page of a province and year. Reading: whoever may read the province or a unit of it (the sponsorships
 * of the units it reads), or a sponsor of the province (its own sponsorships only). The form, editing and deleting:
 * {@code Access.canManage(province)} only; anyone else gets 403 and nothing changes.
 */
@Controller
class SponsorshipPages {

	static final String SPONSORS = "planning/sponsors";

	private final Sponsorships sponsorships;
	private final PlanScope scope;
	private final Access access;
	private final FieldMessages messages;

	SponsorshipPages(Sponsorships sponsorships, Access access, FieldMessages messages, PlanScope scope) {
		this.scope = scope;
		this.sponsorships = sponsorships;
		this.access = access;
		this.messages = messages;
	}

	/** The form as typed; amounts stay text so that a rejected entry comes back as the user wrote it. */
	record SponsorshipForm(Long id, Long version, Long sponsorId, String unitCode, Integer year, String committed,
			String mobilised, String note) {

		static SponsorshipForm empty(int year) {
			return new SponsorshipForm(null, null, null, null, year, "", "", "");
		}

		static SponsorshipForm of(Sponsorship s) {
			return new SponsorshipForm(s.id(), s.version(), s.sponsorId(), s.unitCode(), s.year(),
					vnd(s.committedVnd()), vnd(s.mobilisedVnd()), s.note() == null ? "" : s.note());
		}

		Sponsorships.Input input() {
			return new Sponsorships.Input(sponsorId, unitCode, year, committed, mobilised, note);
		}
	}

	/** A sponsor with its sponsorships of the year and their totals. */
	record SponsorLine(long id, String name, List<String> supportedUnits, List<Sponsorship> rows,
			Sponsorships.Totals totals) {
	}

	/** An amount as the form takes it back: Vietnamese grouping, whatever the user's language. */
	static String vnd(BigDecimal amount) {
		return new Money(amount).format(VietnameseFormat.VI);
	}

	private void requireView(String province) {
		if (!sponsorships.canView(province)) {
			throw new AccessDeniedException("province outside scope");
		}
	}

	private void requireManage(String province) {
		if (!access.canManage(province)) {
			throw new AccessDeniedException("only the coordination office records sponsorships");
		}
	}

	@GetMapping("/planning/sponsors")
	String sponsors(@RequestParam(required = false) String province, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long edit, @RequestParam(required = false) String saved, Model model) {
		String prov = scope.province(province);
		int y = year == null ? scope.thisYear() - 1 : year;
		requireView(prov);
		SponsorshipForm form = SponsorshipForm.empty(y);
		if (edit != null && access.canManage(prov)) {
			form = sponsorships.find(edit).filter(s -> s.provinceCode().equals(prov)).map(SponsorshipForm::of)
				.orElse(form);
		}
		model.addAttribute("saved", saved != null);
		return page(prov, y, form, Map.of(), null, model);
	}

	@PostMapping("/planning/sponsors")
	String record(@RequestParam String province, @RequestParam(required = false) Long sponsorId,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String committed, @RequestParam(required = false) String mobilised,
			@RequestParam(required = false) String note, @RequestParam(required = false) Integer shownYear,
			Model model, HttpServletResponse response) {
		requireManage(province);
		SponsorshipForm form = new SponsorshipForm(null, null, sponsorId, unitCode, year, committed, mobilised, note);
		try {
			Sponsorship s = sponsorships.record(province, form.input());
			return "redirect:/planning/sponsors?province=" + province + "&year=" + s.year() + "&saved";
		}
		catch (EntryRejected e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(province, shown(shownYear, year), form, messages.byField(e), null, model);
		}
	}

	@PostMapping("/planning/sponsors/{id}")
	String update(@PathVariable long id, @RequestParam String province, @RequestParam long version,
			@RequestParam(required = false) Long sponsorId, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String committed,
			@RequestParam(required = false) String mobilised, @RequestParam(required = false) String note,
			@RequestParam(required = false) Integer shownYear, Model model, HttpServletResponse response) {
		requireManage(province);
		SponsorshipForm form = new SponsorshipForm(id, version, sponsorId, unitCode, year, committed, mobilised,
				note);
		try {
			Sponsorship s = sponsorships.update(id, form.input(), version);
			return "redirect:/planning/sponsors?province=" + province + "&year=" + s.year() + "&saved";
		}
		catch (EntryRejected e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(province, shown(shownYear, year), form, messages.byField(e), null, model);
		}
		catch (SponsorshipConflict e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			// the form now names the stored version, so submitting it again deliberately overwrites
			SponsorshipForm mine = new SponsorshipForm(id, e.current().version(), sponsorId, unitCode, year,
					committed, mobilised, note);
			return page(province, shown(shownYear, year), mine, Map.of(), e.current(), model);
		}
	}

	@PostMapping("/planning/sponsors/{id}/delete")
	String delete(@PathVariable long id, @RequestParam String province, @RequestParam long version,
			@RequestParam(required = false) Integer shownYear, Model model, HttpServletResponse response) {
		requireManage(province);
		int y = shown(shownYear, null);
		try {
			sponsorships.delete(id, version);
			return "redirect:/planning/sponsors?province=" + province + "&year=" + y + "&saved";
		}
		catch (SponsorshipConflict e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(province, y, SponsorshipForm.of(e.current()), Map.of(), e.current(), model);
		}
	}

	private int shown(Integer shownYear, Integer year) {
		return shownYear != null ? shownYear : year != null ? year : scope.thisYear() - 1;
	}

	private String page(String province, int year, SponsorshipForm form, Map<String, String> errors,
			Sponsorship conflict, Model model) {
		List<Sponsorship> rows = sponsorships.list(province, year);
		List<Sponsorships.Sponsor> sponsors = new ArrayList<>(sponsorships.sponsors(province, year));
		for (Sponsorship r : rows) {
			if (sponsors.stream().noneMatch(s -> s.organizationId() == r.sponsorId())) {
				sponsors.add(new Sponsorships.Sponsor(r.sponsorId(), r.sponsorName(), List.of()));
			}
		}
		List<SponsorLine> lines = sponsors.stream().map(s -> {
			List<Sponsorship> own = rows.stream().filter(r -> r.sponsorId() == s.organizationId()).toList();
			return new SponsorLine(s.organizationId(), s.name(), s.supportedUnits(), own,
					Sponsorships.Totals.of(own));
		}).toList();
		List<Sponsorships.YearTotals> byYear = sponsorships.totalsByYear(province);
		TreeSet<Integer> years = new TreeSet<>();
		int now = scope.thisYear();
		for (int y = now - 5; y <= now + 1; y++) {
			years.add(y);
		}
		byYear.forEach(t -> years.add(t.year()));
		years.add(year);
		boolean canManage = access.canManage(province);
		model.addAttribute("province", province);
		model.addAttribute("year", year);
		model.addAttribute("years", years.descendingSet());
		model.addAttribute("sponsors", lines);
		model.addAttribute("rows", rows);
		model.addAttribute("total", Sponsorships.Totals.of(rows));
		model.addAttribute("byYear", byYear);
		model.addAttribute("canManage", canManage);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		if (canManage) {
			int choicesYear = form.year() != null && form.year() >= 2000 && form.year() <= 2100 ? form.year() : year;
			model.addAttribute("sponsorChoices", sponsorships.sponsors(province, choicesYear));
			model.addAttribute("unitChoices", sponsorships.unitChoices(province, choicesYear));
		}
		return SPONSORS;
	}
}
