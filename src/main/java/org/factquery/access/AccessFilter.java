package org.factquery.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factquery.api.AnswerCache;
import org.factquery.api.Problem;
import org.factquery.api.RouteProblems;
import org.jboss.logging.Logger;

/**
 * Applies the {@link AccessPolicy} to every request before its body is read, so that a refused
 * write costs nothing. Keys and credential headers are never logged.
 */
@ApplicationScoped
public class AccessFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final Logger LOG = Logger.getLogger(AccessFilter.class);

    private final AccessPolicy policy;
    private final RouteProblems problems;

    /**
     * @param apiKey {@code factquery.api-key}: the key writes need; unset, writes are accepted
     *     from the loopback interface only
     * @param readRequiresKey {@code factquery.read-requires-key}: reads of the API need it too
     */
    public AccessFilter(@ConfigProperty(name = "factquery.api-key") Optional<String> apiKey,
            @ConfigProperty(name = "factquery.read-requires-key", defaultValue = "false") boolean readRequiresKey,
            RouteProblems problems) {
        this.policy = AccessPolicy.of(apiKey, readRequiresKey);
        this.problems = problems;
        if (readRequiresKey && !policy.keyConfigured()) {
            LOG.warn("factquery.read-requires-key is set but no API key is configured; reads stay open");
        }
    }

    void announce(@Observes StartupEvent started) {
        if (policy.keyConfigured()) {
            LOG.infof("Writes (POST, DELETE) require the API key (Authorization: Bearer or %s); reads are %s",
                    API_KEY_HEADER, policy.readRequiresKey() ? "protected too" : "open");
        } else {
            LOG.warn("No API key configured (FACTQUERY_API_KEY): writes are accepted from localhost only;"
                    + " set a key to accept them from elsewhere");
        }
    }

    void register(@Observes Router router) {
        // after the request screen (UPLOAD_LIMIT - 7), before the ingestion gate (UPLOAD_LIMIT - 5),
        // so an unauthorised upload is refused before any of it is read
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 6).handler(this::check);
    }

    private void check(RoutingContext context) {
        var request = context.request();
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String apiKey = request.getHeader(API_KEY_HEADER);
        boolean local = fromLoopback(request.remoteAddress());
        // the path the router serves (dot segments are refused before this by RequestScreen)
        AccessPolicy.Decision decision = policy.decide(request.method().name(), context.normalizedPath(),
                authorization, apiKey, local);
        switch (decision) {
            case ALLOW -> {
                if (policy.mayBypassCache(authorization, apiKey, local)) {
                    context.put(AnswerCache.FRESH_ALLOWED, true);
                }
                context.next();
            }
            case MISSING_KEY -> unauthorised(context, "This request needs the API key: send "
                    + "'Authorization: Bearer <key>' or '" + API_KEY_HEADER + ": <key>'");
            case WRONG_KEY -> unauthorised(context, "The API key presented is not valid");
            case LOCAL_WRITES_ONLY -> problems.end(context, Problem.of(403,
                    "No API key is configured on this service, so it accepts changes from localhost only",
                    request.path(), null));
        }
    }

    private void unauthorised(RoutingContext context, String detail) {
        problems.end(context, Problem.of(401, detail, context.request().path(), null),
                "WWW-Authenticate", "Bearer realm=\"fact-query\"");
    }

    private static boolean fromLoopback(SocketAddress remote) {
        if (remote == null) {
            return false;
        }
        if (remote.isDomainSocket()) {
            return true; // a Unix socket is local by construction
        }
        String address = remote.hostAddress();
        try {
            // an IP literal: no name lookup happens
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
