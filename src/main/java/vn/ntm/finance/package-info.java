/**
 * Funds (nguồn vốn): a province's capital of each source allocated per year to its units and projects, the money
 * disbursed from each allocation, the rate against plan, the leftovers carried from earlier years, and each
 * allocation checked against the counterpart rules ({@code finance/counterpart-rules.yml}). Amounts are exact đồng.
 */
@org.springframework.modulith.ApplicationModule(displayName = "finance")
package vn.ntm.finance;
