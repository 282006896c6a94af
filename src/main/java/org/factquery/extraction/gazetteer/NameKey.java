package org.factquery.extraction.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.factquery.extraction.TextNormalizer;

/**
 * The comparison key of a place or country name: lower case, no diacritics or apostrophes, letters
 * without a decomposition folded to their usual Latin spelling (ø o, ł l, ß ss), words joined
 * without separators, and an inner "i"/"e"/"ye"/"y" connector read as "e". So "Qala-I-Naw",
 * "Qala-e-Naw" and "Qala i Naw" are one key, as are "Lashkar Gah" and "Lashkargah", "Łódź" and
 * "Lodz". Tokens of a text are folded the same way ({@link #words}), so a run of tokens can be
 * looked up by the key of its words.
 */
public final class NameKey {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private NameKey() {
    }

    /** The key of a name; empty when it has no letters or digits. */
    public static String of(String name) {
        return join(words(name));
    }

    /** The folded words of a name or token, in order. */
    public static List<String> words(String form) {
        String folded = fold(form);
        List<String> words = new ArrayList<>(2);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (ch == '\'') {
                continue; // "Shi'ite", "N'Djamena": the apostrophe joins
            }
            if (Character.isLetterOrDigit(ch)) {
                word.append(ch);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Joins folded words into a key, reading a connector between two words as "e". */
    public static String join(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean inner = i > 0 && i < words.size() - 1;
            key.append(inner && isConnector(word) ? "e" : word);
        }
        return key.toString();
    }

    /** A 64-bit hash of a key (FNV-1a over its chars): the index stores hashes, not keys. */
    public static long hash(CharSequence key) {
        long h = FNV_OFFSET;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            h ^= c & 0xff;
            h *= FNV_PRIME;
            h ^= c >>> 8;
            h *= FNV_PRIME;
        }
        return h;
    }

    private static boolean isConnector(String word) {
        return word.equals("i") || word.equals("e") || word.equals("ye") || word.equals("y");
    }

    /** Lower case, typographic punctuation plain, diacritics off; plain ASCII skips the Unicode work. */
    private static String fold(String form) {
        boolean ascii = true;
        for (int i = 0; i < form.length() && ascii; i++) {
            ascii = form.charAt(i) < 128;
        }
        if (ascii) {
            return form.toLowerCase(java.util.Locale.ROOT);
        }
        String plain = TextNormalizer.normalize(form).toLowerCase(java.util.Locale.ROOT);
        String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue; // the accents NFD took off their letters
            }
            switch (c) {
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'đ', 'ð' -> out.append('d');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ı' -> out.append('i');
                case 'þ' -> out.append("th");
                case 'ħ' -> out.append('h');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
