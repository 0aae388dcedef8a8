package vn.ntm.finance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.finance.Allocation;
import vn.ntm.finance.Disbursement;
import vn.ntm.finance.FundsChangedConcurrently;
import vn.ntm.finance.FundsRejected;
import vn.ntm.finance.Funds.NewAllocation;
import vn.ntm.finance.Funds.NewDisbursement;
import vn.ntm.finance.Funds.NewProject;
import vn.ntm.geography.Geography;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;
import vn.ntm.shared.Money;

/**
 * The office's writes: an allocation of a source to a unit of the province (whole đồng, not negative), and a
 * disbursement from it (no more than its remainder, dated from the allocation's year up to today).
 */
@Component
class AllocateFunds {

	private final FundsStore store;
	private final FundsRights rights;
	private final Geography geography;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AllocateFunds(FundsStore store, FundsRights rights, Geography geography, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.rights = rights;
		this.geography = geography;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Allocation allocate(NewAllocation a) {
		if (a.provinceCode() == null || a.provinceCode().isBlank()) {
			throw new FundsRejected(List.of(Message.of("finance.problem.province")));
		}
		String province = a.provinceCode().strip();
		rights.requireManager(province);
		List<Message> problems = new ArrayList<>();
		if (a.year() == null || a.year() < 2010 || a.year() > 2100) {
			problems.add(Message.of("finance.problem.year", a.year() == null ? "" : a.year()));
		}
		if (a.source() == null) {
			problems.add(Message.of("finance.problem.source"));
		}
		unit(province, a.unitCode(), "finance.problem.unit", problems);
		amount(a.amount(), "finance.problem.amount", problems);
		NewProject p = a.project();
		if (p != null) {
			if (p.name() == null || p.name().isBlank()) {
				problems.add(Message.of("finance.problem.project-name"));
			}
			if (p.unitCode() != null && !p.unitCode().isBlank()) {
				unit(province, p.unitCode(), "finance.problem.project-unit", problems);
			}
			if (p.criterion() != null && (p.criterion() < 1 || p.criterion() > 19)) {
				problems.add(Message.of("finance.problem.project-criterion", p.criterion()));
			}
			if (p.totalInvestment() != null) {
				amount(p.totalInvestment(), "finance.problem.project-total", problems);
			}
			if (p.startsOn() != null && p.endsOn() != null && p.endsOn().isBefore(p.startsOn())) {
				problems.add(Message.of("finance.problem.project-dates"));
			}
		}
		if (!problems.isEmpty()) {
			throw new FundsRejected(problems);
		}
		NewAllocation clean = new NewAllocation(province, a.year(), a.source(), a.unitCode(), whole(a.amount()),
				p == null ? null : new NewProject(p.name(), p.unitCode(), p.criterion(),
						p.totalInvestment() == null ? null : whole(p.totalInvestment()), p.startsOn(), p.endsOn()));
		long id = store.insert(clean, rights.username(), clock.instant());
		events.publishEvent(new AuditEvent("finance-allocation", String.valueOf(id), "create", null,
				a.year() + " / " + a.source() + " / " + a.unitCode().strip() + " / " + clean.amount().toPlainString()
						+ (p == null ? "" : " / " + p.name().strip()),
				province));
		return store.allocation(id).orElseThrow();
	}

	@Transactional
	Disbursement disburse(long allocationId, NewDisbursement d) {
		Allocation a = store.allocation(allocationId)
			.orElseThrow(() -> new NoSuchElementException("allocation " + allocationId));
		rights.requireManager(a.provinceCode());
		List<Message> problems = new ArrayList<>();
		boolean amountOk = amount(d.amount(), "finance.problem.disbursement-amount", problems);
		if (amountOk && d.amount().signum() == 0) {
			problems.add(Message.of("finance.problem.disbursement-zero"));
			amountOk = false;
		}
		LocalDate today = LocalDate.now(clock);
		if (d.paidOn() == null) {
			problems.add(Message.of("finance.problem.paid-on"));
		}
		else if (d.paidOn().getYear() < a.year()) {
			problems.add(Message.of("finance.problem.paid-on-early", d.paidOn().toString(), a.year()));
		}
		else if (d.paidOn().isAfter(today)) {
			problems.add(Message.of("finance.problem.paid-on-future", d.paidOn().toString()));
		}
		if (d.documentNumber() == null || d.documentNumber().isBlank()) {
			problems.add(Message.of("finance.problem.document"));
		}
		if (amountOk) {
			Money paid = store.disbursements(allocationId).stream().map(Disbursement::amount).reduce(Money.ZERO,
					Money::plus);
			Money left = a.amount().minus(paid);
			if (new Money(whole(d.amount())).compareTo(left) > 0) {
				problems.add(Message.of("finance.problem.over", d.amount().toPlainString(), left.dong()));
			}
		}
		if (!problems.isEmpty()) {
			throw new FundsRejected(problems);
		}
		long expected = d.expectedVersion() == null ? a.version() : d.expectedVersion();
		if (!store.claim(allocationId, expected)) {
			throw new FundsChangedConcurrently(allocationId);
		}
		NewDisbursement clean = new NewDisbursement(whole(d.amount()), d.paidOn(), d.documentNumber(), expected);
		long id = store.insertDisbursement(allocationId, clean, rights.username(), clock.instant());
		events.publishEvent(new AuditEvent("finance-disbursement", String.valueOf(id), "create", null,
				allocationId + " / " + d.paidOn() + " / " + clean.amount().toPlainString() + " / "
						+ d.documentNumber().strip(),
				a.provinceCode()));
		return store.disbursement(id).orElseThrow();
	}

	private void unit(String province, String code, String key, List<Message> problems) {
		if (code == null || code.isBlank()) {
			problems.add(Message.of(key));
		}
		else if (geography.findLatest(code.strip(), LocalDate.now(clock))
			.filter(u -> u.path().contains("/" + province + "/")).isEmpty()) {
			problems.add(Message.of(key + "-unknown", code.strip(), province));
		}
	}

	/** True when the amount is given, whole and not negative; otherwise the problem is named. */
	private static boolean amount(BigDecimal amount, String key, List<Message> problems) {
		if (amount == null) {
			problems.add(Message.of(key));
			return false;
		}
		if (amount.signum() < 0) {
			problems.add(Message.of(key + "-negative", amount.toPlainString()));
			return false;
		}
		if (amount.stripTrailingZeros().scale() > 0) {
			problems.add(Message.of(key + "-fraction", amount.toPlainString()));
			return false;
		}
		return true;
	}

	private static BigDecimal whole(BigDecimal amount) {
		return new Money(amount).dong();
	}
}
