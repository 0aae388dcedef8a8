package vn.ntm.planning;

import java.util.List;

/**
 * A province's plan for a year: its source documents and targets.
 *
 * @param reference true for a plan loaded from the versioned reference files (facts from the documents)
 * @param source    where the targets were read, for a reference plan
 * @param version   optimistic-locking version; every change must name the version it read
 */
public record Plan(long id, String provinceCode, int year, String title, boolean reference, String source,
		List<PlanDocument> documents, List<Target> targets, long version) {

	public Plan {
		documents = documents == null ? List.of() : List.copyOf(documents);
		targets = targets == null ? List.of() : List.copyOf(targets);
	}

	public List<Target.Named> named() {
		return targets.stream().filter(Target.Named.class::isInstance).map(Target.Named.class::cast).toList();
	}

	public List<Target.Named> named(PlanTier tier) {
		return named().stream().filter(t -> t.tier() == tier).toList();
	}

	public List<Target.Aggregate> aggregates() {
		return targets.stream().filter(Target.Aggregate.class::isInstance).map(Target.Aggregate.class::cast).toList();
	}

	public List<Target.Kpi> kpis() {
		return targets.stream().filter(Target.Kpi.class::isInstance).map(Target.Kpi.class::cast).toList();
	}
}
