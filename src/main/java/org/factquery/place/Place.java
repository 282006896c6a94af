package org.factquery.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A canonical gazetteer entry: a city, province, district, country or facility. */
@Entity
@Table(name = "place")
public class Place extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "place_seq")
    @SequenceGenerator(name = "place_seq", sequenceName = "place_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, columnDefinition = "text")
    public String name;

    /** COUNTRY, PROVINCE, CITY, DISTRICT, FACILITY or REGION. */
    @Column(nullable = false, columnDefinition = "text")
    public String kind;

    @Column(columnDefinition = "text")
    public String province;

    @Column(columnDefinition = "text")
    public String country;

    public Double latitude;

    public Double longitude;

    @Column(name = "population_rank")
    public Integer populationRank;
}
