package org.factquery.document;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MinHash signature of a text's word 5-shingles, which estimates the Jaccard similarity of two
 * texts' shingle sets, and its locality-sensitive bands, which find the stored texts worth
 * comparing without comparing all of them. Two republications of one wire story (a new
 * headline, a correction or boilerplate line, small edits) share most shingles; two different
 * stories about the same event share few, because any changed word breaks five shingles.
 */
public final class TextFingerprint {

    /** Words per shingle. */
    static final int SHINGLE = 5;
    /** Hash functions in a signature: the estimate's standard error is about 1/sqrt(128) ≈ 0.09. */
    static final int HASHES = 128;
    /** Bands of {@link #ROWS} hashes; texts sharing one band are compared. */
    static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;
    /** Texts with fewer shingles are too short to call copies of anything. */
    static final int MIN_SHINGLES = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    private final int[] minHashes;

    private TextFingerprint(int[] minHashes) {
        this.minHashes = minHashes;
    }

    /** The fingerprint of a text, or null when it is too short to have one. */
    public static TextFingerprint of(String text) {
        Set<Long> shingles = shingles(text);
        if (shingles.size() < MIN_SHINGLES) {
            return null;
        }
        int[] min = new int[HASHES];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                int h = (int) (mix(shingle ^ SEEDS[i]) >>> 32);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        return new TextFingerprint(min);
    }

    /** A stored signature. */
    public static TextFingerprint of(int[] minHashes) {
        if (minHashes.length != HASHES) {
            throw new IllegalArgumentException("a signature has " + HASHES + " hashes, not " + minHashes.length);
        }
        return new TextFingerprint(minHashes.clone());
    }

    public int[] minHashes() {
        return minHashes.clone();
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets, 0 to 1. */
    public double similarity(TextFingerprint other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minHashes[i] == other.minHashes[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** One hash per band, of that band's rows: equal band hashes make two texts candidates. */
    public int[] bandHashes() {
        int[] bands = new int[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + minHashes[b * ROWS + r]);
            }
            bands[b] = (int) h;
        }
        return bands;
    }

    /** The 64-bit hashes of the text's distinct word 5-shingles, case and punctuation ignored. */
    static Set<Long> shingles(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Set<Long> shingles = new LinkedHashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 0;
            for (int j = i; j < i + SHINGLE; j++) {
                h = mix(h ^ words.get(j).hashCode()) + j - i;
            }
            shingles.add(h);
        }
        return shingles;
    }

    /** SplitMix64's finaliser: a fast 64-bit mix with good avalanche. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
