package org.akhbar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The module graph of STYLE.md: each top-level package is a module, its sub-packages are private
 * to it, modules depend only on those their package-info names, and nothing goes round in circles.
 */
class ModularityTests {

    private static final String BASE = "org.akhbar.";

    /** What each module may use besides itself (the generated schema is open to every repository). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("platform", Set.of("schema")),
            Map.entry("taxonomy", Set.of("platform", "text", "schema")),
            Map.entry("people", Set.of("platform", "text", "site", "schema")),
            Map.entry("site", Set.of("platform", "text", "taxonomy", "schema")),
            Map.entry("article", Set.of("platform", "text", "taxonomy", "people", "site", "media", "comment", "schema")),
            Map.entry("newsroom", Set.of("platform", "text", "taxonomy", "people", "site", "article", "media", "comment", "search", "api", "webhook")),
            Map.entry("transfer", Set.of("platform", "article", "taxonomy", "people", "site", "media", "comment", "schema")),
            Map.entry("media", Set.of("platform", "people", "site", "schema")),
            Map.entry("feed", Set.of("platform", "article", "taxonomy", "people", "media", "site")),
            Map.entry("api", Set.of("platform", "text", "taxonomy", "people", "site", "article", "schema")),
            Map.entry("webhook", Set.of("platform", "site", "people", "article", "taxonomy", "schema")),
            Map.entry("comment", Set.of("platform", "text", "site", "schema")),
            Map.entry("search", Set.of("platform", "text", "taxonomy", "site", "article", "schema")),
            Map.entry("schema", Set.of()));

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.akhbar");

    private static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(BASE)) {
            return null;
        }
        String rest = name.substring(BASE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isModuleTop(JavaClass type) {
        String module = moduleOf(type);
        return module != null && type.getPackageName().equals(BASE + module);
    }

    @Test
    void modulesDependOnlyOnWhatTheyDeclare() {
        classes().that().resideInAPackage("org.akhbar.(*)..")
                .should(new ArchCondition<>("depend only on the modules they declare") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String module = moduleOf(type);
                        if (module == null || !ALLOWED.containsKey(module)) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is in no declared module"));
                            return;
                        }
                        type.getDirectDependenciesFromSelf().forEach(dependency -> {
                            String target = moduleOf(dependency.getTargetClass());
                            if (target != null && !target.equals(module) && !ALLOWED.get(module).contains(target)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(classes);
    }

    @Test
    void subPackagesArePrivateToTheirModule() {
        classes().that().resideInAPackage("org.akhbar.(*).(**)")
                .and().resideOutsideOfPackage("org.akhbar.schema..")
                .should(new ArchCondition<>("be used only from inside their own module") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (isModuleTop(type)) {
                            return;
                        }
                        String module = moduleOf(type);
                        type.getDirectDependenciesToSelf().forEach(dependency -> {
                            String origin = moduleOf(dependency.getOriginClass());
                            if (origin != null && !origin.equals(module)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("org.akhbar.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theTextModuleNeedsNothingButTheJdkAndJsoup() {
        noClasses().that().resideInAPackage("org.akhbar.text..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.akhbar.text..", "org.jsoup..")
                .check(classes);
    }

    @Test
    void onlyRepositoriesAndThePlatformTouchTheDatabase() {
        noClasses().that().resideInAPackage("org.akhbar..")
                .and().haveNameNotMatching(".*Repository(\\$.*)?")
                .and().resideOutsideOfPackages("org.akhbar.platform", "org.akhbar.schema..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..")
                .check(classes);
    }
}
