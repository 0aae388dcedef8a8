package vn.ntm.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The finance module's entry point. The coordination office allocates and records disbursements; whoever reads the
 * province reads. Amounts are whole đồng; writes are audited.
 */
public interface Funds {

	/** @throws FundsRejected naming the fields at fault (a negative or fractional amount, a unit outside the province) */
	Allocation allocate(NewAllocation allocation);

	/** The province's allocations of the year, in the order they were made. */
	List<Allocation> allocations(String provinceCode, int year);

	Optional<Allocation> find(long id);

	/**
	 * @throws FundsRejected            naming the fields at fault (more than the allocation's remainder, a day before its year)
	 * @throws FundsChangedConcurrently when the allocation changed since {@code expectedVersion}
	 */
	Disbursement disburse(long allocationId, NewDisbursement disbursement);

	List<Disbursement> disbursements(long allocationId);

	FundsSummary summary(String provinceCode, int year);

	/** @param project null for the unit's programme as a whole */
	record NewAllocation(String provinceCode, Integer year, CapitalSource source, String unitCode, BigDecimal amount,
			NewProject project) {
	}

	record NewProject(String name, String unitCode, Integer criterion, BigDecimal totalInvestment, LocalDate startsOn,
			LocalDate endsOn) {
	}

	/** @param expectedVersion the allocation's version the user read; null to take the current one */
	record NewDisbursement(BigDecimal amount, LocalDate paidOn, String documentNumber, Long expectedVersion) {
	}
}
