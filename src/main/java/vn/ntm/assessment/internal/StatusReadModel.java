package vn.ntm.assessment.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.ntm.assessment.ValuesRecorded;

/**
 * When the status read model is rebuilt; the one place that decides it (the package documentation says why).
 * <ul>
 * <li>values recorded: on {@link ValuesRecorded}, the rows of those units for the set, and for every set built on
 * it (the model commune on the advanced on the standard);</li>
 * <li>thresholds changed: on a new version of a set, every unit that has values of it, and the sets built on it.</li>
 * </ul>
 */
@Component
class StatusReadModel {

	private final StatusProjection projection;
	private final UnitLocks locks;

	StatusReadModel(StatusProjection projection, UnitLocks locks) {
		this.projection = projection;
		this.locks = locks;
	}

	// After commit but on the writer's thread, not @ApplicationModuleListener (async): the request that recorded
	// the values returns only once the read model shows them, so a page or API read right after sees the new
	// status. The registry still tracks the publication: a crash before this ends leaves it incomplete, and it is
	// delivered again on restart (spring.modulith.events.republish-outstanding-events-on-restart).
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ValuesRecorded recorded) {
		rebuild(recorded.unitCodes(), recorded.setCode());
	}

	/** Rebuilds the rows of every unit that has values of the set, and of the sets built on it. */
	@Transactional
	int reevaluate(String setCode) {
		List<String> units = projection.unitsWithValues(setCode);
		rebuild(units, setCode);
		return units.size();
	}

	private void rebuild(List<String> units, String setCode) {
		if (units.isEmpty()) {
			return;
		}
		// the rows of a unit are deleted and inserted again: one rebuild of a unit at a time
		locks.lock(units);
		List<String> sets = new ArrayList<>(List.of(setCode));
		sets.addAll(projection.dependentsOf(setCode));
		projection.rebuildAll(units, sets);
	}
}
