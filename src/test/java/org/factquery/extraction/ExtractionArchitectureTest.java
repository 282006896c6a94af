package org.factquery.extraction;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extraction pipeline is plain Java: it must not reach into the web, persistence, CDI or
 * Quarkus layers, nor into any other part of the application.
 */
class ExtractionArchitectureTest {

    private static JavaClasses extraction;

    @BeforeAll
    static void importClasses() {
        extraction = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.factquery.extraction");
    }

    @Test
    void importsTheExtractionClassesButNoTests() {
        // guards the rules below against passing vacuously
        assertThat(extraction.contain(Extractor.class)).isTrue();
        assertThat(extraction.contain(ExtractionArchitectureTest.class)).isFalse();
    }

    @Test
    void extractionDoesNotDependOnWebPersistenceCdiOrQuarkus() {
        noClasses().that().resideInAPackage("org.factquery.extraction..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "io.quarkus..",
                        "jakarta.enterprise..",
                        "jakarta.inject..",
                        "io.vertx..")
                .because("the extraction pipeline is pure Java and runs outside Quarkus")
                .check(extraction);
    }

    @Test
    void extractionDoesNotDependOnOtherApplicationPackages() {
        noClasses().that().resideInAPackage("org.factquery.extraction..")
                .should().dependOnClassesThat(resideInAPackage("org.factquery..")
                        .and(not(resideInAPackage("org.factquery.extraction.."))))
                .because("the rest of the application uses extraction, never the other way round")
                .check(extraction);
    }
}
