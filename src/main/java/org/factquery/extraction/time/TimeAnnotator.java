package org.factquery.extraction.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Annotator;
import org.factquery.extraction.Layer;
import org.factquery.extraction.Layers;
import org.factquery.extraction.Span;

/**
 * Finds the days a sentence names ("Thursday night", "late last night", "Aug. 12", "13 August")
 * and resolves them against the publication day, leaning to the past as news does: "Thursday"
 * in an article of Friday 13 August 2021 is 12 August. Without a publication day only dates
 * with a year resolve; the words are kept either way. The publication day itself is never read
 * from the text.
 */
public final class TimeAnnotator implements Annotator {

    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String MONTH = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final Pattern WEEKDAY_PATTERN = Pattern.compile(
            "\\b(?:(?:late|early)\\s+(?:on\\s+)?)?(" + WEEKDAY + ")(?:\\s+(?:morning|afternoon|evening|night))?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_PATTERN = Pattern.compile(
            "\\b(?:(?:late|early)\\s+)?(last night|yesterday|today|tonight|this morning|this afternoon"
                    + "|this evening|overnight|over night|this week|last week)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_PATTERN = Pattern.compile(
            "\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_PATTERN = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + ")\\b\\.?(?:,?\\s+(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.TIMES);
    }

    @Override
    public void annotate(AnnotatedText text) {
        List<TimeExpression> times = new ArrayList<>();
        List<Span> sentences = text.get(Layers.SENTENCES);
        for (int s = 0; s < sentences.size(); s++) {
            times.addAll(find(text.text(), text.matchText(), sentences.get(s), s, text.publishedDate()));
        }
        text.put(Layers.TIMES, times);
    }

    static List<TimeExpression> find(String text, String matchText, Span sentence, int index, LocalDate published) {
        List<TimeExpression> found = new ArrayList<>();
        String covered = sentence.coveredText(matchText);
        String lower = covered.toLowerCase(Locale.ROOT);
        boolean digits = covered.chars().anyMatch(Character::isDigit);
        // cheap checks first: most sentences name no day at all
        if (digits) {
            monthDays(text, sentence, index, published, found, covered);
        }
        if (lower.contains("day")) {
            weekdays(text, sentence, index, published, found, covered);
        }
        if (lower.contains("night") || lower.contains("yesterday") || lower.contains("today")
                || lower.contains("this ") || lower.contains("last ")) {
            Matcher m = RELATIVE_PATTERN.matcher(covered);
            while (m.find()) {
                add(found, text, sentence, index, m.start(), m.end(), relative(m.group(1), published));
            }
        }
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return found;
    }

    private static void monthDays(String text, Span sentence, int index, LocalDate published,
            List<TimeExpression> found, String covered) {
        Matcher m = MONTH_DAY_PATTERN.matcher(covered);
        while (m.find()) {
            if (capitalised(covered, m.start(1))) {
                add(found, text, sentence, index, m.start(), m.end(),
                        monthDay(m.group(1), m.group(2), m.group(3), published));
            }
        }
        m = DAY_MONTH_PATTERN.matcher(covered);
        while (m.find()) {
            if (capitalised(covered, m.start(2))) {
                // the optional stop belongs to an abbreviation ("13 Aug."), not to "13 August."
                int end = m.group(3) == null && covered.charAt(m.end() - 1) == '.' && isFullMonthName(m.group(2))
                        ? m.end() - 1 : m.end();
                add(found, text, sentence, index, m.start(), end,
                        monthDay(m.group(2), m.group(1), m.group(3), published));
            }
        }
    }

    private static void weekdays(String text, Span sentence, int index, LocalDate published,
            List<TimeExpression> found, String covered) {
        Matcher m = WEEKDAY_PATTERN.matcher(covered);
        while (m.find()) {
            if (capitalised(covered, m.start(1))) {
                add(found, text, sentence, index, m.start(), m.end(), weekday(m.group(1), published));
            }
        }
    }

    private static void add(List<TimeExpression> found, String text, Span sentence, int index, int start, int end,
            LocalDate date) {
        Span span = new Span(sentence.start() + start, sentence.start() + end);
        for (TimeExpression existing : found) {
            if (existing.span().intersects(span)) {
                return; // a longer, earlier pattern already covers it
            }
        }
        found.add(new TimeExpression(index, span, span.coveredText(text), date));
    }

    private static boolean capitalised(String s, int at) {
        return Character.isUpperCase(s.charAt(at));
    }

    static LocalDate weekday(String name, LocalDate published) {
        if (published == null) {
            return null;
        }
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        int back = (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        return published.minusDays(back);
    }

    static LocalDate relative(String words, LocalDate published) {
        if (published == null) {
            return null;
        }
        return switch (words.toLowerCase(Locale.ROOT)) {
            case "last night", "yesterday" -> published.minusDays(1);
            case "today", "tonight", "this morning", "this afternoon", "this evening" -> published;
            default -> null; // "overnight", "this week": no single day
        };
    }

    static LocalDate monthDay(String monthName, String dayText, String yearText, LocalDate published) {
        Month month = month(monthName);
        int day = Integer.parseInt(dayText);
        if (month == null || day < 1 || day > month.maxLength()) {
            return null;
        }
        int year;
        if (yearText != null) {
            year = Integer.parseInt(yearText);
        } else if (published != null) {
            year = published.getYear();
            // news looks back: a day more than half a year ahead is last year's
            if (LocalDate.of(year, month, Math.min(day, month.length(java.time.Year.isLeap(year))))
                    .isAfter(published.plusMonths(6))) {
                year--;
            }
        } else {
            return null;
        }
        if (day > month.length(java.time.Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static boolean isFullMonthName(String name) {
        Month month = month(name);
        return month != null && month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name);
    }

    private static Month month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.startsWith(lower) && lower.length() >= 3) {
                return month;
            }
        }
        return null;
    }
}
