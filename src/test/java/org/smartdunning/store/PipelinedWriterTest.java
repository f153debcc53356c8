package org.smartdunning.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.history.Payment;

class PipelinedWriterTest {

    /** Records what reaches the database side, and on which thread; can fail on the n-th row. */
    static final class Recording implements HistoryWriter {
        final List<String> rows = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());
        final int failAt;
        boolean finished;
        boolean aborted;

        Recording(int failAt) {
            this.failAt = failAt;
        }

        private void row(String row) throws SQLException {
            threads.add(Thread.currentThread().getName());
            if (rows.size() == failAt) {
                throw new SQLException("disk full");
            }
            rows.add(row);
        }

        @Override
        public void customer(Customer customer) throws SQLException {
            row("customer " + customer.id());
        }

        @Override
        public void invoice(Invoice invoice) throws SQLException {
            row("invoice " + invoice.id());
        }

        @Override
        public void payment(Payment payment) throws SQLException {
            row("payment " + payment.id());
        }

        @Override
        public void event(DunningEvent event) throws SQLException {
            row("event " + event.invoiceId());
        }

        @Override
        public void inquiry(Inquiry inquiry) throws SQLException {
            row("inquiry " + inquiry.customerId());
        }

        @Override
        public void batchItem(long importId, int position, BatchItem item) throws SQLException {
            row("batch " + importId + "/" + position + " " + item.invoiceId());
        }

        @Override
        public void finish() {
            finished = true;
        }

        @Override
        public void abort() {
            aborted = true;
        }
    }

    private static Payment payment(int i) {
        return new Payment("P" + i, new InvoiceId("I1"), LocalDate.of(2024, 1, 1), new Money(100));
    }

    @Test
    void writesEverythingInOrderOnTheWriterThread() throws SQLException {
        Recording target = new Recording(-1);
        PipelinedWriter writer = new PipelinedWriter(target);
        for (int i = 0; i < 10_000; i++) {
            writer.payment(payment(i));
        }
        writer.batchItem(7, 1, new BatchItem(new InvoiceId("I1"), LocalDate.of(2024, 2, 1)));
        writer.finish();

        assertThat(target.rows).hasSize(10_001).startsWith("payment P0", "payment P1").endsWith("batch 7/1 I1");
        assertThat(target.threads).containsOnly("dunning-import-writer");
        assertThat(target.finished).isTrue();
    }

    @Test
    void aFailureOfTheWriterThreadSurfacesAndAbortStillWorks() throws SQLException {
        Recording target = new Recording(5000);
        PipelinedWriter writer = new PipelinedWriter(target);
        for (int i = 0; i < 6000; i++) {
            writer.customer(new Customer(new CustomerId("C" + i), LocalDate.of(2020, 1, 1), null,
                    org.smartdunning.history.CustomerType.PRIVATE, "SE", null, null, null, null, null, null, null,
                    null));
        }
        assertThatThrownBy(writer::finish).isInstanceOf(SQLException.class).hasMessage("disk full");
        assertThat(target.finished).isFalse();
        writer.abort();
        assertThat(target.aborted).isTrue();
    }
}
