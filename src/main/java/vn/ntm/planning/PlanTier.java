package vn.ntm.planning;

import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Tier;

/** What a named target unit is to reach in the plan year: a commune tier, a model village, or a district result. */
public enum PlanTier {
	/** xã đạt chuẩn NTM */
	COMMUNE_STANDARD(SetLevel.COMMUNE, Tier.STANDARD),
	/** xã NTM nâng cao */
	COMMUNE_ADVANCED(SetLevel.COMMUNE, Tier.ADVANCED),
	/** xã NTM kiểu mẫu */
	COMMUNE_MODEL(SetLevel.COMMUNE, Tier.MODEL),
	/** thôn, làng đạt chuẩn NTM / khu dân cư kiểu mẫu */
	VILLAGE_MODEL(SetLevel.VILLAGE, Tier.MODEL),
	/** huyện đạt chuẩn NTM, thị xã / thành phố hoàn thành nhiệm vụ xây dựng NTM */
	DISTRICT_STANDARD(SetLevel.DISTRICT, Tier.STANDARD),
	/** huyện NTM nâng cao */
	DISTRICT_ADVANCED(SetLevel.DISTRICT, Tier.ADVANCED),
	/** nộp hồ sơ đề nghị thẩm định trước hạn (the source names the deadline, not the tier) */
	DOSSIER_SUBMITTED(SetLevel.DISTRICT, null);

	private final SetLevel level;
	private final Tier tier;

	PlanTier(SetLevel level, Tier tier) {
		this.level = level;
		this.tier = tier;
	}

	public SetLevel level() {
		return level;
	}

	/** The recognition tier this target means, or null when the source does not say. */
	public Tier tier() {
		return tier;
	}

	/** A commune tier whose progress the commune criteria sets measure. */
	public boolean isCommuneTier() {
		return level == SetLevel.COMMUNE;
	}
}
