package org.factquery.extraction.claims;

import java.util.Map;

/** Reads counts written in digits ("3,000", "1.5k" is not news style) or words ("two", "a dozen", "six hundred"). */
final class Numbers {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
            Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20));

    /** A number read from tokens {@code [from, end)}. */
    record Read(int value, int end) {
    }

    private Numbers() {
    }

    /** The number starting at token i: digits, or number words with "hundred"/"thousand". */
    static Read at(SentenceContext c, int i) {
        String w = c.norm(i);
        Integer digits = digits(w);
        if (digits != null) {
            int end = i + 1;
            if (c.norm(end).equals("thousand")) {
                return new Read(digits * 1000, end + 1);
            }
            return new Read(digits, end);
        }
        if (w.equals("a") && c.norm(i + 1).equals("dozen")) {
            return new Read(12, i + 2);
        }
        Integer value = WORDS.get(w);
        if (value == null) {
            return null;
        }
        int end = i + 1;
        if (c.norm(end).equals("-") && WORDS.containsKey(c.norm(end + 1))) {
            value += WORDS.get(c.norm(end + 1)); // "twenty-five"
            end += 2;
        }
        if (c.norm(end).equals("hundred")) {
            value *= 100;
            end++;
        }
        if (c.norm(end).equals("thousand")) {
            value *= 1000;
            end++;
        }
        return new Read(value, end);
    }

    static Integer digits(String w) {
        if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
            return null;
        }
        String plain = w.replace(",", "");
        if (!plain.chars().allMatch(Character::isDigit) || plain.length() > 9) {
            return null;
        }
        return Integer.valueOf(plain);
    }

    /** "twelfth", "12th": the ordinal's number, or null. */
    static Integer ordinal(String w) {
        Integer word = ORDINALS.get(w);
        if (word != null) {
            return word;
        }
        int digits = w.length() - 2;
        if (digits < 1 || digits > 3 || !Character.isDigit(w.charAt(0))) {
            return null;
        }
        String suffix = w.substring(digits);
        boolean ordinalSuffix = suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
        if (!ordinalSuffix || !w.substring(0, digits).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(w.substring(0, digits));
    }
}
