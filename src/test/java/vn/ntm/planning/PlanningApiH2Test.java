package vn.ntm.planning;

class PlanningApiH2Test extends PlanningApiContract {
}
