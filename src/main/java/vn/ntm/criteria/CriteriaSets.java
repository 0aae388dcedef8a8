package vn.ntm.criteria;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The criteria module's entry point: the criteria sets and their versions. */
public interface CriteriaSets {

	/** The latest version of every set: the latest national version of each code, and each province's latest own version. */
	List<CriteriaSet> all();

	/** The latest national version of a set. */
	Optional<CriteriaSet> find(String code);

	/** One stored version of a set (versions are numbered per code, national and provincial alike). */
	Optional<CriteriaSet> find(String code, int version);

	/** Where each stored version of {@code code} came from, oldest first. */
	List<CriteriaSetVersion> versions(String code);

	/** The version of {@code code} in force on {@code date} for {@code provinceCode} (its own version if it has one). */
	Optional<CriteriaSet> inForce(String code, LocalDate date, String provinceCode);

	/** Every set of {@code level} valid on {@code date} for {@code provinceCode}, latest version each, by tier. */
	List<CriteriaSet> inForce(SetLevel level, LocalDate date, String provinceCode);

	/**
	 * Validates a set written in the YAML format of {@code src/main/resources/criteria/} and stores it as a new
	 * version; nothing is stored when it is invalid ({@link CriteriaSetRejected} lists every problem). Publishes
	 * {@link CriteriaSetVersionAdded} after storing.
	 */
	CriteriaSet importYaml(InputStream yaml, String importedBy);
}
