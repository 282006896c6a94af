package org.factquery.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import org.factquery.extraction.gazetteer.CountryEntry;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.gazetteer.PlaceEntry;
import org.factquery.extraction.gazetteer.PlaceKind;
import org.jboss.logging.Logger;

/**
 * The places the store speaks of: a gazetteer place gets its {@code place} row (with its
 * spellings in {@code place_alias}) when a claim first names it, identified by its gazetteer id
 * ({@code ref}). Rows are only added ({@code ON CONFLICT DO NOTHING}), each in a transaction of its
 * own that commits before the document's, so replicas agree and no claim loses its place.
 */
@ApplicationScoped
public class PlaceCatalog {

    private static final Logger LOG = Logger.getLogger(PlaceCatalog.class);

    private final EntityManager em;
    private final Gazetteer gazetteer;
    /** Committed rows only: an id here always exists. */
    private final Map<String, Long> idsByRef = new ConcurrentHashMap<>();
    private final AtomicLong revision = new AtomicLong();
    private volatile boolean backfilled;

    public PlaceCatalog(EntityManager em, Gazetteer gazetteer) {
        this.em = em;
        this.gazetteer = gazetteer;
    }

    /** At start-up: rows stored before the world gazetteer get their gazetteer id; a failure is retried on first use. */
    void onStart(@Observes StartupEvent event) {
        try {
            backfill();
        } catch (RuntimeException e) {
            LOG.warnf("places not checked yet (%s); retrying on first ingestion", e.getMessage());
        }
    }

