package org.factquery.extraction.gazetteer;

import java.util.Arrays;

/**
 * Name keys to entries, compactly: the 64-bit hashes of the keys sorted in one array, each with
 * its run of entry references in another. A world gazetteer has about a million names; as
 * strings in a hash map they would take a few hundred megabytes, as this a few dozen. Two keys
 * sharing a hash would share their entries; with 64 bits and a million keys the chance of it is
 * below one in a billion.
 */
final class KeyIndex implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final long[] hashes;
    private final int[] starts;
    private final int[] refs;

    private KeyIndex(long[] hashes, int[] starts, int[] refs) {
        this.hashes = hashes;
        this.starts = starts;
        this.refs = refs;
    }

    /** The references of a key's entries, in the order they were added; empty when none. */
    int[] lookup(String key) {
        int at = Arrays.binarySearch(hashes, NameKey.hash(key));
        return at < 0 ? new int[0] : Arrays.copyOfRange(refs, starts[at], starts[at + 1]);
    }

    int keys() {
        return hashes.length;
    }

    /** Collects (key, reference) pairs; duplicates of a pair are kept once. */
    static final class Builder {
        private long[] pairHashes = new long[1 << 16];
        private int[] pairRefs = new int[1 << 16];
        private int size;

        Builder add(String key, int ref) {
            if (key.isEmpty()) {
                return this;
            }
            if (size == pairHashes.length) {
                pairHashes = Arrays.copyOf(pairHashes, size * 2);
                pairRefs = Arrays.copyOf(pairRefs, size * 2);
            }
            pairHashes[size] = NameKey.hash(key);
            pairRefs[size] = ref;
            size++;
            return this;
        }

        KeyIndex build() {
            // the distinct hashes, sorted; then a counting sort of the pairs into them, which keeps
            // each key's references in the order they were added
            long[] sorted = Arrays.copyOf(pairHashes, size);
            Arrays.sort(sorted);
            int keys = 0;
            for (int i = 0; i < size; i++) {
                if (keys == 0 || sorted[keys - 1] != sorted[i]) {
                    sorted[keys++] = sorted[i];
                }
            }
            long[] hashes = Arrays.copyOf(sorted, keys);
            int[] slot = new int[size];
            int[] starts = new int[keys + 1];
            for (int i = 0; i < size; i++) {
                slot[i] = Arrays.binarySearch(hashes, pairHashes[i]);
                starts[slot[i] + 1]++;
            }
            for (int k = 0; k < keys; k++) {
                starts[k + 1] += starts[k];
            }
            int[] fill = Arrays.copyOf(starts, keys);
            int[] refs = new int[size];
            int[] used = new int[keys];
            for (int i = 0; i < size; i++) {
                int k = slot[i];
                if (!containsFrom(refs, starts[k], starts[k] + used[k], pairRefs[i])) {
                    refs[fill[k]++] = pairRefs[i];
                    used[k]++;
                }
            }
            // close the gaps left by duplicate pairs
            int[] compactStarts = new int[keys + 1];
            int count = 0;
            for (int k = 0; k < keys; k++) {
                compactStarts[k] = count;
                System.arraycopy(refs, starts[k], refs, count, used[k]);
                count += used[k];
            }
            compactStarts[keys] = count;
            return new KeyIndex(hashes, compactStarts, Arrays.copyOf(refs, count));
        }

        private static boolean containsFrom(int[] refs, int from, int to, int ref) {
            for (int i = from; i < to; i++) {
                if (refs[i] == ref) {
                    return true;
                }
            }
            return false;
        }
    }
}
