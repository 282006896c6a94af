package org.factquery.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the lexicon and gazetteer data files on the classpath: UTF-8, {@code #} comments, tab-separated. */
public final class DataFiles {

    private DataFiles() {
    }

    /** The non-blank, non-comment lines of a classpath resource, stripped. */
    public static List<String> lines(String resource) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    lines.add(line.stripTrailing());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The rows of a tab-separated resource, each padded to {@code columns} cells (empty strings). */
    public static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] cells = line.split("\t", -1);
            if (cells.length > columns) {
                throw new IllegalStateException(resource + ": more than " + columns + " columns in: " + line);
            }
            String[] padded = Arrays.copyOf(cells, columns);
            for (int i = 0; i < columns; i++) {
                padded[i] = padded[i] == null ? "" : padded[i].strip();
            }
            rows.add(padded);
        }
        return rows;
    }

    /** The {@code |}-separated values of one cell, without blanks. */
    public static List<String> values(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static InputStream open(String resource) {
        InputStream in = DataFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " not on the classpath");
        }
        return in;
    }
}
