/**
 * Funding sources, allocations, disbursements, counterpart ratios and sponsorship money.
 */
@org.springframework.modulith.ApplicationModule(displayName = "finance")
package vn.ntm.finance;
