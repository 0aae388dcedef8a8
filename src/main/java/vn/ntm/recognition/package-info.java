/**
 * Recognition decisions: which unit was recognised at which tier, by which decision, and revocations. Lets every
 * summary tell "meets all criteria" from "recognised". Also the dossier that leads to a decision (hồ sơ đề nghị xét
 * công nhận): its checklist, steps, who may take each, and each department's appraisal of the criteria it owns; the
 * values it shows come through {@link vn.ntm.recognition.DossierEvidence}, implemented by the assessment module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "recognition")
package vn.ntm.recognition;
