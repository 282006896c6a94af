// Bulk loader: POSTs lines [from, to) of a JSON Lines corpus to POST /documents with N parallel clients.
//
//   java bench/Load.java FILE [--from 0] [--to all] [--clients 4] [--url http://localhost:8095]
//                            [--rate R] [--seconds S]
//
// --rate paces the clients together at R articles/s (a steady feed, for the mixed benchmark: a slot
// already past is not made up); --seconds stops sending after S seconds (the requests in flight end).
//
// Each line is sent as it is (application/json), with X-API-Key: $FACTQUERY_API_KEY when that is
// set. 201 (created) and 200 (duplicate) count as loaded; anything else is an error, and the first
// few error bodies are printed. A progress line is rewritten in place; the last line is
//   LOAD from=F to=T loaded=L created=C duplicates=D errors=E seconds=S articles_per_s=R
// with the rate measured end to end (first request sent to last response read).

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

public class Load {
    public static void main(String[] args) throws Exception {
        if (args.length == 0) throw new IllegalArgumentException("usage: Load FILE [--from N] [--to N] [--clients N] [--url URL]");
        Path file = Path.of(args[0]);
        long from = 0, to = Long.MAX_VALUE;
        int clients = 4;
        double pace = 0, seconds = 0;
        String base = "http://localhost:8095";
        for (int k = 1; k < args.length; k++) {
            switch (args[k]) {
                case "--from" -> from = Long.parseLong(args[++k]);
                case "--to" -> to = Long.parseLong(args[++k]);
                case "--clients" -> clients = Integer.parseInt(args[++k]);
                case "--url" -> base = args[++k];
                case "--rate" -> pace = Double.parseDouble(args[++k]);
                case "--seconds" -> seconds = Double.parseDouble(args[++k]);
                default -> throw new IllegalArgumentException("unknown argument " + args[k]);
            }
        }
        List<String> lines;
        try (Stream<String> s = Files.lines(file)) {
            lines = s.skip(from).limit(to - from).toList();
        }
        to = from + lines.size();
        String apiKey = System.getenv("FACTQUERY_API_KEY");
        URI uri = URI.create(base + "/documents");
        // one HttpClient per worker: HTTP/1.1 keeps one connection each, like N independent clients
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10));

        AtomicInteger next = new AtomicInteger();
        AtomicLong created = new AtomicLong(), duplicates = new AtomicLong(), errors = new AtomicLong();
        AtomicInteger shown = new AtomicInteger();
        int total = lines.size();
        long start = System.nanoTime();

        Runnable summary = summary(from, start, created, duplicates, errors);
        Runtime.getRuntime().addShutdownHook(new Thread(summary));
        long intervalNanos = pace > 0 ? Math.round(1e9 / pace) : 0;
        long stopAt = seconds > 0 ? start + Math.round(seconds * 1e9) : Long.MAX_VALUE;
        AtomicLong nextSlot = new AtomicLong(start);
        Thread[] workers = new Thread[clients];
        for (int w = 0; w < clients; w++) {
            HttpClient client = builder.build();
            workers[w] = new Thread(() -> {
                for (int i; System.nanoTime() < stopAt && (i = next.getAndIncrement()) < total; ) {
                    if (intervalNanos > 0) {
                        // the next send slot of all clients together; one already past is not made up
                        long now = System.nanoTime();
                        long slot = nextSlot.getAndUpdate(t -> Math.max(t, now) + intervalNanos);
                        long wait = Math.max(slot, now) - now;
                        if (wait > 0) {
                            try {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }
                    HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(lines.get(i)));
                    if (apiKey != null && !apiKey.isEmpty()) req.header("X-API-Key", apiKey);
                    String problem;
                    try {
                        HttpResponse<String> res = client.send(req.build(), HttpResponse.BodyHandlers.ofString());
                        if (res.statusCode() == 201) { created.incrementAndGet(); continue; }
                        if (res.statusCode() == 200) { duplicates.incrementAndGet(); continue; }
                        problem = res.statusCode() + " " + res.body();
                    } catch (IOException e) {
                        problem = e.toString();
                    } catch (InterruptedException e) {
                        return;
                    }
                    errors.incrementAndGet();
                    if (shown.incrementAndGet() <= 5) {
                        System.err.printf("%nerror on line %d: %s%n", i, problem.length() > 500 ? problem.substring(0, 500) + "..." : problem);
                    }
                }
            }, "load-" + w);
            workers[w].start();
        }

        // progress, rewritten in place with \r, until every worker is done
        while (true) {
            Thread.sleep(500);
            boolean alive = false;
            for (Thread t : workers) alive |= t.isAlive();
            long done = created.get() + duplicates.get() + errors.get();
            double secs = (System.nanoTime() - start) / 1e9, rate = done / Math.max(secs, 1e-9);
            long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
            System.err.printf(Locale.ROOT, "\r%,d/%,d loaded  %.1f articles/s  %d errors  ETA %d:%02d   ",
                done, total, rate, errors.get(), eta / 60, eta % 60);
            if (!alive) break;
        }
        summary.run();
    }

    /** The last line, printed once: at the end, or when the loader is stopped (SIGTERM) in the middle. */
    private static Runnable summary(long from, long start, AtomicLong created, AtomicLong duplicates, AtomicLong errors) {
        java.util.concurrent.atomic.AtomicBoolean printed = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (printed.getAndSet(true)) {
                return;
            }
            double secs = (System.nanoTime() - start) / 1e9;
            long ok = created.get() + duplicates.get();
            long to = from + ok + errors.get(); // fewer than asked when stopped early
            System.err.println();
            System.out.printf(Locale.ROOT, "LOAD from=%d to=%d loaded=%d created=%d duplicates=%d errors=%d seconds=%.1f articles_per_s=%.1f%n",
                from, to, ok, created.get(), duplicates.get(), errors.get(), secs, ok / secs);
            System.out.flush();
        };
    }
}
