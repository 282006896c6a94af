package org.factquery.importer;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line for the import: a bar, counts, rate and time left. On a terminal it is rewritten
 * in place; into a file or pipe a line is printed every tenth of the work, so logs stay short.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final long total;
    private final PrintStream out;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private long done;
    private long lastDecile = -1;
    private long lastDrawn;

    Progress(long total, PrintStream out) {
        this.total = total;
        this.out = out;
    }

    void advance(long created, long duplicates, long failed) {
        done = created + duplicates + failed;
        long now = System.nanoTime();
        long decile = total == 0 ? 10 : done * 10 / total;
        if (terminal ? now - lastDrawn < 100_000_000L && done < total : decile == lastDecile) {
            return;
        }
        lastDrawn = now;
        lastDecile = decile;
        String line = line(created, duplicates, failed);
        if (terminal) {
            out.print("\r" + line);
        } else {
            out.println(line);
        }
        out.flush();
    }

    String line(long created, long duplicates, long failed) {
        int filled = total == 0 ? WIDTH : (int) (done * WIDTH / total);
        double rate = rate(done);
        String eta = rate <= 0 ? "?" : duration((total - done) / rate);
        return String.format(Locale.ROOT, "[%s%s] %d/%d %3d%%  %.1f docs/s  ETA %s  (%d created, %d duplicates, %d failed)",
                "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, total == 0 ? 100 : done * 100 / total,
                rate, eta, created, duplicates, failed);
    }

    void end() {
        if (terminal && done > 0) {
            out.println();
        }
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    double rate(long count) {
        double seconds = seconds();
        return seconds <= 0 ? 0 : count / seconds;
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
