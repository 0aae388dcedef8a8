/**
 * Small value types shared by every module: periods, unit codes, Vietnamese text folding, money and percentages,
 * and the audit event every module publishes when it changes data. No behaviour that belongs to a feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ntm.shared;
