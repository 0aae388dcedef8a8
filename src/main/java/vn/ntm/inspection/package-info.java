/**
 * Inspections (kiểm tra, giám sát): the year's plan of periodic and unannounced visits (and the Fatherland Front's
 * supervision, recorded the same way by its own organization), the findings of a visit per unit and criterion with
 * their evidence and whether the unit's reported figures hold, the recommendations that become tasks with owners and
 * deadlines, and the closing of a finding once its tasks are done and the team accepts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "inspection")
package vn.ntm.inspection;
