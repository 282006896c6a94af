package org.factquery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.factquery.api.AnswerCache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared web and answer plumbing ({@code api}: problems, paging, evidence, the answer cache)
 * is used by every feature package and uses none of them, so that no feature change ripples into
 * all the others through it.
 */
class PackageDependenciesTest {

    private static JavaClasses service;

    @BeforeAll
    static void importClasses() {
        service = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.factquery");
    }

    @Test
    void importsTheServiceClasses() {
        assertThat(service.contain(AnswerCache.class)).isTrue(); // the rule below is not vacuous
    }

    @Test
    void apiDependsOnNoFeaturePackage() {
        noClasses().that().resideInAPackage("org.factquery.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factquery.claim..", "org.factquery.document..",
                        "org.factquery.city..", "org.factquery.conflict..", "org.factquery.deployment..",
                        "org.factquery.ask..", "org.factquery.place..", "org.factquery.access..",
                        "org.factquery.db..", "org.factquery.http..")
                .because("features depend on api, never the other way round")
                .check(service);
    }
}
