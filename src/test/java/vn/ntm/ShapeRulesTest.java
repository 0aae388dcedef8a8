package vn.ntm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape of the code (issue #12): small use cases instead of facades, one clock, demo code kept apart, one naming
 * convention for web adapters. Each exception is listed here with its reason; an empty list is the aim.
 */
class ShapeRulesTest {

	static final int MAX_LINES = 300;
	static final int MAX_COLLABORATORS = 6;

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.ntm");

	/** Source files allowed over {@value #MAX_LINES} lines, with the reason. */
	static final Map<String, String> LONG_FILES = Map.of(
			"vn/ntm/criteria/yaml/CriteriaSetReader.java",
			"one validating reader of the YAML format: every check names its path, split by section would scatter them");

	/** Beans allowed more than {@value #MAX_COLLABORATORS} injected collaborators, with the reason. */
	static final Map<String, String> MANY_COLLABORATORS = Map.of();

	/** Web adapters not yet named *Pages (HTML) or *Api (JSON) in a web package. */
	static final Set<String> ADAPTERS_TO_RENAME = Set.of();

	/** Classes that still ask the JVM for "now" (to inject the Clock: issue #12). */
	static final Set<String> CLOCK_TO_INJECT = Set.of();

	/** Demo beans still inside production modules (to move to vn.ntm.demo: issue #12). */
	static final Set<String> DEMO_TO_MOVE = Set.of();

	@Test
	void noProductionSourceFileIsOverThreeHundredLines() throws IOException {
		Map<String, Long> tooLong = new TreeMap<>();
		Path root = Path.of("src/main/java");
		try (Stream<Path> files = Files.walk(root)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				long lines;
				try (Stream<String> l = Files.lines(f)) {
					lines = l.count();
				}
				String name = root.relativize(f).toString().replace('\\', '/');
				if (lines > MAX_LINES && !LONG_FILES.containsKey(name)) {
					tooLong.put(name, lines);
				}
			}
		}
		assertThat(tooLong).as("split these into use cases or read models (or list them with a reason)").isEmpty();
	}

	@Test
	void noBeanHasMoreThanSixCollaborators() {
		classes().that().areAnnotatedWith(Component.class).or().areMetaAnnotatedWith(Component.class)
			.should(new ArchCondition<JavaClass>("have at most " + MAX_COLLABORATORS + " injected collaborators") {
				@Override
				public void check(JavaClass c, ConditionEvents events) {
					if (MANY_COLLABORATORS.containsKey(c.getName())) {
						return;
					}
					for (JavaConstructor k : c.getConstructors()) {
						int n = k.getRawParameterTypes().size();
						if (n > MAX_COLLABORATORS) {
							events.add(SimpleConditionEvent.violated(c,
									c.getName() + " takes " + n + " collaborators in " + k.getDescription()));
						}
					}
				}
			})
			.check(CLASSES);
	}

	@Test
	void everyNowComesFromTheApplicationClock() {
		List<Class<?>> temporal = List.of(LocalDate.class, LocalDateTime.class, LocalTime.class, Instant.class,
				OffsetDateTime.class, ZonedDateTime.class, YearMonth.class, Year.class);
		DescribedPredicate<JavaCall<?>> nowWithoutClock = new DescribedPredicate<>(
				"now() without the application's Clock, or a system clock") {
			@Override
			public boolean test(JavaCall<?> call) {
				String owner = call.getTargetOwner().getName();
				String method = call.getName();
				if (owner.equals(Clock.class.getName())) {
					return method.equals("systemUTC") || method.equals("systemDefaultZone")
							|| method.equals("system") && !call.getOriginOwner().getName()
								.equals("vn.ntm.shared.platform.TimeConfiguration");
				}
				if (owner.equals(System.class.getName())) {
					return method.equals("currentTimeMillis");
				}
				boolean isTemporal = temporal.stream().anyMatch(t -> t.getName().equals(owner));
				return isTemporal && method.equals("now")
						&& !call.getTarget().getRawParameterTypes().stream()
							.anyMatch(p -> p.isEquivalentTo(Clock.class));
			}
		};
		noClasses().that(DescribedPredicate.describe("not listed",
				(JavaClass c) -> !CLOCK_TO_INJECT.contains(c.getSimpleName().replaceAll("\\$.*", ""))))
			.should().callCodeUnitWhere(nowWithoutClock).check(CLASSES);
	}

	@Test
	void productionCodeNeverUsesTheDemo() {
		noClasses().that().resideOutsideOfPackage("vn.ntm.demo..")
			.should().dependOnClassesThat().resideInAPackage("vn.ntm.demo..")
			.check(CLASSES);
		classes().that().haveSimpleNameStartingWith("Demo").and().areTopLevelClasses()
			.and(DescribedPredicate.describe("not listed", (JavaClass c) -> !DEMO_TO_MOVE.contains(c.getName())))
			.should().resideInAPackage("vn.ntm.demo..")
			.check(CLASSES);
	}

	@Test
	void pagesServeHtmlAndApisServeJsonFromWebPackages() {
		classes().that().areAnnotatedWith(Controller.class).and().areNotAnnotatedWith(RestController.class)
			.and(notListed())
			.should().haveSimpleNameEndingWith("Pages").andShould().resideInAPackage("..web..")
			.check(CLASSES);
		classes().that().areAnnotatedWith(RestController.class).and(notListed())
			.should().haveSimpleNameEndingWith("Api").andShould().resideInAPackage("..web..")
			.check(CLASSES);
	}

	private static DescribedPredicate<JavaClass> notListed() {
		return DescribedPredicate.describe("not listed for renaming", c -> !ADAPTERS_TO_RENAME.contains(c.getName()));
	}
}
