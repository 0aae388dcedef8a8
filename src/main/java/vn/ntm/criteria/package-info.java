/**
 * Criteria sets as versioned data (loaded from YAML), their criteria, indicators and thresholds by region, year and
 * province, each threshold with its source and verification state; and the pure evaluation engine that turns indicator
 * values into indicator, criterion and tier status. An unknown threshold evaluates to "threshold unknown", never to met.
 */
@org.springframework.modulith.ApplicationModule(displayName = "criteria")
package vn.ntm.criteria;
