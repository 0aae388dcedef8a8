package vn.ntm.ocop.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.ntm.ocop.DecisionLevel;
import vn.ntm.ocop.Ocop.NewRating;
import vn.ntm.ocop.Rating;
import vn.ntm.ocop.Standing;
import vn.ntm.shared.Message;

/**
 * The rating rules of the OCOP programme (Quyết định 148/QĐ-TTg 2023): 3 to 5 stars; the province decides 3 and 4
 * stars, the central level 5; a certificate valid {@code validityMonths} from its decision; the latest decision on or
 * before a day is the one in force that day, and once it lapses the product is expired until re-rated.
 */
public final class OcopRules {

	private static final Comparator<Rating> BY_DECISION = Comparator.comparing(Rating::decidedOn)
		.thenComparingLong(Rating::id);

	private final int validityMonths;
	private final int expiringWithinDays;

	public OcopRules(int validityMonths, int expiringWithinDays) {
		this.validityMonths = validityMonths;
		this.expiringWithinDays = expiringWithinDays;
	}

	public int expiringWithinDays() {
		return expiringWithinDays;
	}

	/** The first day a certificate decided on {@code decidedOn} is no longer valid. */
	public LocalDate expiresOn(LocalDate decidedOn) {
		return decidedOn.plusMonths(validityMonths);
	}

	/** The level that decides a rating of so many stars. */
	public static DecisionLevel levelFor(int stars) {
		return stars == 5 ? DecisionLevel.CENTRAL : DecisionLevel.PROVINCE;
	}

	/** What is wrong with a new rating of a product that already has {@code existing}; empty when nothing is. */
	public List<Message> check(NewRating r, List<Rating> existing, LocalDate today) {
		List<Message> problems = new ArrayList<>();
		if (r.stars() == null) {
			problems.add(Message.of("ocop.problem.stars"));
		}
		else if (r.stars() < 3 || r.stars() > 5) {
			problems.add(Message.of("ocop.problem.stars-range", r.stars()));
		}
		else if (r.level() != null && r.level() != levelFor(r.stars())) {
			problems.add(Message.of(r.stars() == 5 ? "ocop.problem.level-five" : "ocop.problem.level-province",
					r.stars()));
		}
		if (r.decisionNumber() == null || r.decisionNumber().isBlank()) {
			problems.add(Message.of("ocop.problem.decision-number"));
		}
		else if (existing.stream().anyMatch(e -> e.decisionNumber().equalsIgnoreCase(r.decisionNumber().strip()))) {
			problems.add(Message.of("ocop.problem.decision-number-taken", r.decisionNumber().strip()));
		}
		if (r.decidedOn() == null) {
			problems.add(Message.of("ocop.problem.decided-on"));
		}
		else if (r.decidedOn().isAfter(today)) {
			problems.add(Message.of("ocop.problem.decided-on-future", r.decidedOn().toString()));
		}
		return problems;
	}

	/** The rating in force on {@code day}, if any: the latest decided on or before it, while its certificate is valid. */
	public Optional<Rating> inForce(List<Rating> ratings, LocalDate day) {
		return latest(ratings, day).filter(r -> day.isBefore(r.expiresOn()));
	}

	public Standing standing(List<Rating> ratings, LocalDate day) {
		return latest(ratings, day).map(r -> day.isBefore(r.expiresOn()) ? Standing.RATED : Standing.EXPIRED)
			.orElse(Standing.UNRATED);
	}

	/** True when the certificate in force on {@code day} lapses within the alert window after it. */
	public boolean expiring(List<Rating> ratings, LocalDate day) {
		return inForce(ratings, day).filter(r -> !r.expiresOn().isAfter(day.plusDays(expiringWithinDays))).isPresent();
	}

	private static Optional<Rating> latest(List<Rating> ratings, LocalDate day) {
		return ratings.stream().filter(r -> !r.decidedOn().isAfter(day)).max(BY_DECISION);
	}
}
