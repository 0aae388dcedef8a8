package vn.ntm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The conventions of STYLE.md, checked rather than hoped for. */
class ConventionsTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.ntm");

	@Test
	void namesComeFromTheDomainNotFromPlumbing() {
		noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Util")
			.orShould().haveSimpleNameEndingWith("Utils").orShould().haveSimpleNameEndingWith("Helper")
			.orShould().haveSimpleNameEndingWith("Manager")
			.check(CLASSES);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().notBePublic()
			.check(CLASSES);
	}

	@Test
	void theEvaluationEngineAndSharedValuesArePlainJava() {
		noClasses().that().haveFullyQualifiedName("vn.ntm.criteria.CriteriaEngine")
			.or().resideInAPackage("vn.ntm.shared").and().doNotHaveSimpleName("package-info")
			.should().dependOnClassesThat().resideInAPackage("org.springframework..")
			.check(CLASSES);
	}

	@Test
	void everyModuleSaysWhatItOwns() throws IOException {
		try (Stream<Path> modules = Files.list(Path.of("src/main/java/vn/ntm"))) {
			List<Path> missing = modules.filter(Files::isDirectory)
				.filter(m -> !Files.exists(m.resolve("package-info.java")))
				.toList();
			assertThat(missing).as("modules without package-info.java").isEmpty();
		}
	}

	@Test
	void noAuthorTagsOrLicenceHeaders() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src"))) {
			List<Path> offending = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
				try {
					String text = Files.readString(f);
					return text.contains("@" + "author") || text.contains("Licensed" + " under");
				}
				catch (IOException e) {
					throw new IllegalStateException(e);
				}
			}).toList();
			assertThat(offending).isEmpty();
		}
	}
}
