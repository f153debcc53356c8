package org.smartdunning.policy;

import java.time.LocalDate;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.testing.HistoryBuilder;

/** The features of a 500 invoice 14 days overdue on {@link #DAY}, of a customer (fee 100) with no other history. */
final class OverdueInvoice {
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private OverdueInvoice() {
    }

    static InvoiceFeatures features(String id, boolean email, boolean phone) {
        CreditorHistory h = new HistoryBuilder().customer("C", LocalDate.of(2024, 1, 1), email, phone, 100)
                .invoice(id, "C", DAY.minusDays(14), 500).build();
        return new FeatureExtractor(h).extract(h.invoice(new InvoiceId(id)), DAY);
    }
}
