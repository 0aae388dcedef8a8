package vn.ntm.ocop;

/**
 * The product groups of the OCOP programme (Quyết định 148/QĐ-TTg 2023, Điều 4): food, beverages, herbs, textiles and
 * garments, souvenirs, furnishings and decoration (handicrafts), and community and rural tourism services.
 */
public enum ProductGroup {
	FOOD, BEVERAGES, HERBS, TEXTILES, HANDICRAFTS, TOURISM_SERVICES
}
