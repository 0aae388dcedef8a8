package vn.ntm.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import vn.ntm.planning.DirectiveReading;
import vn.ntm.planning.DirectiveReading.TargetList;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.UnitNameMatch;

/**
 * Reads the whole text of a directive: its frame ({@link DirectiveHeader}), its target sentences
 * ({@link DirectiveTargets}, each name split by {@link NameMatching#split} and matched) and its duties
 * ({@link DirectiveTasks}), after {@link DirectiveText#repair} has undone the OCR damage it can.
 */
public final class DirectiveReader {

	private DirectiveReader() {
	}

	/** Matches one name of a tier's list to a unit of the level the tier is about. */
	public interface NameMatch {

		/** @param dated the directive's date, or null when the text has none */
		UnitNameMatch match(PlanTier tier, NameMatching.Name name, LocalDate dated);
	}

	public static DirectiveReading read(String text, BiFunction<PlanTier, NameMatching.Name, UnitNameMatch> match) {
		return read(text, (tier, name, dated) -> match.apply(tier, name));
	}

	public static DirectiveReading read(String text, NameMatch match) {
		String repaired = DirectiveText.repair(text);
		DirectiveHeader header = DirectiveHeader.read(DirectiveText.lines(repaired));
		List<String> paragraphs = DirectiveText.paragraphs(repaired);
		List<TargetList> targets = new ArrayList<>();
		for (DirectiveTargets.Found found : DirectiveTargets.read(paragraphs)) {
			List<UnitNameMatch> names = NameMatching.split(found.list()).stream()
				.map(name -> match.match(found.tier(), name, header.date())).toList();
			targets.add(TargetList.of(found.tier(), found.count(), names));
		}
		return new DirectiveReading(header.number(), header.date(), header.signer(), header.signerTitle(),
				List.copyOf(targets), DirectiveTasks.read(paragraphs));
	}
}
