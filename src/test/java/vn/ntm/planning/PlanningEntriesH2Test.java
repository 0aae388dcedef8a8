package vn.ntm.planning;

class PlanningEntriesH2Test extends PlanningEntriesContract {
}
