package vn.ntm.emulation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.emulation.Emulation;

/** The ranking page (the coordination office, admins, leaders) and a department's scorecard (also the department). */
@Controller
class EmulationPages {

	static final String RANKING = "emulation/ranking";
	static final String SCORECARD = "emulation/scorecard";

	private final Emulation emulation;
	private final vn.ntm.tasks.Tasks tasks;
	private final Clock clock;

	EmulationPages(Emulation emulation, vn.ntm.tasks.Tasks tasks, Clock clock) {
		this.emulation = emulation;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** The ranking of the province asked for, else of the user's own (the menu opens it without one). */
	@GetMapping("/emulation")
	String ranking(@RequestParam(required = false) String province, @RequestParam(required = false) Integer year,
			Model model) {
		String p = province != null && !province.isBlank() ? province.strip()
				: tasks.provincesOfCurrentUser().stream().findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		model.addAttribute("ranking", EmulationApi.rankingOrNotFound(emulation, p, year(year)));
		return RANKING;
	}

	@GetMapping("/emulation/units/{id}")
	String scorecard(@PathVariable long id, @RequestParam String province,
			@RequestParam(required = false) Integer year, Model model) {
		int y = year(year);
		try {
			model.addAttribute("unit", emulation.scorecard(province, y, id)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no department " + id)));
		}
		catch (NoSuchElementException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
		}
		model.addAttribute("province", province);
		model.addAttribute("year", y);
		model.addAttribute("readsRanking", emulation.readsRanking(province));
		return SCORECARD;
	}

	private int year(Integer year) {
		return year == null ? LocalDate.now(clock).getYear() : year;
	}
}
