package vn.ntm.planning.internal;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.ntm.planning.Plan;
import vn.ntm.planning.TodoItem;
import vn.ntm.shared.Period;

/** A department's to-do list: the unmet indicators it leads in the plan's target units. */
@Service
class ListDepartmentTasks {

	private final AnalyseGaps gaps;

	ListDepartmentTasks(AnalyseGaps gaps) {
		this.gaps = gaps;
	}

	List<TodoItem> of(long organizationId, Plan plan, Period period) {
		return TodoItem.of(plan, gaps.of(plan, period), organizationId);
	}
}
