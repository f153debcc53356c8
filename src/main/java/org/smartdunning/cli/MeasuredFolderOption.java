package org.smartdunning.cli;

import java.nio.file.Path;
import org.smartdunning.economics.BusinessSettings;
import picocli.CommandLine.Option;

/** {@code --data DIR} of the commands that measure what happened: the folder's business settings and creditor. */
final class MeasuredFolderOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "a data folder: its business.properties (costs, horizon) and its creditor")
    Path data;

    /** The folder's business settings, or the contract's defaults without one. */
    BusinessSettings business() {
        return RunCommand.business(null, data);
    }
}
