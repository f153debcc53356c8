package org.smartdunning.history;

import java.util.Arrays;

/**
 * Invoice ids packed as {@link PackedStrings}, each with its hash and an index by id: about 20 bytes an id
 * where an {@code InvoiceId} with its string and a map entry took about 110.
 */
final class PackedInvoiceIds {
    private final PackedStrings ids;
    private int[] hashes;
    /** Open addressing: index + 1 of the id in each slot, 0 for none; at most half full. */
    private int[] slots;

    PackedInvoiceIds(int expected) {
        ids = new PackedStrings(expected);
        hashes = new int[Math.max(4, expected)];
        slots = new int[tableSize(expected)];
    }

    private PackedInvoiceIds(PackedStrings ids, int[] hashes) {
        this.ids = ids;
        this.hashes = hashes;
        slots = new int[tableSize(ids.size())];
        for (int i = 0; i < ids.size(); i++) {
            slots[free(hashes[i])] = i + 1;
        }
    }

    /** The index of the id, added when it is new. */
    int intern(InvoiceId id) {
        int found = indexOf(id);
        if (found >= 0) {
            return found;
        }
        int i = ids.add(id.value());
        if (i == hashes.length) {
            hashes = Arrays.copyOf(hashes, i + (i >> 1));
        }
        hashes[i] = id.hashCode();
        if (2 * ids.size() > slots.length) {
            slots = new int[slots.length * 2];
            for (int k = 0; k <= i; k++) {
                slots[free(hashes[k])] = k + 1;
            }
        } else {
            slots[free(hashes[i])] = i + 1;
        }
        return i;
    }

    /** The index of the id, or -1. */
    int indexOf(InvoiceId id) {
        int hash = id.hashCode();
        String value = id.value();
        int mask = slots.length - 1;
        for (int s = mix(hash) & mask; slots[s] != 0; s = (s + 1) & mask) {
            int i = slots[s] - 1;
            if (hashes[i] == hash && ids.equalsAt(i, value)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether id {@code i} is this one. */
    boolean is(int i, InvoiceId id) {
        return hashes[i] == id.hashCode() && ids.equalsAt(i, id.value());
    }

    InvoiceId get(int i) {
        return new InvoiceId(ids.get(i));
    }

    /** {@code InvoiceId.hashCode()} of id {@code i}. */
    int hash(int i) {
        return hashes[i];
    }

    int size() {
        return ids.size();
    }

    /** Code point order of the ids. */
    int compare(int i, int j) {
        return ids.compare(i, j);
    }

    /** The ids in the given order, indexed anew. */
    PackedInvoiceIds reordered(int[] order) {
        int[] h = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            h[k] = hashes[order[k]];
        }
        return new PackedInvoiceIds(ids.reordered(order), h);
    }

    private int free(int hash) {
        int mask = slots.length - 1;
        int s = mix(hash) & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** Ids often differ in their last characters only, so their hashes run in sequence: spread them. */
    private static int mix(int hash) {
        return hash * 0x9E3779B9 ^ (hash >>> 16);
    }

    private static int tableSize(int expected) {
        return Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    }
}
