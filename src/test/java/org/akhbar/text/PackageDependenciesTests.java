package org.akhbar.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the promise of package-info: the text rules depend on the JDK and jsoup only. */
class PackageDependenciesTests {

    @Test
    void dependsOnlyOnTheJdkAndJsoup() {
        JavaClasses text = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.akhbar.text");
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.akhbar.text..", "java..", "org.jsoup..")
                .check(text);
    }
}
