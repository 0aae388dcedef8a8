package vn.ntm.finance.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ntm.finance.Allocation;
import vn.ntm.finance.Disbursement;
import vn.ntm.finance.Funds;
import vn.ntm.finance.FundsSummary;

/** The module's entry point, each operation a use case of its own. */
@Component
class FundsService implements Funds {

	private final AllocateFunds writes;
	private final FundsQueries queries;

	FundsService(AllocateFunds writes, FundsQueries queries) {
		this.writes = writes;
		this.queries = queries;
	}

	@Override
	public Allocation allocate(NewAllocation allocation) {
		return writes.allocate(allocation);
	}

	@Override
	public List<Allocation> allocations(String provinceCode, int year) {
		return queries.allocations(provinceCode, year);
	}

	@Override
	public Optional<Allocation> find(long id) {
		return queries.allocation(id);
	}

	@Override
	public Disbursement disburse(long allocationId, NewDisbursement disbursement) {
		return writes.disburse(allocationId, disbursement);
	}

	@Override
	public List<Disbursement> disbursements(long allocationId) {
		return queries.disbursements(allocationId);
	}

	@Override
	public FundsSummary summary(String provinceCode, int year) {
		return queries.summary(provinceCode, year);
	}
}
