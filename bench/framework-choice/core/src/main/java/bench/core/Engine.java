package bench.core;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Framework-free stand-in for the Smart Dunning engine. Every candidate calls exactly this. */
public final class Engine {

    /** Incoming event (POST /events body). */
    public record Event(
            @JsonProperty("type") String type,
            @JsonProperty("invoice_id") String invoiceId,
            @JsonProperty("amount") String amount,
            @JsonProperty("currency") String currency,
            @JsonProperty("at") String at) {
    }

    public record Accepted(@JsonProperty("id") long id) {
    }

    public record Health(@JsonProperty("status") String status) {
    }

    public record Action(
            @JsonProperty("action") String action,
            @JsonProperty("value") double value,
            @JsonProperty("p_pay_7d") double pPay7d,
            @JsonProperty("p_pay_30d") double pPay30d,
            @JsonProperty("p_complaint") double pComplaint) {
    }

    public record Preview(
            @JsonProperty("invoice_id") String invoiceId,
            @JsonProperty("best") String best,
            @JsonProperty("actions") List<Action> actions) {
    }

    public static final Health OK = new Health("ok");

    private static final String[] ACTIONS = {"wait", "email_reminder", "sms_reminder", "phone_call", "collection_agency"};

    private final Map<String, String> apiKeys; // key -> creditor id
    private final ConcurrentLinkedQueue<Event> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong seq = new AtomicLong();

    private final AtomicLong drained = new AtomicLong();

    public Engine(Map<String, String> apiKeys) {
        this.apiKeys = Map.copyOf(apiKeys);
        // Stand-in for the later PostgreSQL batch writer: drains the queue so that a long load
        // test does not fill the 512 MB heap with events (same for every candidate).
        Thread writer = new Thread(() -> {
            while (true) {
                long n = 0;
                while (queue.poll() != null) n++;
                drained.addAndGet(n);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }, "event-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** The default engine used by all candidates: two creditors, keys key-a / key-b. */
    public static Engine createDefault() {
        return new Engine(Map.of("key-a", "creditor-a", "key-b", "creditor-b"));
    }

    /** @return creditor id or null when the Authorization header is missing/invalid. */
    public String authenticate(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            return null;
        }
        return apiKeys.get(authorizationHeader.substring(7).trim());
    }

    /** @return null when valid, else a short message. */
    public static String validate(Event e) {
        if (e == null) return "body required";
        if (blank(e.type())) return "type is required";
        if (blank(e.invoiceId())) return "invoice_id is required";
        if (blank(e.amount())) return "amount is required";
        if (blank(e.currency())) return "currency is required";
        if (blank(e.at())) return "at is required";
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Accepted accept(Event e) {
        queue.add(e);
        return new Accepted(seq.incrementAndGet());
    }

    public long drained() {
        return drained.get();
    }

    /** A few microseconds of deterministic work derived from a hash of the id. */
    public Preview preview(String invoiceId) {
        long h = mix(invoiceId.hashCode() * 0x9E3779B97F4A7C15L);
        List<Action> out = new ArrayList<>(ACTIONS.length);
        String best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ACTIONS.length; i++) {
            double acc = 0;
            for (int k = 0; k < 200; k++) { // emulate a small model evaluation
                h = mix(h + k);
                acc += (h >>> 11) * 0x1.0p-53;
            }
            double p7 = round(acc / 200 * 0.6);
            double p30 = round(Math.min(1.0, p7 + ((h >>> 20) & 0xFF) / 1024.0));
            double pc = round(((h >>> 40) & 0xFF) / 4096.0);
            double value = round(p30 * 1000 - i * 35 - pc * 500);
            out.add(new Action(ACTIONS[i], value, p7, p30, pc));
            if (value > bestValue) {
                bestValue = value;
                best = ACTIONS[i];
            }
        }
        return new Preview(invoiceId, best, out);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
