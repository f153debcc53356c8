package org.smartdunning.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.smartdunning.history.Money;

/**
 * Rows in PostgreSQL's binary COPY format (the COPY page's "Binary Format"), field by field into
 * one growing byte array: no text to build and none for the server to parse. Written here rather
 * than with PgBulkInsert, whose numeric goes through BigDecimal, BigInteger and a list per value;
 * the history needs five field types, amounts already held as cents.
 */
final class PostgresBinaryRows {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};
    private static final int POSTGRES_EPOCH_DAY = (int) LocalDate.of(2000, 1, 1).toEpochDay();
    private static final int NUMERIC_NEGATIVE = 0x4000;
    private static final int MONEY_SCALE = 2;
    /** 10,000 to the power of the index: the weights of a long's base-10000 digits. */
    private static final long[] BASE_10000 = {1L, 10_000L, 100_000_000L, 1_000_000_000_000L, 10_000_000_000_000_000L};

    private byte[] bytes;
    private int size;

    PostgresBinaryRows(int capacity) {
        bytes = new byte[capacity];
    }

    byte[] bytes() {
        return bytes;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    /** The signature, flags and (empty) header extension that open a COPY's data. */
    void header() {
        ensure(SIGNATURE.length);
        System.arraycopy(SIGNATURE, 0, bytes, size, SIGNATURE.length);
        size += SIGNATURE.length;
    }

    /** The field count that closes a COPY's data. */
    void trailer() {
        short16(-1);
    }

    /** Starts a row of {@code fields} fields. */
    void row(int fields) {
        short16(fields);
    }

    /** A text field; null and empty (the contract's "unknown") as NULL. */
    void text(String value) {
        if (value == null || value.isEmpty()) {
            nul();
            return;
        }
        int n = value.length();
        ensure(4 + n);
        int start = size + 4;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                utf8(value);
                return;
            }
            bytes[start + i] = (byte) c;
        }
        int32(n);
        size += n;
    }

    private void utf8(String value) {
        byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
        ensure(4 + encoded.length);
        int32(encoded.length);
        System.arraycopy(encoded, 0, bytes, size, encoded.length);
        size += encoded.length;
    }

    void date(LocalDate date) {
        if (date == null) {
            nul();
        } else {
            int32(4);
            int32((int) date.toEpochDay() - POSTGRES_EPOCH_DAY);
        }
    }

    void integer(Integer value) {
        if (value == null) {
            nul();
        } else {
            int32(4);
            int32(value);
        }
    }

    void bigint(long value) {
        int32(8);
        int64(value);
    }

    void float8(Double value) {
        if (value == null) {
            nul();
        } else {
            int32(8);
            int64(Double.doubleToLongBits(value));
        }
    }

    /**
     * An amount as NUMERIC with two decimals: base-10000 digits, most significant first, the last
     * one holding the cents times 100; the server drops the zero digits.
     */
    void money(Money money) {
        if (money == null) {
            nul();
            return;
        }
        long cents = money.cents();
        long whole = Math.abs(cents / 100);
        int wholeDigits = 0;
        while (wholeDigits < BASE_10000.length && whole >= BASE_10000[wholeDigits]) {
            wholeDigits++;
        }
        int32(8 + 2 * (wholeDigits + 1));
        short16(wholeDigits + 1);
        short16(wholeDigits - 1);
        short16(cents < 0 ? NUMERIC_NEGATIVE : 0);
        short16(MONEY_SCALE);
        for (int d = wholeDigits - 1; d >= 0; d--) {
            short16((int) (whole / BASE_10000[d] % 10_000));
        }
        short16((int) Math.abs(cents % 100) * 100);
    }

    private void nul() {
        int32(-1);
    }

    private void short16(int v) {
        ensure(2);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
    }

    private void int32(int v) {
        ensure(4);
        bytes[size++] = (byte) (v >>> 24);
        bytes[size++] = (byte) (v >>> 16);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
    }

    private void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
