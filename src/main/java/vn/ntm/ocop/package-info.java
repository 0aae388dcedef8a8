/**
 * The OCOP register (One Commune One Product, Chương trình mỗi xã một sản phẩm): a province's products with their
 * producer, commune, product group and export flag, and their star ratings. A rating's certificate is valid for a
 * configured number of months from its decision ({@code ntm.ocop.validity-months}, 36 by default); a re-rating replaces
 * the previous one from its date, and a product whose certificate lapsed counts as expired, to be re-rated, not as
 * rated. Counts by stars, export and expiry are computed for any date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "ocop")
package vn.ntm.ocop;
