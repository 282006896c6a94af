package org.factquery.extraction;

/**
 * Folds typographic variants to plain ASCII punctuation, one character for one, so matching
 * ignores them while offsets stay those of the original text.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    public static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u0060', '\u02BC' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> ' ';
            default -> c;
        };
    }

    /**
     * Whether a name is written as an acronym: two to {@code maxLetters} letters, all capitals
     * ("HTS", "U.K."). An acronym is matched only as written, so "IS" is never the verb "is".
     */
    public static boolean isAcronym(String name, int maxLetters) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c) && (!Character.isUpperCase(c) || ++letters > maxLetters)) {
                return false;
            }
        }
        return letters >= 2;
    }
}
