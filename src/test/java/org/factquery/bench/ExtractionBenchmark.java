package org.factquery.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.factquery.extraction.Extractor;

/**
 * Extraction alone (no HTTP, no database) over the sample articles on one thread: warms up, then
 * reports articles per second for several measured rounds and their median. Run it with
 * {@code bench/extraction} (see README); it is a {@code main}, not a test, so timings never
 * decide whether the build passes.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "data/samples");
        int warmupSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no .txt articles in " + directory);
        }
        long start = System.nanoTime();
        Extractor extractor = new Extractor();
        System.out.printf("models and data files loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
        long claims = 0;
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < warmupEnd) {
            for (String text : texts) {
                claims += extractor.extract(text, null).claims().size();
            }
        }
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            int articles = 0;
            long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < 5_000_000_000L) {
                for (String text : texts) {
                    claims += extractor.extract(text, null).claims().size();
                    articles++;
                }
            }
            rates[r] = articles / ((System.nanoTime() - t0) / 1e9);
            System.out.printf("round %d: %.0f articles/s (%.2f ms/article)%n", r + 1, rates[r], 1000 / rates[r]);
        }
        java.util.Arrays.sort(rates);
        System.out.printf("median: %.0f articles/s on one thread, %d articles of %.1f KB average (%d claims seen)%n",
                rates[rounds / 2], texts.size(),
                texts.stream().mapToInt(String::length).average().orElse(0) / 1024, claims);
    }
}
