package vn.ntm.recognition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.ntm.criteria.Tier;
import vn.ntm.geography.UnitLevel;
import vn.ntm.recognition.Appraisal.Verdict;
import vn.ntm.recognition.Dossier;
import vn.ntm.recognition.DossierAction;
import vn.ntm.recognition.DossierRefused;
import vn.ntm.recognition.DossierRefused.Kind;
import vn.ntm.recognition.DossierStep;

class DossierWorkflowTest {

	static final DossierActor COMMUNE = new DossierActor("xa", true, false, false, true, Set.of());
	static final DossierActor DISTRICT = new DossierActor("huyen", true, true, false, false, Set.of());
	static final DossierActor OFFICE = new DossierActor("vpdp", true, false, true, false, Set.of(1));
	static final DossierActor TRANSPORT = new DossierActor("so-gtvt", false, false, false, false, Set.of(2));

	static Dossier dossier(DossierStep step, String district) {
		return new Dossier(1, "23512", "Xa", "/62/615/23512/", "62", district, Tier.STANDARD, 2024, "xa-ntm-2021-2025",
				step, OffsetDateTime.of(2024, 3, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7)), LocalDate.of(2024, 3, 1), "xa",
				null, null, null, null, null, null, 3);
	}

	static DossierWorkflow.Request request(DossierAction action) {
		return new DossierWorkflow.Request(action, null, null, null, null, false);
	}

	static Optional<DossierRefused> check(Dossier d, DossierActor a, DossierWorkflow.Request r) {
		return DossierWorkflow.check(d, a, r, List.of(), List.of());
	}

	@Test
	void aDepartmentAppraisingACriterionItDoesNotOwnIsRefusedNamingTheCriterion() {
		var refusal = check(dossier(DossierStep.APPRAISAL, null), TRANSPORT,
				new DossierWorkflow.Request(DossierAction.APPRAISE, null, 15, Verdict.AGREE, null, false));
		assertThat(refusal).get().extracting(DossierRefused::kind).isEqualTo(Kind.FORBIDDEN);
		assertThat(refusal.get().reason().key()).isEqualTo("recognition.dossier.refused.not-owner");
		assertThat(refusal.get().reason().args()).containsExactly(15);
		assertThat(check(dossier(DossierStep.APPRAISAL, null), TRANSPORT,
				new DossierWorkflow.Request(DossierAction.APPRAISE, null, 2, Verdict.AGREE, null, false))).isEmpty();
	}

	@Test
	void aCommuneDecidingItsOwnRecognitionIsRefusedWhateverItsOtherRights() {
		DossierActor communeInOffice = new DossierActor("both", true, false, true, true, Set.of());
		var refusal = check(dossier(DossierStep.COUNCIL_CONCLUDED, null), communeInOffice,
				new DossierWorkflow.Request(DossierAction.DECIDE, null, null, null, "1/QD", true));
		assertThat(refusal).get().extracting(r -> r.reason().key()).isEqualTo("recognition.dossier.refused.own-decision");
		assertThat(check(dossier(DossierStep.COUNCIL_CONCLUDED, null), COMMUNE,
				new DossierWorkflow.Request(DossierAction.DECIDE, null, null, null, "1/QD", true))).get()
			.extracting(DossierRefused::kind).isEqualTo(Kind.FORBIDDEN);
	}

	@Test
	void theDistrictReviewsOnlyTheDossiersOfAUnitThatHadADistrict() {
		assertThat(DossierWorkflow.allowed(dossier(DossierStep.SUBMITTED, "615"), DISTRICT))
			.contains(DossierAction.REVIEW_AS_DISTRICT, DossierAction.RETURN);
		assertThat(DossierWorkflow.allowed(dossier(DossierStep.SUBMITTED, "615"), OFFICE))
			.doesNotContain(DossierAction.START_APPRAISAL);
		assertThat(DossierWorkflow.allowed(dossier(DossierStep.DISTRICT_REVIEWED, "615"), OFFICE))
			.contains(DossierAction.START_APPRAISAL);
		assertThat(DossierWorkflow.allowed(dossier(DossierStep.SUBMITTED, null), OFFICE))
			.contains(DossierAction.START_APPRAISAL).doesNotContain(DossierAction.REVIEW_AS_DISTRICT);
	}

	@Test
	void anActionOnADossierSomeoneElseAlreadyMovedIsAConflict() {
		var refusal = check(dossier(DossierStep.APPRAISAL, null), OFFICE, request(DossierAction.START_APPRAISAL));
		assertThat(refusal).get().extracting(DossierRefused::kind).isEqualTo(Kind.CONFLICT);
	}

	@Test
	void theCouncilConcludesOnlyWhenEveryCriterionIsAgreed() {
		var refusal = DossierWorkflow.check(dossier(DossierStep.APPRAISAL, null), OFFICE,
				request(DossierAction.CONCLUDE), List.of(17, 2), List.of());
		assertThat(refusal).get().extracting(DossierRefused::kind).isEqualTo(Kind.INVALID);
		assertThat(refusal.get().reason().args()).containsExactly("2, 17");
	}

	@Test
	void aDossierIsSubmittedOnlyWithEveryRequiredDocument() {
		var refusal = DossierWorkflow.check(dossier(DossierStep.DRAFT, null), COMMUNE, request(DossierAction.SUBMIT),
				List.of(), List.of("y-kien-mttq"));
		assertThat(refusal).get().extracting(r -> r.reason().key()).isEqualTo("recognition.dossier.refused.documents");
		assertThat(DossierWorkflow.check(dossier(DossierStep.RETURNED, null), COMMUNE, request(DossierAction.SUBMIT),
				List.of(), List.of())).isEmpty();
	}

	@Test
	void disagreeingOrAskingForMoreEvidenceNeedsAReasonAndReturningToo() {
		assertThat(check(dossier(DossierStep.APPRAISAL, null), TRANSPORT,
				new DossierWorkflow.Request(DossierAction.APPRAISE, " ", 2, Verdict.MORE_EVIDENCE, null, false))).get()
			.extracting(r -> r.reason().key()).isEqualTo("recognition.dossier.refused.reason");
		assertThat(check(dossier(DossierStep.APPRAISAL, null), OFFICE, request(DossierAction.RETURN))).get()
			.extracting(DossierRefused::kind).isEqualTo(Kind.INVALID);
	}

	@Test
	void aModelDossierNeedsTheAdvancedRecognitionAndAnAdvancedOneTheStandard() {
		assertThat(DossierWorkflow.prerequisite(Tier.MODEL, Optional.of(Tier.STANDARD))).get()
			.extracting(m -> m.args()).isEqualTo(List.of("recognition.tier.MODEL", "recognition.tier.ADVANCED"));
		assertThat(DossierWorkflow.prerequisite(Tier.MODEL, Optional.of(Tier.ADVANCED))).isEmpty();
		assertThat(DossierWorkflow.prerequisite(Tier.ADVANCED, Optional.empty())).isPresent();
		assertThat(DossierWorkflow.prerequisite(Tier.STANDARD, Optional.empty())).isEmpty();
	}

	@Test
	void nothingMovesADecidedDossierButItsPublication() {
		assertThat(DossierWorkflow.allowed(dossier(DossierStep.DECIDED, null), OFFICE))
			.containsExactly(DossierAction.PUBLISH);
		assertThat(DossierWorkflow.allowed(dossier(DossierStep.PUBLISHED, null), OFFICE)).isEmpty();
	}

	@Test
	void theChecklistHoldsTheCommunityConsultationTheFrontsOpinionAndThePublicPostingEachMarkedUnverified() {
		var required = DossierChecklist.load().required(Tier.STANDARD, UnitLevel.COMMUNE);
		assertThat(required).extracting(i -> i.code())
			.contains("bien-ban-lay-y-kien", "y-kien-mttq", "thong-bao-cong-khai", "bao-cao-tu-danh-gia")
			.doesNotContain("hinh-anh");
		assertThat(required).allSatisfy(i -> assertThat(i.verified()).isFalse());
		assertThat(required).filteredOn(i -> i.generated()).extracting(i -> i.code())
			.containsExactly("bao-cao-tu-danh-gia");
	}
}
