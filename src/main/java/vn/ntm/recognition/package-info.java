/**
 * Recognition decisions: which unit was recognised at which tier, by which decision, and revocations. Lets every
 * summary tell "meets all criteria" from "recognised".
 */
@org.springframework.modulith.ApplicationModule(displayName = "recognition")
package vn.ntm.recognition;
