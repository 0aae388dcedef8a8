package vn.ntm.criteria.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.criteria.yaml.CriteriaSetReader;
import vn.ntm.criteria.yaml.ReadSet;

/**
 * Stores the reference sets bundled in {@code classpath:criteria/} as version 1 of their code when the database has
 * none. Idempotent: a set already stored from the same file (same checksum) is skipped; a changed bundled file never
 * replaces stored versions (a new version is imported through the API, with its document).
 */
@Component
@Order(20)
class BundledCriteriaSets implements ApplicationRunner {

	static final String LOCATION = "classpath:criteria/*.yaml";
	private static final Logger log = LoggerFactory.getLogger(BundledCriteriaSets.class);

	private final StoredCriteriaSets sets;
	private final TransactionTemplate transaction;

	BundledCriteriaSets(StoredCriteriaSets sets, TransactionTemplate transaction) {
		this.sets = sets;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		for (Resource file : files) {
			String text;
			try (InputStream in = file.getInputStream()) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			for (ReadSet read : CriteriaSetReader.read(text)) {
				String code = read.set().code();
				if (sets.hasChecksum(code, read.checksum())) {
					continue;
				}
				if (sets.exists(code)) {
					log.info("Bundled criteria set {} in {} differs from the stored versions; kept the stored ones", code,
							file.getFilename());
					continue;
				}
				try {
					transaction.executeWithoutResult(status -> sets.store(read, text, "system"));
					log.info("Stored bundled criteria set {} version 1 from {}", code, file.getFilename());
				}
				catch (DuplicateKeyException e) {
					// another instance stored it at the same moment
				}
			}
		}
	}
}
