/**
 * Emulation (thi đua) scorecards and rankings of districts and departments on how they met their assigned targets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "evaluation")
package vn.ntm.evaluation;
