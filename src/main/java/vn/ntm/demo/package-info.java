/**
 * The demo province (profile {@code demo}, on by default for the embedded run, off for {@code postgres}): Kon Tum's
 * real units with generated, deterministic values built so that the system computes the figures the directives
 * published (end of 2021: 35 recognised, average 15,88; end of 2022: 42/85 meeting all criteria, 36 recognised,
 * average 16,00; 3 advanced), plus monthly progress through 2023. Everything it creates is labelled demo, and the
 * illustrative thresholds it needs live in a demo version of the criteria set, never in the reference set.
 */
@org.springframework.modulith.ApplicationModule(displayName = "demo")
package vn.ntm.demo;
