package vn.ntm.ocop.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.ocop.DecisionLevel;
import vn.ntm.ocop.Ocop.NewProduct;
import vn.ntm.ocop.Ocop.NewRating;
import vn.ntm.ocop.OcopChangedConcurrently;
import vn.ntm.ocop.OcopRejected;
import vn.ntm.ocop.Rating;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;

/** The office's writes: a product of a commune of the province, and a rating of it checked by {@link OcopRules}. */
@Component
class RegisterProducts {

	private final OcopStore store;
	private final OcopRights rights;
	private final Geography geography;
	private final OcopRules rules;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RegisterProducts(OcopStore store, OcopRights rights, Geography geography, OcopRules rules,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.rights = rights;
		this.geography = geography;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	/** @return the new product's id */
	@Transactional
	long register(NewProduct p) {
		if (p.provinceCode() == null || p.provinceCode().isBlank()) {
			throw new OcopRejected(List.of(Message.of("ocop.problem.province")));
		}
		String province = p.provinceCode().strip();
		rights.requireManager(province);
		List<Message> problems = new ArrayList<>();
		if (p.name() == null || p.name().isBlank()) {
			problems.add(Message.of("ocop.problem.name"));
		}
		else if (p.name().strip().length() > 300) {
			problems.add(Message.of("ocop.problem.name-long", 300));
		}
		if (p.producer() == null || p.producer().isBlank()) {
			problems.add(Message.of("ocop.problem.producer"));
		}
		else if (p.producer().strip().length() > 300) {
			problems.add(Message.of("ocop.problem.producer-long", 300));
		}
		if (p.communeCode() == null || p.communeCode().isBlank()) {
			problems.add(Message.of("ocop.problem.commune"));
		}
		else if (geography.findLatest(p.communeCode().strip(), LocalDate.now(clock))
			.filter(u -> u.level() == UnitLevel.COMMUNE && u.path().contains("/" + province + "/")).isEmpty()) {
			problems.add(Message.of("ocop.problem.commune-unknown", p.communeCode().strip(), province));
		}
		if (p.group() == null) {
			problems.add(Message.of("ocop.problem.group"));
		}
		if (!problems.isEmpty()) {
			throw new OcopRejected(problems);
		}
		NewProduct clean = new NewProduct(province, p.name().strip(), p.producer().strip(), p.communeCode().strip(),
				p.group(), Boolean.TRUE.equals(p.exported()));
		long id = store.insert(clean, rights.username(), clock.instant());
		events.publishEvent(new AuditEvent("ocop-product", String.valueOf(id), "create", null, clean.name() + " / "
				+ clean.producer() + " / " + clean.communeCode() + " / " + clean.group() + " / " + clean.exported(),
				province));
		return id;
	}

	@Transactional
	Rating rate(long productId, NewRating r) {
		OcopStore.Row product = store.product(productId)
			.orElseThrow(() -> new NoSuchElementException("ocop product " + productId));
		rights.requireManager(product.provinceCode());
		List<Rating> existing = store.ratings(productId);
		List<Message> problems = rules.check(r, existing, LocalDate.now(clock));
		if (!problems.isEmpty()) {
			throw new OcopRejected(problems);
		}
		long expected = r.expectedVersion() == null ? product.version() : r.expectedVersion();
		if (!store.claim(productId, expected)) {
			throw new OcopChangedConcurrently(productId);
		}
		DecisionLevel level = r.level() == null ? OcopRules.levelFor(r.stars()) : r.level();
		String number = r.decisionNumber().strip();
		long id = store.insertRating(productId, r.stars(), number, r.decidedOn(), level, rules.expiresOn(r.decidedOn()),
				rights.username(), clock.instant());
		events.publishEvent(new AuditEvent("ocop-rating", String.valueOf(id), "create", null,
				productId + " / " + r.stars() + " / " + number + " / " + r.decidedOn() + " / " + level,
				product.provinceCode()));
		return store.ratings(productId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
	}
}
