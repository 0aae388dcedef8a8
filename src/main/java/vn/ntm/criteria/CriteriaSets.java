package vn.ntm.criteria;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The criteria module's entry point: the criteria sets and their versions. */
public interface CriteriaSets {

	/** The latest version of every set. */
	List<CriteriaSet> all();

	/** The latest version of a set. */
	Optional<CriteriaSet> find(String code);

	/** The version of {@code code} in force on {@code date} for {@code provinceCode} (its own version if it has one). */
	Optional<CriteriaSet> inForce(String code, LocalDate date, String provinceCode);

	/** Every set of {@code level} valid on {@code date} for {@code provinceCode}, latest version each, by tier. */
	List<CriteriaSet> inForce(SetLevel level, LocalDate date, String provinceCode);

	/**
	 * Validates a set written in the YAML format of {@code src/main/resources/criteria/} and stores it as a new
	 * version; nothing is stored when it is invalid ({@link CriteriaSetRejected} lists every problem).
	 */
	CriteriaSet importYaml(InputStream yaml, String importedBy);
}
