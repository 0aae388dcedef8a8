package vn.ntm.criteria;

/** Standard (đạt chuẩn NTM), advanced (NTM nâng cao) and model (NTM kiểu mẫu). Each tier presupposes the one before. */
public enum Tier { STANDARD, ADVANCED, MODEL }
