package org.smartdunning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
import org.smartdunning.store.Database;
import org.smartdunning.store.StoreBusyException;

/**
 * Package boundaries: domain code free of I/O and frameworks; use cases in {@code application} on
 * top of it, reaching adapters only through ports; adapters wired in {@code bootstrap}; the CLI, a
 * door, on top of all. Arrows point down only, and no package cycles.
 */
class ArchitectureTest {
    /** Capability domain packages; their adapter sub-packages (files, csv) are excluded by the pattern. */
    static final String[] DOMAIN = {"org.smartdunning.history", "org.smartdunning.economics",
        "org.smartdunning.features", "org.smartdunning.models", "org.smartdunning.policy",
        "org.smartdunning.world", "org.smartdunning.evaluation", "org.smartdunning.ingest",
        "org.smartdunning.experiments", "org.smartdunning.law", "org.smartdunning.workflow",
        "org.smartdunning.channels", "org.smartdunning.audit", "org.smartdunning.simulation",
        "org.smartdunning.access", "org.smartdunning.ingest.events", "org.smartdunning.kpi",
        "org.smartdunning.webhooks", "org.smartdunning.experiments.analysis"};
    static final String[] FRAMEWORKS = {"java.sql..", "javax.sql..", "de.siegmar..", "picocli..", "org.flywaydb..",
        "org.duckdb..", "org.postgresql..", "com.fasterxml..", "org.yaml..", "jakarta.mail..", "org.eclipse.angus..",
        "org.apache.pdfbox..", "com.samskivert..", "java.net.http..", "org.knowm..", "io.javalin..", "org.eclipse.jetty..",
        "com.zaxxer..", "io.micrometer..", "io.github.bucket4j.."};
    /** Adapters: the store, the file formats, the learner's library binding and the channels' transports. */
    static final String[] ADAPTERS = {"org.smartdunning.store..", "..files..", "..csv..", "org.smartdunning.models.xgboost..",
        "org.smartdunning.models.archive..", "org.smartdunning.channels.smtp..", "org.smartdunning.channels.http..",
        "org.smartdunning.channels.pdf..", "org.smartdunning.channels.agency..", "org.smartdunning.channels.templates..",
        "org.smartdunning.ingest.zip..", "org.smartdunning.ingest.parquet..", "org.smartdunning.webhooks.http..",
        "org.smartdunning.report.pdf.."};
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
                .should().dependOnClassesThat().resideInAnyPackage("org.smartdunning.store..", "..files..", "..csv..",
                        "org.smartdunning.ingest.parquet..")
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

    @Test
    void useCasesReachAdaptersOnlyThroughPorts() {
        noClasses().that().resideInAPackage("org.smartdunning.application..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.smartdunning.cli..", "org.smartdunning.bootstrap..")
                .orShould().dependOnClassesThat(IO_AND_FRAMEWORKS)
                .because("a use case is called the same by every door; bootstrap wires the adapters behind its ports")
                .check(classes);
    }

    @Test
    void domainKnowsNeitherUseCasesNorDoors() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.smartdunning.application..",
                        "org.smartdunning.bootstrap..", "org.smartdunning.cli..")
                .check(classes);
    }

    @Test
    void onlyTheDoorsUseTheWiring() {
        noClasses().that().resideOutsideOfPackages("org.smartdunning.cli..", "org.smartdunning.api..",
                        "org.smartdunning.web..", "org.smartdunning.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("org.smartdunning.bootstrap..")
                .check(classes);
    }

    /** The HTTP API is a door: it reaches use cases and the store only through the wiring; it and the pages alone know Javalin. */
    @Test
    void theApiIsAThinDoor() {
        noClasses().that().resideInAPackage("org.smartdunning.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.smartdunning.store..", "..csv..",
                        "org.smartdunning.ingest.parquet..",
                        "org.smartdunning.models.xgboost..", "org.smartdunning.cli..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.smartdunning.api..", "org.smartdunning.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.smartdunning.api..", "org.smartdunning.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.smartdunning.api..")
                .check(classes);
    }

    /**
     * The dashboard's pages are a door like the API: use cases (through the wiring's per-creditor
     * service) and domain values only, never an adapter, the command line or the API's own classes;
     * only the API's server, which serves the pages, knows them.
     */
    @Test
    void theWebPagesAreAThinDoor() {
        noClasses().that().resideInAPackage("org.smartdunning.web..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.smartdunning.cli..", "org.smartdunning.api..",
                        "org.smartdunning.simulation..", "org.smartdunning.world..", "java.sql..", "javax.sql..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.smartdunning.web..", "org.smartdunning.api..")
                .should().dependOnClassesThat().resideInAPackage("org.smartdunning.web..")
                .check(classes);
    }

    /**
     * The command line reaches the store and the learner through {@code bootstrap}. Allowed: opening
     * and claiming the store ({@link Database}, {@link StoreBusyException}: the door owns the
     * connection's life and the busy exit code), and the file formats of the commands that only
     * read or write the files they are given (generate, in CSV or Parquet, evaluate, charges, the scorecard's JSON).
     */
    @Test
    void commandLineReachesStoreAndLearnerOnlyThroughTheWiring() {
        noClasses().that().resideInAPackage("org.smartdunning.cli..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.smartdunning.store..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(Database.class,
                                StoreBusyException.class))))
                .orShould().dependOnClassesThat().resideInAnyPackage("..csv..", "org.smartdunning.models.xgboost..",
                        "org.smartdunning.models.archive..", "org.smartdunning.channels.smtp..",
                        "org.smartdunning.channels.http..", "org.smartdunning.channels.pdf..",
                        "org.smartdunning.channels.agency..", "org.smartdunning.channels.templates..",
                        "org.smartdunning.webhooks.http..", "org.smartdunning.report.pdf..")
                .check(classes);
    }

    @Test
    void onlyTheWiringUsesTheStoreAdapters() {
        noClasses().that().resideOutsideOfPackages("org.smartdunning.store..", "org.smartdunning.bootstrap..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.smartdunning.store..")
                        .and(JavaClass.Predicates.simpleNameStartingWith("Jdbc")
                                .or(JavaClass.Predicates.belongToAnyOf(org.smartdunning.store.HistoryStore.class))))
                .because("the JDBC adapters are constructed in one place, bootstrap")
                .check(classes);
    }

    /** Signing, verifying and the event body are pure: a receiver can use them without our store or transport. */
    @Test
    void webhooksDomainNeedsNoStoreNoTransportNoLogging() {
        noClasses().that().resideInAPackage("org.smartdunning.webhooks")
                .should().dependOnClassesThat(IO_AND_FRAMEWORKS)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "org.smartdunning.webhooks.http..",
                        "org.smartdunning.application..", "org.smartdunning.store..")
                .check(classes);
    }

    @Test
    void xgboostStaysBehindTheModelsInterfaces() {
        noClasses().that().resideOutsideOfPackage("org.smartdunning.models.xgboost..")
                .should().dependOnClassesThat().resideInAPackage("ml.dmlc.xgboost4j..")
                .because("the boosting library is an adapter behind models.TreeTrainer and models.TreeModel")
                .check(classes);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("org.smartdunning.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void useCasePackagesAreFreeOfCycles() {
        slices().matching("org.smartdunning.application.(*)..").should().beFreeOfCycles().check(classes);
    }
}
