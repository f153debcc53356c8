package org.smartdunning.history;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Many short strings packed as UTF-8 in one array: about a tenth of the heap of as many {@code String} objects. */
final class PackedStrings {
    private byte[] bytes;
    /** {@code ends[i]} is where string {@code i} ends in {@link #bytes}; it starts where {@code i - 1} ends. */
    private int[] ends;
    private int size;

    PackedStrings(int expected) {
        bytes = new byte[Math.max(16, expected * 12)];
        ends = new int[Math.max(4, expected)];
    }

    /** Appends the string; returns its index. */
    int add(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int start = end(size - 1);
        if (start + utf8.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length + (bytes.length >> 1), start + utf8.length));
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size + (size >> 1));
        }
        System.arraycopy(utf8, 0, bytes, start, utf8.length);
        ends[size] = start + utf8.length;
        return size++;
    }

    String get(int i) {
        int start = end(i - 1);
        return new String(bytes, start, ends[i] - start, StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }

    /** Whether string {@code i} equals {@code text}, without decoding it when both are ASCII. */
    boolean equalsAt(int i, String text) {
        int start = end(i - 1);
        int length = ends[i] - start;
        if (length != text.length()) {
            return length >= text.length() && get(i).equals(text); // a non-ASCII string takes more bytes than chars
        }
        for (int k = 0; k < length; k++) {
            byte b = bytes[start + k];
            if (b < 0) {
                return get(i).equals(text);
            }
            if (b != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Code point order, as the store sorts text: the unsigned order of UTF-8 bytes. */
    int compare(int i, int j) {
        int a = end(i - 1);
        int b = end(j - 1);
        int n = Math.min(ends[i] - a, ends[j] - b);
        int c = Arrays.compareUnsigned(bytes, a, a + n, bytes, b, b + n);
        return c != 0 ? c : Integer.compare(ends[i] - a, ends[j] - b);
    }

    /** The strings in the given order (a new packing). */
    PackedStrings reordered(int[] order) {
        PackedStrings copy = new PackedStrings(0);
        copy.ends = new int[order.length];
        copy.bytes = new byte[end(size - 1)];
        int at = 0;
        for (int k = 0; k < order.length; k++) {
            int start = end(order[k] - 1);
            int length = ends[order[k]] - start;
            System.arraycopy(bytes, start, copy.bytes, at, length);
            at += length;
            copy.ends[k] = at;
        }
        copy.size = order.length;
        copy.bytes = Arrays.copyOf(copy.bytes, at);
        return copy;
    }

    private int end(int i) {
        return i < 0 ? 0 : ends[i];
    }
}
