package vn.ntm.finance;

/**
 * The programme's capital sources (nguồn vốn): the central budget's development investment and recurrent funds, the
 * provincial and the district or commune budgets, the integrated programmes (lồng ghép), credit, enterprises and
 * sponsors, and the community's contributions in cash, labour and land.
 */
public enum CapitalSource {
	CENTRAL_INVESTMENT, CENTRAL_RECURRENT, PROVINCIAL, DISTRICT_COMMUNE, INTEGRATED, CREDIT, ENTERPRISES_SPONSORS,
	COMMUNITY_CASH, COMMUNITY_LABOUR, COMMUNITY_LAND
}
