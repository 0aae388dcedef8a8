package vn.ntm.finance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.finance.Allocation;
import vn.ntm.finance.Disbursement;
import vn.ntm.finance.FundsSummary;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;

/** The read side: allocations with their units' names, disbursements, and the year's summary. */
@Component
class FundsQueries {

	private final FundsStore store;
	private final FundsRights rights;
	private final Geography geography;
	private final CounterpartRules rules;
	private final Clock clock;

	FundsQueries(FundsStore store, FundsRights rights, Geography geography, CounterpartRules rules, Clock clock) {
		this.store = store;
		this.rights = rights;
		this.geography = geography;
		this.rules = rules;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Allocation> allocations(String province, int year) {
		rights.requireReader(province);
		return store.allocations(province, year).stream().map(this::named).toList();
	}

	@Transactional(readOnly = true)
	Optional<Allocation> allocation(long id) {
		Optional<Allocation> a = store.allocation(id);
		a.ifPresent(x -> rights.requireReader(x.provinceCode()));
		return a.map(this::named);
	}

	@Transactional(readOnly = true)
	List<Disbursement> disbursements(long allocationId) {
		return allocation(allocationId).map(a -> store.disbursements(allocationId)).orElse(List.of());
	}

	@Transactional(readOnly = true)
	FundsSummary summary(String province, int year) {
		rights.requireReader(province);
		List<Allocation> allocations = store.allocationsUpTo(province, year).stream().map(this::named).toList();
		return FundsLedger.summarize(province, year, allocations, store.disbursementsUpTo(province, year), rules);
	}

	private Allocation named(Allocation a) {
		String name = geography.findLatest(a.unitCode(), LocalDate.now(clock)).map(AdministrativeUnit::name)
			.orElse(a.unitCode());
		return new Allocation(a.id(), a.provinceCode(), a.year(), a.source(), a.unitCode(), name, a.project(), a.amount(),
				a.version());
	}
}
