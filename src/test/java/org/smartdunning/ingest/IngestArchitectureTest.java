package org.smartdunning.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ingest rules stay free of I/O libraries and JDBC; the adapters depend on them, not the reverse. */
class IngestArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smartdunning");

    @Test
    void ingestRulesKnowNoJdbcCsvLibraryOrStore() {
        noClasses().that().resideInAPackage("org.smartdunning.ingest")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.duckdb..",
                        "org.postgresql..", "org.flywaydb..", "de.siegmar..", "org.smartdunning.store..",
                        "org.smartdunning.ingest.csv..", "org.smartdunning.ingest.parquet..", "org.smartdunning.ingest.files..",
                        "org.smartdunning.cli..")
                .check(classes);
    }


    @Test
    void storeDoesNotReadCsv() {
        noClasses().that().resideInAPackage("org.smartdunning.store..")
                .should().dependOnClassesThat().resideInAnyPackage("de.siegmar..", "org.smartdunning.ingest.csv..",
                        "org.smartdunning.ingest.parquet..", "org.smartdunning.ingest.files..")
                .check(classes);
    }
}
