package vn.ntm.finance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import vn.ntm.finance.Allocation;
import vn.ntm.finance.CapitalSource;
import vn.ntm.shared.Money;

/**
 * The counterpart rules (đối ứng), as data: an allocation of a rule's source to a unit requires a local share of at
 * least a percentage of it, allocated to the same unit (and project) in the same year from the rule's local sources.
 * Several allocations needing a share are served in the order they were made, so a local allocation counts once.
 */
public final class CounterpartRules {

	public static final String RESOURCE = "finance/counterpart-rules.yml";

	private final Map<CapitalSource, Rule> rules = new EnumMap<>(CapitalSource.class);

	public record Rule(CapitalSource source, Set<CapitalSource> localSources, BigDecimal minimumPercent, String basis,
			boolean verified) {

		public Rule {
			localSources = Set.copyOf(localSources);
		}

		/** The local share this amount requires, rounded up to the đồng. */
		public Money required(Money amount) {
			return new Money(amount.dong().multiply(minimumPercent).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING));
		}
	}

	/** The check of one allocation: the local share it still lacks (zero when met) under the rule cited. */
	public record Check(Money shortfall, String basis, boolean verified) {
	}

	public CounterpartRules(List<Rule> rules) {
		for (Rule r : rules) {
			this.rules.put(r.source(), r);
		}
	}

	public static CounterpartRules fromClasspath() {
		try (InputStream in = CounterpartRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			return read(Objects.requireNonNull(in, RESOURCE));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@SuppressWarnings("unchecked")
	static CounterpartRules read(InputStream in) {
		Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		List<Rule> rules = new ArrayList<>();
		for (Map<String, Object> r : (List<Map<String, Object>>) doc.get("rules")) {
			Set<CapitalSource> local = EnumSet.noneOf(CapitalSource.class);
			((List<String>) r.get("localSources")).forEach(s -> local.add(CapitalSource.valueOf(s)));
			rules.add(new Rule(CapitalSource.valueOf((String) r.get("source")), local,
					new BigDecimal(String.valueOf(r.get("minimumPercent"))), (String) r.get("basis"),
					Boolean.TRUE.equals(r.get("verified"))));
		}
		return new CounterpartRules(rules);
	}

	public List<Rule> rules() {
		return List.copyOf(rules.values());
	}

	/** The check of each allocation of one year under a rule (allocations no rule applies to are absent). */
	public Map<Long, Check> check(List<Allocation> ofYear) {
		Map<List<Object>, List<Allocation>> groups = new LinkedHashMap<>();
		for (Allocation a : ofYear) {
			groups.computeIfAbsent(groupOf(a), k -> new ArrayList<>()).add(a);
		}
		Map<Long, Check> checks = new HashMap<>();
		for (List<Allocation> group : groups.values()) {
			Map<Set<CapitalSource>, Money> available = new HashMap<>();
			group.stream().filter(a -> rules.containsKey(a.source())).sorted(Comparator.comparingLong(Allocation::id))
				.forEach(a -> {
					Rule rule = rules.get(a.source());
					Money left = available.computeIfAbsent(rule.localSources(), s -> group.stream()
						.filter(l -> s.contains(l.source())).map(Allocation::amount).reduce(Money.ZERO, Money::plus));
					Money required = rule.required(a.amount());
					Money served = left.compareTo(required) < 0 ? left : required;
					available.put(rule.localSources(), left.minus(served));
					checks.put(a.id(), new Check(required.minus(served), rule.basis(), rule.verified()));
				});
		}
		return checks;
	}

	private static List<Object> groupOf(Allocation a) {
		return java.util.Arrays.asList(a.unitCode(), a.project() == null ? "" : a.project().name().strip());
	}
}
