package org.smartdunning.history;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Hands out one object per equal id, day, amount and short text, so that the rows of a history share them. */
public final class SharedParts {
    // a history holds millions of rows but a few thousand days, tens of thousands of distinct amounts, and each
    // id referred to by many rows: at 100,000 customers the unshared copies were 40% of the live heap
    private static final int FIRST_DAY = (int) LocalDate.of(1900, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2200, 1, 1).toEpochDay() - FIRST_DAY);
    /** Amounts and texts beyond this many distinct ones are not kept: their map would outweigh what it saves. */
    private static final int MAX_SHARED = 1 << 18;

    private final LocalDate[] days = new LocalDate[DAYS];
    private final Map<Long, Money> amounts = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<CustomerId, CustomerId> customerIds = new HashMap<>();

    /** The customer with its id registered for the rows that refer to it, and its repeated fields shared. */
    public Customer customer(Customer c) {
        return new Customer(customerId(c.id()), day(c.createdOn()), day(c.endedOn()), c.type(), text(c.country()),
                text(c.language()), c.postalCode(), c.birthYear(), text(c.paymentMethod()), c.email(), c.phone(),
                text(c.plan()), money(c.monthlyFee()));
    }

    public DunningEvent event(DunningEvent e) {
        return new DunningEvent(e.invoiceId(), day(e.occurredOn()), e.action(), money(e.fee()),
                text(e.experiment()), text(e.arm()), e.propensity());
    }

    public Inquiry inquiry(Inquiry q) {
        return new Inquiry(customerId(q.customerId()), day(q.occurredOn()), text(q.topic()), q.invoiceId());
    }

    /** The first equal id seen (kept from then on); null for null. */
    public CustomerId customerId(CustomerId id) {
        if (id == null) {
            return null;
        }
        CustomerId shared = customerIds.putIfAbsent(id, id);
        return shared == null ? id : shared;
    }

    /** One object per day between 1900 and 2200 (others are returned as they are); null for null. */
    public LocalDate day(LocalDate date) {
        if (date == null) {
            return null;
        }
        long index = date.toEpochDay() - FIRST_DAY;
        if (index < 0 || index >= DAYS) {
            return date;
        }
        LocalDate shared = days[(int) index];
        if (shared == null) {
            days[(int) index] = date;
            return date;
        }
        return shared;
    }

    /** The day {@code epochDay}, shared as {@link #day}. */
    public LocalDate day(long epochDay) {
        long index = epochDay - FIRST_DAY;
        if (index >= 0 && index < DAYS && days[(int) index] != null) {
            return days[(int) index];
        }
        return day(LocalDate.ofEpochDay(epochDay));
    }

    /** The first equal amount seen, while fewer than {@value #MAX_SHARED} are kept; null for null. */
    public Money money(Money amount) {
        return amount == null ? null : shared(amounts, amount.cents(), amount);
    }

    /** The amount of {@code cents}, shared as {@link #money(Money)}. */
    public Money money(long cents) {
        Money shared = amounts.get(cents);
        return shared != null ? shared : money(new Money(cents));
    }

    /** For texts with few distinct values (currency, country, plan, topic, ...); null for null. */
    public String text(String text) {
        return text == null ? null : shared(texts, text, text);
    }

    private static <K, V> V shared(Map<K, V> map, K key, V value) {
        V shared = map.get(key);
        if (shared != null) {
            return shared;
        }
        if (map.size() < MAX_SHARED) {
            map.put(key, value);
        }
        return value;
    }
}
