package vn.ntm.recognition.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import vn.ntm.criteria.Tier;
import vn.ntm.recognition.Appraisal;
import vn.ntm.recognition.Dossier;
import vn.ntm.recognition.DossierAction;
import vn.ntm.recognition.DossierRefused;
import vn.ntm.recognition.DossierRefused.Kind;
import vn.ntm.recognition.DossierStep;
import vn.ntm.shared.Message;

import static vn.ntm.recognition.DossierStep.*;

/**
 * The steps of a dossier and who may take each: a policy of checks, each returning the refusal with its reason.
 * First who (403), then where the dossier stands (409: someone else moved it), then what the request holds (422).
 */
// Quyết định 18/2022/QĐ-TTg: xã tự đánh giá → huyện thẩm tra → tỉnh thẩm định → hội đồng → quyết định → công bố (recalled)
public final class DossierWorkflow {

	private DossierWorkflow() {
	}

	/** What the request holds, as far as the rules look at it. */
	public record Request(DossierAction action, String reason, Integer criterion, Appraisal.Verdict verdict,
			String decisionNumber, boolean decisionComplete) {
	}

	/** Where an action leads from the dossier's present step. */
	public static DossierStep target(Dossier d, DossierAction action) {
		return switch (action) {
			case OPEN -> DRAFT;
			case SUBMIT -> SUBMITTED;
			case REVIEW_AS_DISTRICT -> DISTRICT_REVIEWED;
			case START_APPRAISAL -> APPRAISAL;
			case CONCLUDE -> COUNCIL_CONCLUDED;
			case DECIDE -> DECIDED;
			case PUBLISH -> PUBLISHED;
			case RETURN -> RETURNED;
			case APPRAISE, ADD_EVIDENCE -> d.step();
		};
	}

	/** The steps an action may be taken from. */
	static Set<DossierStep> from(Dossier d, DossierAction action) {
		return switch (action) {
			case OPEN -> EnumSet.noneOf(DossierStep.class);
			case SUBMIT -> EnumSet.of(DRAFT, RETURNED);
			case REVIEW_AS_DISTRICT -> d.districtReviews() ? EnumSet.of(SUBMITTED) : EnumSet.noneOf(DossierStep.class);
			case START_APPRAISAL -> d.districtReviews() ? EnumSet.of(DISTRICT_REVIEWED) : EnumSet.of(SUBMITTED);
			case APPRAISE, CONCLUDE -> EnumSet.of(APPRAISAL);
			case ADD_EVIDENCE -> EnumSet.of(DRAFT, RETURNED, APPRAISAL);
			case DECIDE -> EnumSet.of(COUNCIL_CONCLUDED);
			case PUBLISH -> EnumSet.of(DECIDED);
			case RETURN -> EnumSet.of(SUBMITTED, DISTRICT_REVIEWED, APPRAISAL, COUNCIL_CONCLUDED);
		};
	}

	/** Whether the actor's role allows the action at all on this dossier (whatever its step). */
	static Optional<Message> who(Dossier d, DossierAction action, DossierActor a, Integer criterion) {
		boolean allowed = switch (action) {
			case OPEN, SUBMIT, ADD_EVIDENCE -> a.applicant();
			case REVIEW_AS_DISTRICT -> a.reviewer();
			case START_APPRAISAL, CONCLUDE, PUBLISH -> a.office();
			case APPRAISE -> criterion == null ? !a.ownedCriteria().isEmpty() : a.ownedCriteria().contains(criterion);
			case DECIDE -> a.office() && !a.unitItself();
			// the district returns what it reviews; the office returns at any step
			case RETURN -> a.office() || (a.reviewer() && d.step() == SUBMITTED);
		};
		if (allowed) {
			return Optional.empty();
		}
		if (action == DossierAction.APPRAISE && criterion != null) {
			return Optional.of(Message.of("recognition.dossier.refused.not-owner", criterion));
		}
		if (action == DossierAction.DECIDE && a.unitItself()) {
			return Optional.of(Message.of("recognition.dossier.refused.own-decision"));
		}
		return Optional.of(Message.of("recognition.dossier.refused.role." + action.name()));
	}

	/**
	 * Every check of the action, in order; the first failure is the refusal.
	 *
	 * @param notAgreed the criteria whose appraisal is missing or not AGREE (CONCLUDE needs none)
	 * @param missing   the required documents not yet attached (SUBMIT needs none)
	 */
	public static Optional<DossierRefused> check(Dossier d, DossierActor a, Request r, Collection<Integer> notAgreed,
			Collection<String> missing) {
		Optional<Message> role = who(d, r.action(), a, r.criterion());
		if (role.isPresent()) {
			return Optional.of(new DossierRefused(Kind.FORBIDDEN, role.get()));
		}
		if (!from(d, r.action()).contains(d.step())) {
			return Optional.of(new DossierRefused(Kind.CONFLICT,
					Message.of("recognition.dossier.refused.step",
					"recognition.dossier.action." + r.action().name(), "recognition.dossier.step." + d.step().name())));
		}
		return content(r, notAgreed, missing).map(m -> new DossierRefused(Kind.INVALID, m));
	}

	private static Optional<Message> content(Request r, Collection<Integer> notAgreed, Collection<String> missing) {
		return switch (r.action()) {
			case SUBMIT -> missing.isEmpty() ? Optional.empty()
					: Optional.of(Message.of("recognition.dossier.refused.documents", String.join(", ", missing)));
			case RETURN -> blank(r.reason()) ? Optional.of(Message.of("recognition.dossier.refused.reason"))
					: Optional.empty();
			case APPRAISE -> appraisal(r);
			case CONCLUDE -> notAgreed.isEmpty() ? Optional.empty()
					: Optional.of(Message.of("recognition.dossier.refused.not-agreed",
							String.join(", ", notAgreed.stream().sorted().map(String::valueOf).toList())));
			case DECIDE -> r.decisionComplete() ? Optional.empty()
					: Optional.of(Message.of("recognition.dossier.refused.decision-incomplete"));
			default -> Optional.empty();
		};
	}

	private static Optional<Message> appraisal(Request r) {
		if (r.criterion() == null || r.verdict() == null) {
			return Optional.of(Message.of("recognition.dossier.refused.appraisal-incomplete"));
		}
		if (r.verdict() != Appraisal.Verdict.AGREE && blank(r.reason())) {
			return Optional.of(Message.of("recognition.dossier.refused.reason"));
		}
		return Optional.empty();
	}

	/** The actions the actor may take now (the page's buttons); content is checked when they are taken. */
	public static Set<DossierAction> allowed(Dossier d, DossierActor a) {
		Set<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
		for (DossierAction action : DossierAction.values()) {
			if (who(d, action, a, null).isEmpty() && from(d, action).contains(d.step())) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/**
	 * The tier a unit must already hold to ask for this one: advanced needs standard, model needs advanced.
	 */
	// Quyết định 318/QĐ-TTg và 319/QĐ-TTg: xã NTM nâng cao là xã đã đạt chuẩn NTM; xã kiểu mẫu là xã đã đạt NTM nâng cao
	public static Optional<Message> prerequisite(Tier tier, Optional<Tier> held) {
		if (tier == Tier.STANDARD) {
			return Optional.empty();
		}
		Tier needed = Tier.values()[tier.ordinal() - 1];
		if (held.isPresent() && held.get().compareTo(needed) >= 0) {
			return Optional.empty();
		}
		return Optional.of(Message.of("recognition.dossier.refused.prerequisite", "recognition.tier." + tier.name(),
				"recognition.tier." + needed.name()));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
