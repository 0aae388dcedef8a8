package vn.ntm.planning.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.planning.EntryRejected;
import vn.ntm.planning.Sponsorship;
import vn.ntm.planning.Sponsorships;

/**
 * Sponsorships of a province. Reading: whoever may read the province or a unit of it (the sponsorships of the units
 * it reads), or a sponsor of the province (its own sponsorships only). Recording, changing and deleting:
 * {@code Access.canManage(province)} (coordination office, system admin); anyone else gets 403 and nothing changes.
 */
@RestController
class SponsorshipsApi {

	private final Sponsorships sponsorships;

	SponsorshipsApi(Sponsorships sponsorships) {
		this.sponsorships = sponsorships;
	}

	/** Amounts as text ("1.250.000.000") or as JSON numbers. */
	record SponsorshipBody(String province, Long sponsorId, String unitCode, Integer year, String committed,
			String mobilised, String note, Long version) {

		Sponsorships.Input input() {
			return new Sponsorships.Input(sponsorId, unitCode, year, committed, mobilised, note);
		}
	}

	record Overview(String province, int year, List<Sponsorship> sponsorships, Sponsorships.Totals totals,
			List<Sponsorships.YearTotals> years) {
	}

	@GetMapping("/api/v1/sponsorships")
	Overview list(@RequestParam String province, @RequestParam int year) {
		if (!sponsorships.canView(province)) {
			throw new AccessDeniedException("province outside scope");
		}
		List<Sponsorship> rows = sponsorships.list(province, year);
		return new Overview(province, year, rows, Sponsorships.Totals.of(rows), sponsorships.totalsByYear(province));
	}

	@PostMapping("/api/v1/sponsorships")
	ResponseEntity<Sponsorship> record(@RequestBody SponsorshipBody body) {
		if (body.province() == null || body.province().isBlank()) {
			throw new EntryRejected(List.of(new EntryRejected.Reason("province", "required")));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(sponsorships.record(body.province(), body.input()));
	}

	@PutMapping("/api/v1/sponsorships/{id}")
	Sponsorship update(@PathVariable long id, @RequestBody SponsorshipBody body) {
		if (body.version() == null) {
			throw new EntryRejected(List.of(new EntryRejected.Reason("version", "required")));
		}
		return sponsorships.update(id, body.input(), body.version());
	}

	@DeleteMapping("/api/v1/sponsorships/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam long version) {
		sponsorships.delete(id, version);
		return ResponseEntity.noContent().build();
	}
}
