package org.smartdunning.channels;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The channel port knows none of its adapters, and each adapter stands alone, so any one can be replaced. */
class ChannelsArchitectureTest {
    private static final String[] ADAPTERS = {"org.smartdunning.channels.smtp..", "org.smartdunning.channels.http..",
        "org.smartdunning.channels.pdf..", "org.smartdunning.channels.agency..", "org.smartdunning.channels.templates.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smartdunning");

    @Test
    void thePortKnowsNoAdapter() {
        noClasses().that().resideInAPackage("org.smartdunning.channels")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .orShould().dependOnClassesThat().resideInAPackage("org.smartdunning.channels.files..")
                .check(classes);
    }

    @Test
    void adaptersDoNotUseEachOther() {
        for (String adapter : ADAPTERS) {
            String[] others = Arrays.stream(ADAPTERS).filter(a -> !a.equals(adapter)).toArray(String[]::new);
            noClasses().that().resideInAPackage(adapter)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }
}
