/**
 * Emulation (thi đua): scorecards of districts, communes and departments, the yearly ranking and the rating of their
 * heads, each point computed from what the other modules record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "emulation")
package vn.ntm.emulation;
