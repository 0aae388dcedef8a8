package vn.ntm.emulation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.emulation.Emulation;
import vn.ntm.emulation.Emulation.Ranking;

/**
 * {@code /api/v1/emulation/ranking}: the departments' scores and ranks for a year, each measure with its counts and
 * the page listing them. 403 for who does not read the ranking, 404 for a year without a scorecard.
 */
@RestController
class EmulationApi {

	private final Emulation emulation;
	private final Clock clock;

	EmulationApi(Emulation emulation, Clock clock) {
		this.emulation = emulation;
		this.clock = clock;
	}

	@GetMapping("/api/v1/emulation/ranking")
	Ranking ranking(@RequestParam String province, @RequestParam(required = false) Integer year) {
		return rankingOrNotFound(emulation, province, year == null ? LocalDate.now(clock).getYear() : year);
	}

	static Ranking rankingOrNotFound(Emulation emulation, String province, int year) {
		try {
			return emulation.ranking(province, year);
		}
		catch (NoSuchElementException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
		}
	}
}
