package org.factquery.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.factquery.api.Problem;
import org.factquery.api.RouteProblems;

/**
 * The first check every request meets, before access control and before any route: it refuses
 * what no endpoint should see, each with a problem answer.
 *
 * <ul>
 * <li>{@code 414} for a URI over {@code factquery.http.max-uri-length}, {@code 431} for headers
 * over {@code factquery.http.max-header-size} (the HTTP codec's own limits lie far above these,
 * so that these limits answer with a problem body);</li>
 * <li>{@code 400} for a dot segment in the path ({@code ..}, {@code .}, or encoded as
 * {@code %2e}): the router would serve the normalised path, so access would otherwise be decided
 * on one path and another served;</li>
 * <li>{@code 400} for a URI that is not RFC 3986 syntax (a malformed percent-encoding, a bare
 * space), and for control characters (NUL included) in the path or a query parameter;</li>
 * <li>{@code 405} with {@code Allow} for anything but {@code GET} and {@code HEAD} on health and
 * metrics.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestScreen {

    /** Paths that only answer reads: the probes and the metrics. */
    private static final List<String> READ_ONLY_PREFIXES = List.of("/q/health", "/q/metrics");
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    private final RouteProblems problems;
    private final HttpLimits limits;

    public RequestScreen(RouteProblems problems, HttpLimits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    void register(@Observes Router router) {
        // ahead of access control (UPLOAD_LIMIT - 6) and the ingestion gate (UPLOAD_LIMIT - 5)
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 7).handler(this::screen);
        // the router fails a URL it cannot decode (%zz) with a bare 400 before any route runs
        router.errorHandler(400, this::malformed);
    }

    private void screen(RoutingContext context) {
        var request = context.request();
        String uri = request.uri();
        if (uri.length() > limits.maxUriLength()) {
            problems.end(context, Problem.of(414, "The request URI has " + uri.length()
                    + " characters; the limit is " + limits.maxUriLength(), null, null));
            return;
        }
        long headerBytes = headerBytes(request.headers());
        if (headerBytes > limits.maxHeaderSize().asLongValue()) {
            problems.end(context, Problem.of(431, "The request headers have " + headerBytes
                    + " bytes; the limit is " + limits.maxHeaderSize().asLongValue(), null, null),
                    HttpHeaders.CONNECTION.toString(), "close");
            return;
        }
        String refusal = refusalOf(uri, request.path(), () -> context.queryParams());
        if (refusal != null) {
            problems.end(context, Problem.of(400, refusal, null, null));
            return;
        }
        String path = context.normalizedPath();
        if (READ_ONLY_PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))
                && !READS.contains(request.method())) {
            problems.end(context, Problem.of(405, request.method().name() + " is not allowed on " + path
                    + "; it answers GET and HEAD", path, null), HttpHeaders.ALLOW.toString(), "GET, HEAD");
            return;
        }
        context.next();
    }

    private void malformed(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        problems.end(context, Problem.of(400, "The request URL is malformed: a '%' must be followed by two "
                + "hexadecimal digits, and the path must start with '/'", null, null));
    }

    /** The reason to refuse a request URI, its path and query, or null when they are acceptable. Pure. */
    static String refusalOf(String uri, String rawPath, QuerySource query) {
        try {
            new URI(uri); // RFC 3986 syntax; the transport's own check is off so that this one answers a problem
        } catch (URISyntaxException e) {
            return "The request URI is malformed: " + e.getReason() + " (a '%' must be followed by two "
                    + "hexadecimal digits; spaces and other reserved characters must be percent-encoded)";
        }
        String path;
        try {
            // '+' is a plus in a path, not a space
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "The request path is malformed: a '%' must be followed by two hexadecimal digits";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "The request path must not contain '.' or '..' segments, plain or percent-encoded";
            }
        }
        if (hasControl(path)) {
            return "The request path must not contain control characters (NUL included)";
        }
        MultiMap parameters;
        try {
            parameters = query.parameters();
        } catch (RuntimeException e) {
            return "The query string is malformed: a '%' must be followed by two hexadecimal digits";
        }
        for (Map.Entry<String, String> parameter : parameters) {
            if (hasControl(parameter.getKey()) || hasControl(parameter.getValue())) {
                return "Query parameter '" + printable(parameter.getKey())
                        + "' must not contain control characters (NUL included)";
            }
        }
        return null;
    }

    /** The query parameters, decoded (which may fail on a malformed escape). */
    @FunctionalInterface
    interface QuerySource {
        MultiMap parameters();
    }

    private static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(64).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Header bytes as sent: each "name: value" line with its line break. */
    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }
}
