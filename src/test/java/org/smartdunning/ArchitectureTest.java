package org.smartdunning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Package boundaries: domain code free of I/O and frameworks, adapters at the edges, the CLI on top. */
class ArchitectureTest {
    /** Capability domain packages; their adapter sub-packages (files, csv) are excluded by the pattern. */
    static final String[] DOMAIN = {"org.smartdunning.history", "org.smartdunning.economics",
        "org.smartdunning.features", "org.smartdunning.models", "org.smartdunning.policy",
        "org.smartdunning.world", "org.smartdunning.evaluation", "org.smartdunning.ingest",
        "org.smartdunning.experiments", "org.smartdunning.law", "org.smartdunning.workflow",
        "org.smartdunning.channels", "org.smartdunning.audit", "org.smartdunning.simulation"};
    static final String[] FRAMEWORKS = {"java.sql..", "javax.sql..", "de.siegmar..", "picocli..", "org.flywaydb..",
        "org.duckdb..", "org.postgresql..", "com.fasterxml..", "org.yaml..", "jakarta.mail..", "org.eclipse.angus..",
        "org.apache.pdfbox..", "com.samskivert..", "java.net.http..", "org.knowm.."};
    /** A folder's {@code Path} may be named in a use case; reading or writing files may not happen there. */
    static final DescribedPredicate<JavaClass> IO_AND_FRAMEWORKS = JavaClass.Predicates.resideInAnyPackage(FRAMEWORKS)
            .or(JavaClass.Predicates.belongToAnyOf(Files.class, FileInputStream.class, FileOutputStream.class,
                    FileReader.class, FileWriter.class, RandomAccessFile.class))
            .as("I/O or framework classes");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.smartdunning");
    }

    @Test
    void domainCodeIsFreeOfIoAndFrameworks() {
        ArchRule rule = noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat(IO_AND_FRAMEWORKS)
                .because("domain code must be testable without files, databases or frameworks");
        rule.check(classes);
    }

    @Test
    void onlyTheCommandLineDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.smartdunning.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.smartdunning.cli..").check(classes);
    }

    @Test
    void domainDoesNotReachIntoAdapters() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.smartdunning.store..", "..files..", "..csv..")
                .check(classes);
    }

    @Test
    void historyRecordsDependOnNoOtherCapability() {
        noClasses().that().resideInAPackage("org.smartdunning.history")
                .should().dependOnClassesThat().resideInAnyPackage("org.smartdunning.features..",
                        "org.smartdunning.models..", "org.smartdunning.policy..", "org.smartdunning.ingest..",
                        "org.smartdunning.store..", "org.smartdunning.world..", "org.smartdunning.evaluation..",
                        "org.smartdunning.experiments..")
                .check(classes);
    }
}
