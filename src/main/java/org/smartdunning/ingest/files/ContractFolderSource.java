package org.smartdunning.ingest.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.smartdunning.ingest.CreditorFolderSource;
import org.smartdunning.ingest.HistoryFile;
import org.smartdunning.ingest.ImportProblem;
import org.smartdunning.ingest.ImportProblems;
import org.smartdunning.ingest.SourceRow;
import org.smartdunning.ingest.csv.CsvCreditorFolderSource;
import org.smartdunning.ingest.parquet.ParquetContract;
import org.smartdunning.ingest.parquet.ParquetFileReader;

/**
 * Reads a contract folder whose files are each CSV or Parquet: {@code history/invoices.csv}, else
 * {@code history/invoices.parquet} (formats may mix within a folder; both for one file is a
 * problem, as the import could not tell which holds the data). A folder of CSV files keeps the
 * fingerprint it always had.
 */
public final class ContractFolderSource implements CreditorFolderSource {
    private final CsvCreditorFolderSource csv = new CsvCreditorFolderSource();

    @Override
    public String fingerprint(Path folder) throws IOException {
        List<String> names = new ArrayList<>(CsvCreditorFolderSource.fingerprintedFiles());
        for (HistoryFile file : HistoryFile.values()) {
            if (parquetOnly(folder, file)) {
                names.set(names.indexOf(file.path()), ParquetContract.path(file));
            }
        }
        return CsvCreditorFolderSource.fingerprint(folder, names);
    }

    @Override
    public Optional<String> firstLine(Path folder, String name) throws IOException {
        return csv.firstLine(folder, name);
    }

    @Override
    public boolean read(Path folder, HistoryFile file, Consumer<SourceRow> rows, ImportProblems problems)
            throws IOException {
        String parquet = ParquetContract.path(file);
        if (!Files.isRegularFile(folder.resolve(parquet))) {
            return csv.read(folder, file, rows, problems);
        }
        if (Files.isRegularFile(folder.resolve(file.path()))) {
            problems.add(ImportProblem.ofFile(parquet, "both " + file.path() + " and " + parquet
                    + " are in the folder: keep one"));
            return false;
        }
        return new ParquetFileReader(folder.resolve(parquet), parquet, file, problems).read(rows);
    }

    private static boolean parquetOnly(Path folder, HistoryFile file) {
        return !Files.isRegularFile(folder.resolve(file.path())) && Files.isRegularFile(folder.resolve(ParquetContract.path(file)));
    }
}
