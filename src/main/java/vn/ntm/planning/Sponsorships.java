package vn.ntm.planning;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.ntm.shared.Money;
import vn.ntm.shared.Percent;

/**
 * Sponsors' (đơn vị đỡ đầu, tài trợ) commitments and money mobilised per unit and year, and the province's totals.
 * Changes need {@code Access.canManage(province)}, are validated as a whole (nothing stored on any error, see
 * {@link EntryRejected}), name the version they read ({@link SponsorshipConflict}) and are audited. Reading follows
 * the unit scope, except that a sponsor sees only its own sponsorships.
 */
public interface Sponsorships {

	/**
	 * True when the current user may open the province's sponsorships: it reads the province or a unit of it (and
	 * then sees the sponsorships of the units it reads), or is one of the province's sponsors.
	 */
	boolean canView(String provinceCode);

	/** The sponsorships of a province and year the current user may see, by sponsor then unit. */
	List<Sponsorship> list(String provinceCode, int year);

	/** One sponsorship, if the current user may see it. */
	Optional<Sponsorship> find(long id);

	/**
	 * Organizations that can sponsor in a province and year: its sponsors and the departments assigned to support
	 * units that year, each with the units it supports (a sponsor user gets only itself).
	 */
	List<Sponsor> sponsors(String provinceCode, int year);

	/** Units a sponsorship may name: the units supported by someone that year, then every commune of the province. */
	List<UnitChoice> unitChoices(String provinceCode, int year);

	/** Totals over every year of the sponsorships the current user may see, newest year first. */
	List<YearTotals> totalsByYear(String provinceCode);

	Sponsorship record(String provinceCode, Input input);

	Sponsorship update(long id, Input input, long expectedVersion);

	void delete(long id, long expectedVersion);

	/**
	 * For the demo profile's loader only: stores an invented sponsorship labelled demo, without an access check,
	 * unless a demo sponsorship is already stored.
	 *
	 * @return true when it was stored
	 */
	boolean recordDemo(long sponsorId, String unitCode, int year, Money committed, Money mobilised, String note);

	/**
	 * What a user typed: amounts as text in Vietnamese format ("1.250.000.000" or "1250000000").
	 *
	 * @param unitCode a unit the sponsor supports that year, or any commune of the province
	 */
	record Input(Long sponsorId, String unitCode, Integer year, String committed, String mobilised, String note) {
	}

	record Sponsor(long organizationId, String name, List<String> supportedUnits) {
	}

	/** @param supportedBy the organizations supporting the unit that year, empty for a commune nobody supports */
	record UnitChoice(String code, String name, List<String> supportedBy) {
	}

	/** Committed and mobilised money, in VND. */
	record Totals(BigDecimal committed, BigDecimal mobilised) {

		public static Totals of(Collection<Sponsorship> rows) {
			return new Totals(rows.stream().map(Sponsorship::committedVnd).reduce(BigDecimal.ZERO, BigDecimal::add),
					rows.stream().map(Sponsorship::mobilisedVnd).reduce(BigDecimal.ZERO, BigDecimal::add));
		}

		/** Mobilised as a share of committed, in percent with one decimal; null when nothing was committed. */
		public Percent percentMobilised() {
			return new Money(mobilised).shareOf(new Money(committed));
		}
	}

	record YearTotals(int year, Totals totals) {
	}
}
