package vn.ntm.criteria.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSetRejected;
import vn.ntm.criteria.yaml.ReadSet;
import vn.ntm.shared.Message;

/**
 * What a new version must agree with among the stored versions, beyond what the file says of itself: the sets it
 * names exist, a province's version builds on a national set of the same level and tier and keeps all its criteria.
 */
final class NewVersionChecks {

	private static final String PROBLEM = "criteria.problem.";

	private NewVersionChecks() {
	}

	/** Throws {@link CriteriaSetRejected} with every problem of {@code read} against {@code stored} (every version). */
	static void check(ReadSet read, List<CriteriaSet> stored) {
		CriteriaSet set = read.set();
		List<Message> problems = new ArrayList<>();
		Optional<CriteriaSet> national = stored.stream()
			.filter(s -> s.code().equals(set.code()) && s.provinceCode() == null)
			.max(Comparator.comparingInt(CriteriaSet::version));
		if (read.versionOf() != null && stored.stream().noneMatch(s -> s.code().equals(read.versionOf()))) {
			problems.add(Message.of(PROBLEM + "noSuchSet", "version_of", read.versionOf()));
		}
		if (set.provinceCode() != null && national.isEmpty()) {
			problems.add(Message.of(PROBLEM + "noNationalSet", "province", set.code()));
		}
		national.ifPresent(n -> {
			if (n.level() != set.level()) {
				problems.add(Message.of(PROBLEM + "sameAsBefore", "level", n.level().name().toLowerCase(), set.code()));
			}
			if (n.tier() != set.tier()) {
				problems.add(Message.of(PROBLEM + "sameAsBefore", "tier", n.tier().name().toLowerCase(), set.code()));
			}
		});
		if (set.provinceCode() != null) {
			// a province's version replaces the national one for its communes: a missing criterion would count as met
			national.ifPresent(n -> n.criteria().forEach(c -> {
				if (set.criteria().stream().noneMatch(own -> own.number() == c.number())) {
					problems.add(Message.of(PROBLEM + "missingNationalCriterion", "criteria", String.valueOf(c.number()),
							c.nameVi()));
				}
				c.indicators().stream().filter(i -> set.indicator(i.code()).isEmpty())
					.forEach(i -> problems.add(Message.of(PROBLEM + "missingNationalIndicator", "criteria", i.code())));
			}));
		}
		if (set.requiresSetCode() != null
				&& stored.stream().noneMatch(s -> s.code().equals(set.requiresSetCode()))) {
			problems.add(Message.of(PROBLEM + "noSuchSet", "requires", set.requiresSetCode()));
		}
		if (!problems.isEmpty()) {
			throw new CriteriaSetRejected(problems);
		}
	}
}
