package org.smartdunning.ingest;

/** A number of rows per contract file / store table. */
public record RowCounts(long customers, long invoices, long payments, long dunningEvents, long inquiries,
                        long batchItems) {
    public static final RowCounts ZERO = new RowCounts(0, 0, 0, 0, 0, 0);

    public long total() {
        return customers + invoices + payments + dunningEvents + inquiries + batchItems;
    }

    public long of(HistoryFile file) {
        return switch (file) {
            case CUSTOMERS -> customers;
            case INVOICES -> invoices;
            case PAYMENTS -> payments;
            case DUNNING_EVENTS -> dunningEvents;
            case INQUIRIES -> inquiries;
            case BATCH -> batchItems;
        };
    }

    static RowCounts of(long[] perFile) {
        return new RowCounts(perFile[0], perFile[1], perFile[2], perFile[3], perFile[4], perFile[5]);
    }
}
