package org.factquery.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A gazetteer place the store speaks of (stored when a claim first names it): a city, division,
 * district, country or facility, identified by its gazetteer id {@code ref}
 * ({@code geonames:<id>}, {@code country:<CC>}, {@code overlay:...}).
 */
@Entity
@Table(name = "place")
public class Place extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "place_seq")
    @SequenceGenerator(name = "place_seq", sequenceName = "place_seq", allocationSize = 50)
    public Long id;

    /** The gazetteer id. */
    @Column(columnDefinition = "text")
    public String ref;

    @Column(nullable = false, columnDefinition = "text")
    public String name;

    /** COUNTRY, PROVINCE, CITY, DISTRICT, FACILITY or REGION. */
    @Column(nullable = false, columnDefinition = "text")
    public String kind;

    @Column(columnDefinition = "text")
    public String province;

    @Column(columnDefinition = "text")
    public String country;

    /** ISO 3166-1 alpha-2. */
    @Column(name = "country_code", columnDefinition = "text")
    public String countryCode;

    public Double latitude;

    public Double longitude;

    @Column(name = "population_rank")
    public Integer populationRank;

    @Column(nullable = false)
    public long population;

    /** The city a facility or district belongs to. */
    @Column(name = "parent_id")
    public Long parentId;

    /** The capital city of a province. */
    @Column(name = "capital_id")
    public Long capitalId;
}
