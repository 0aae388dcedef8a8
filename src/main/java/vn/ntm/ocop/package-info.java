/**
 * OCOP products (One Commune One Product), their star ratings and certificate validity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "ocop")
package vn.ntm.ocop;
