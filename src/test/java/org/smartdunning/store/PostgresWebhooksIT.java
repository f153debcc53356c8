package org.smartdunning.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CreditorId;
import org.smartdunning.webhooks.WebhookDelivery;

/** The webhook contract on PostgreSQL, in a fresh schema per test; and two workers claiming at once. */
class PostgresWebhooksIT extends WebhooksContract {
    private final PostgresSchema schema = new PostgresSchema();

    @AfterEach
    void dropSchema() throws SQLException {
        schema.close();
    }

    @Override
    String url() {
        return schema.url();
    }

    @Test
    void twoWorkersClaimingAtOnceNeverGetTheSameDelivery() throws Exception {
        register("hold.placed");
        publish.publish(LongStream.rangeClosed(1, 300).mapToObj(WebhooksContract::placed).toList());
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try (Database first = Database.open(url(), CreditorId.DEFAULT);
             Database second = Database.open(url(), CreditorId.DEFAULT)) {
            List<Future<List<String>>> claims = new ArrayList<>();
            for (Database worker : List.of(first, second)) {
                Callable<List<String>> claimAll = () -> {
                    JdbcWebhooks book = new JdbcWebhooks(worker);
                    List<String> mine = new ArrayList<>();
                    for (List<WebhookDelivery> batch = book.claimDue(clock.instant(), 7, Duration.ofMinutes(2));
                         !batch.isEmpty(); batch = book.claimDue(clock.instant(), 7, Duration.ofMinutes(2))) {
                        batch.forEach(d -> mine.add(d.eventId()));
                    }
                    return mine;
                };
                claims.add(workers.submit(claimAll));
            }
            List<String> all = new ArrayList<>(claims.get(0).get());
            all.addAll(claims.get(1).get());
            assertThat(all).hasSize(300).doesNotHaveDuplicates();
        } finally {
            workers.shutdownNow();
        }
    }
}
