package org.factquery.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** Answers a page with RFC 8288 {@code Link} headers to the next and previous pages. */
public final class PagedResponse {

    private PagedResponse() {
    }

    public static <T> RestResponse<Page<T>> of(Page<T> page, UriInfo uri) {
        List<Link> links = new ArrayList<>();
        if (page.hasNext()) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        if (page.page() > 0) {
            links.add(link(uri, page.page() - 1, page.size(), "prev"));
        }
        return RestResponse.ResponseBuilder.ok(page).links(links.toArray(Link[]::new)).build();
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                        .replaceQueryParam("page", page)
                        .replaceQueryParam("size", size))
                .rel(rel).build();
    }
}
