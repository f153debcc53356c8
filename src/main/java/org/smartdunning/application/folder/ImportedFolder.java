package org.smartdunning.application.folder;

import java.util.Optional;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.ingest.ImportReceipt;

/**
 * A data folder whose settings are validated and whose rows are in the store, its history not read yet.
 *
 * @param kept the import's own rows when the store held nothing before: the whole history, not read back
 */
public record ImportedFolder(BusinessSettings settings, ImportReceipt receipt, Optional<CreditorHistory> kept) {
}
