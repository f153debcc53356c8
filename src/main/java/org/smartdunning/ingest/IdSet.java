package org.smartdunning.ingest;

import java.util.Arrays;

/**
 * An exact set of ids without an object per id: the characters live in one growing char arena,
 * the open-addressing table holds offsets and cached hashes. For a few million ids this keeps the
 * garbage collector from copying and tracing millions of Strings and HashMap nodes during an import
 * (measured: the HashSet version spent more time in GC than in parsing).
 */
final class IdSet {
    private static final int EMPTY = -1;

    private char[] arena = new char[1 << 16];
    private int arenaSize;
    private int[] offsets;
    private int[] lengths;
    private int[] hashes;
    private int size;
    private int mask;

    IdSet() {
        this(1 << 12);
    }

    IdSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        offsets = new int[capacity];
        Arrays.fill(offsets, EMPTY);
        lengths = new int[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    boolean contains(String id) {
        int hash = id.hashCode();
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int offset = offsets[slot];
            if (offset == EMPTY) {
                return false;
            }
            if (hashes[slot] == hash && equalsAt(offset, lengths[slot], id)) {
                return true;
            }
        }
    }

    /** Adds the id; false when it was already there. */
    boolean add(String id) {
        int hash = id.hashCode();
        int slot = spread(hash) & mask;
        for (; ; slot = (slot + 1) & mask) {
            int offset = offsets[slot];
            if (offset == EMPTY) {
                break;
            }
            if (hashes[slot] == hash && equalsAt(offset, lengths[slot], id)) {
                return false;
            }
        }
        int length = id.length();
        if (arenaSize + length > arena.length) {
            long grown = Math.max((long) arena.length * 2, (long) arenaSize + length);
            if (grown > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("too many ids for one import");
            }
            arena = Arrays.copyOf(arena, (int) grown);
        }
        id.getChars(0, length, arena, arenaSize);
        offsets[slot] = arenaSize;
        lengths[slot] = length;
        hashes[slot] = hash;
        arenaSize += length;
        if (++size * 2 > mask) {
            rehash();
        }
        return true;
    }

    private boolean equalsAt(int offset, int length, String id) {
        if (length != id.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (arena[offset + i] != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        int[] oldOffsets = offsets;
        int[] oldLengths = lengths;
        int[] oldHashes = hashes;
        allocate(oldOffsets.length * 2);
        for (int i = 0; i < oldOffsets.length; i++) {
            if (oldOffsets[i] != EMPTY) {
                int slot = spread(oldHashes[i]) & mask;
                while (offsets[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                offsets[slot] = oldOffsets[i];
                lengths[slot] = oldLengths[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
