package org.factquery.place;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

import org.factquery.extraction.gazetteer.CountryEntry;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.gazetteer.PlaceEntry;

/**
 * Keeps the {@code place} and {@code place_alias} tables in step with the gazetteer data files,
 * so claims reference places by id and lookups can use the database's indexes. Rows are only
 * added (ON CONFLICT DO NOTHING), so replicas starting together agree and no claim loses its place.
 */
@ApplicationScoped
public class PlaceCatalog {

    private static final Logger LOG = Logger.getLogger(PlaceCatalog.class);

    private final EntityManager em;
    private final Gazetteer gazetteer;
    private volatile Map<Identity, Long> ids;

    /** The columns that identify a place (the table's unique key). */
    record Identity(String kind, String name, String province, String country) {
        static Identity of(PlaceEntry p) {
            return new Identity(p.kind().name(), p.name(), p.province(), p.country());
        }
    }

    public PlaceCatalog(EntityManager em, Gazetteer gazetteer) {
        this.em = em;
        this.gazetteer = gazetteer;
    }

    /** The id of a gazetteer place, storing the gazetteer on first use. */
    public long idOf(PlaceEntry place) {
        Long id = ids().get(Identity.of(place));
        if (id == null) {
            throw new IllegalStateException("place not in the catalog: " + place);
        }
        return id;
    }

    /** Stores every gazetteer place and alias that is not stored yet; returns the number of places. */
    public int synchronize() {
        return ids().size();
    }

    /** At start-up, so the first ingestion does not pay for it; a failure is retried on first use. */
    void onStart(@Observes StartupEvent event) {
        try {
            LOG.infof("gazetteer: %d places in the catalog", synchronize());
        } catch (RuntimeException e) {
            LOG.warnf("gazetteer not stored yet (%s); retrying on first ingestion", e.getMessage());
        }
    }

    private Map<Identity, Long> ids() {
        Map<Identity, Long> known = ids;
        if (known == null) {
            synchronized (this) {
                if (ids == null) {
                    ids = QuarkusTransaction.requiringNew().call(this::store);
                }
                known = ids;
            }
        }
        return known;
    }

    private Map<Identity, Long> store() {
        Map<Identity, Long> stored = new HashMap<>();
        for (PlaceEntry place : all()) {
            em.createNativeQuery("""
                    INSERT INTO place (id, name, kind, province, country, latitude, longitude, population_rank)
                    VALUES (nextval('place_seq'), :name, :kind, :province, :country, :lat, :lon, :rank)
                    ON CONFLICT (kind, name, province, country) DO NOTHING""")
                    .setParameter("name", place.name()).setParameter("kind", place.kind().name())
                    .setParameter("province", place.province()).setParameter("country", place.country())
                    .setParameter("lat", place.latitude()).setParameter("lon", place.longitude())
                    .setParameter("rank", place.rank())
                    .executeUpdate();
            Number id = (Number) em.createNativeQuery("""
                    SELECT id FROM place WHERE kind = :kind AND name = :name
                    AND province IS NOT DISTINCT FROM :province AND country IS NOT DISTINCT FROM :country""")
                    .setParameter("kind", place.kind().name()).setParameter("name", place.name())
                    .setParameter("province", place.province()).setParameter("country", place.country())
                    .getSingleResult();
            stored.put(Identity.of(place), id.longValue());
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(place.name());
            aliases.addAll(place.aliases());
            for (String alias : aliases) {
                em.createNativeQuery("""
                        INSERT INTO place_alias (id, place_id, alias, normalized)
                        VALUES (nextval('place_alias_seq'), :place, :alias, :normalized)
                        ON CONFLICT (place_id, normalized) DO NOTHING""")
                        .setParameter("place", id.longValue()).setParameter("alias", alias)
                        .setParameter("normalized", Gazetteer.key(alias))
                        .executeUpdate();
            }
        }
        return Map.copyOf(stored);
    }

    private List<PlaceEntry> all() {
        List<PlaceEntry> places = new java.util.ArrayList<>(gazetteer.places());
        for (CountryEntry country : gazetteer.countries()) {
            places.add(gazetteer.asPlace(country));
        }
        return places;
    }
}