    /**
     * The stored ids of the places (by gazetteer id), storing those not stored yet, with the city
     * each facility or district belongs to. Call it outside the document's transaction.
     */
    public Map<String, Long> store(Collection<PlaceEntry> places) {
        backfill();
        Map<String, PlaceEntry> missing = new LinkedHashMap<>();
        for (PlaceEntry p : places) {
            if (!idsByRef.containsKey(p.id())) {
                // the city a part belongs to, and a province's capital, first: the row points to it
                gazetteer.parentOf(p).or(() -> gazetteer.capitalOf(p)).filter(city -> !idsByRef.containsKey(city.id()))
                        .ifPresent(city -> missing.putIfAbsent(city.id(), city));
                missing.putIfAbsent(p.id(), p);
            }
        }
        if (!missing.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> missing.values().forEach(this::insert));
            missing.keySet().forEach(ref -> storedId(ref).orElseThrow());
            revision.incrementAndGet();
        }
        Map<String, Long> ids = new HashMap<>();
        places.forEach(p -> ids.put(p.id(), idsByRef.get(p.id())));
        return ids;
    }

    /** The stored id of a gazetteer place, when the store speaks of it. */
    public Optional<Long> storedId(String ref) {
        Long known = idsByRef.get(ref);
        if (known != null) {
            return Optional.of(known);
        }
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("SELECT id FROM place WHERE ref = :ref").setParameter("ref", ref)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long id = found.get(0).longValue();
        idsByRef.put(ref, id);
        return Optional.of(id);
    }

    /** The stored ids of those of the places the store speaks of, by gazetteer id. */
    public Map<String, Long> storedIds(Collection<PlaceEntry> places) {
        Map<String, Long> ids = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (PlaceEntry p : places) {
            Long id = idsByRef.get(p.id());
            if (id != null) {
                ids.put(p.id(), id);
            } else {
                unknown.add(p.id());
            }
        }
        if (!unknown.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT ref, id FROM place WHERE ref IN (:refs)")
                    .setParameter("refs", unknown).getResultList();
            for (Object[] row : rows) {
                long id = ((Number) row[1]).longValue();
                idsByRef.put((String) row[0], id);
                ids.put((String) row[0], id);
            }
        }
        return ids;
    }

    /** Advances whenever a place is stored: what is derived from the stored places can tell it is stale. */
    public long revision() {
        return revision.get();
    }

    private void insert(PlaceEntry place) {
        Long parentId = gazetteer.parentOf(place).map(parent -> rowId(parent.id())).orElse(null);
        Long capitalId = gazetteer.capitalOf(place).map(capital -> rowId(capital.id())).orElse(null);
        em.createNativeQuery("""
                INSERT INTO place (id, ref, name, kind, province, country, country_code, latitude, longitude,
                                   population_rank, population, parent_id, capital_id)
                VALUES (nextval('place_seq'), :ref, :name, :kind, :province, :country, :code, :lat, :lon, :rank,
                        :population, :parent, :capital)
                ON CONFLICT (ref) DO NOTHING""")
                .setParameter("ref", place.id()).setParameter("name", place.name())
                .setParameter("kind", place.kind().name()).setParameter("province", place.province())
                .setParameter("country", place.country()).setParameter("code", place.countryCode())
                .setParameter("lat", place.latitude()).setParameter("lon", place.longitude())
                .setParameter("rank", place.rank()).setParameter("population", place.population())
                .setParameter("parent", parentId).setParameter("capital", capitalId)
                .executeUpdate();
        long id = rowId(place.id());
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(place.name());
        spellings.addAll(place.aliases());
        for (String alias : spellings) {
            em.createNativeQuery("""
                    INSERT INTO place_alias (id, place_id, alias, normalized)
                    VALUES (nextval('place_alias_seq'), :place, :alias, :normalized)
                    ON CONFLICT (place_id, normalized) DO NOTHING""")
                    .setParameter("place", id).setParameter("alias", alias)
                    .setParameter("normalized", Gazetteer.key(alias))
                    .executeUpdate();
        }
    }

    /** The id of the row of a place stored in this transaction or before. */
    private long rowId(String ref) {
        return ((Number) em.createNativeQuery("SELECT id FROM place WHERE ref = :ref").setParameter("ref", ref)
                .getSingleResult()).longValue();
    }

    /**
     * Rows stored before places had gazetteer ids (version 4 and before) get theirs: the entry of
     * the same kind and name in the same country. A row no entry matches keeps none.
     */
    private void backfill() {
        if (backfilled) {
            return;
        }
        synchronized (this) {
            if (backfilled) {
                return;
            }
            int updated = QuarkusTransaction.requiringNew().call(this::backfillRows);
            if (updated > 0) {
                revision.incrementAndGet();
                LOG.infof("places: %d stored places given their gazetteer id or capital", updated);
            }
            backfilled = true;
        }
    }

    private int backfillRows() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, name, country FROM place WHERE ref IS NULL")
                .getResultList();
        int updated = 0;
        Set<String> taken = new java.util.HashSet<>();
        for (Object[] row : rows) {
            Optional<PlaceEntry> entry = entryFor(PlaceKind.valueOf((String) row[1]), (String) row[2], (String) row[3]);
            if (entry.isEmpty() || !taken.add(entry.get().id())
                    || ((Number) em.createNativeQuery("SELECT count(*) FROM place WHERE ref = :ref")
                            .setParameter("ref", entry.get().id()).getSingleResult()).longValue() > 0) {
                continue;
            }
            PlaceEntry p = entry.get();
            em.createNativeQuery("""
                    UPDATE place SET ref = :ref, country_code = :code, population = :population, name = :name,
                                     province = :province
                    WHERE id = :id""")
                    .setParameter("ref", p.id()).setParameter("code", p.countryCode())
                    .setParameter("population", p.population()).setParameter("name", p.name())
                    .setParameter("province", p.province()).setParameter("id", ((Number) row[0]).longValue())
                    .executeUpdate();
            updated++;
        }
        // then each facility's and district's city
        for (PlaceEntry part : gazetteer.overlayPlaces()) {
            gazetteer.parentOf(part).ifPresent(city -> em.createNativeQuery("""
                    UPDATE place SET parent_id = (SELECT id FROM place WHERE ref = :city)
                    WHERE ref = :part AND parent_id IS NULL""")
                    .setParameter("city", city.id()).setParameter("part", part.id()).executeUpdate());
        }
        return updated + backfillCapitals();
    }

    /** Provinces stored before version 6 get their capital, stored when it is not yet. */
    private int backfillCapitals() {
        @SuppressWarnings("unchecked")
        List<Object[]> provinces = em.createNativeQuery(
                "SELECT id, ref FROM place WHERE kind = 'PROVINCE' AND capital_id IS NULL AND ref IS NOT NULL")
                .getResultList();
        int updated = 0;
        for (Object[] row : provinces) {
            Optional<PlaceEntry> capital = gazetteer.byId((String) row[1]).flatMap(gazetteer::capitalOf);
            if (capital.isPresent()) {
                insert(capital.get()); // nothing when it is stored
                em.createNativeQuery("UPDATE place SET capital_id = :capital WHERE id = :id")
                        .setParameter("capital", rowId(capital.get().id()))
                        .setParameter("id", ((Number) row[0]).longValue()).executeUpdate();
                updated++;
            }
        }
        return updated;
    }

    private Optional<PlaceEntry> entryFor(PlaceKind kind, String name, String country) {
        if (kind == PlaceKind.COUNTRY) {
            return gazetteer.country(name).map(gazetteer::asPlace);
        }
        Optional<CountryEntry> inCountry = country == null ? Optional.empty() : gazetteer.country(country);
        return gazetteer.lookup(Gazetteer.key(name)).flatMap(e -> e.places().stream()
                .filter(p -> p.kind() == kind)
                .filter(p -> inCountry.isEmpty() || inCountry.get().code().equals(p.countryCode()))
                .findFirst());
    }
}
