-- The world gazetteer (ADR 0011): places are stored when a claim first names them, identified by
-- their stable gazetteer id (ref: "geonames:<id>", "country:<CC>", "overlay:..."), not by name (the
-- world has many places of one name in one division). Rows stored before this version are given
-- their ref by the service at start-up (PlaceCatalog), from the gazetteer.
ALTER TABLE place DROP CONSTRAINT place_identity_key;
ALTER TABLE place DROP CONSTRAINT place_kind_check;
ALTER TABLE place ADD CONSTRAINT place_kind_check
    CHECK (kind IN ('COUNTRY', 'PROVINCE', 'CITY', 'DISTRICT', 'FACILITY', 'REGION'));
ALTER TABLE place ADD COLUMN ref text;
ALTER TABLE place ADD COLUMN country_code text;
ALTER TABLE place ADD COLUMN population bigint NOT NULL DEFAULT 0;
-- the city a facility or district belongs to, so a claim on it counts as a partial one of its city
ALTER TABLE place ADD COLUMN parent_id bigint REFERENCES place (id);
CREATE UNIQUE INDEX place_ref_key ON place (ref);
CREATE INDEX place_country_kind_idx ON place (country_code, kind);
CREATE INDEX place_parent_idx ON place (parent_id) WHERE parent_id IS NOT NULL;
