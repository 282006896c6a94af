-- fact-query schema, version 1. Flyway owns the schema; Hibernate only validates it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One ingested article. The SHA-256 of its text makes ingestion idempotent.
CREATE TABLE document (
    id             bigint      PRIMARY KEY,
    sha256         char(64)    NOT NULL,
    text           text        NOT NULL,
    -- the text's length in UTF-16 code units (Java String indices), the unit of every offset
    text_length    integer     NOT NULL,
    title          text,
    url            text,
    publisher      text,
    published_at   timestamptz,
    -- the publication day in the article's own time zone, for resolving "Thursday night"
    published_date date,
    ingested_at    timestamptz NOT NULL DEFAULT now(),
    sentence_count integer     NOT NULL DEFAULT 0,
    claim_count    integer     NOT NULL DEFAULT 0,
    CONSTRAINT document_sha256_key UNIQUE (sha256)
);
CREATE SEQUENCE document_seq INCREMENT BY 1;

-- A sentence is text.substring(start_offset, end_offset) of its document (UTF-16 offsets).
CREATE TABLE sentence (
    id           bigint  PRIMARY KEY,
    document_id  bigint  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    text         text    NOT NULL,
    -- bounded input: to_tsvector fails beyond 1 MB of lexemes, and a "sentence" that long is no prose
    tsv          tsvector GENERATED ALWAYS AS (to_tsvector('english', left(text, 100000))) STORED,
    CONSTRAINT sentence_document_ordinal_key UNIQUE (document_id, ordinal),
    CONSTRAINT sentence_offsets_check CHECK (start_offset >= 0 AND end_offset > start_offset)
);
CREATE SEQUENCE sentence_seq INCREMENT BY 50;
CREATE INDEX sentence_tsv_idx ON sentence USING gin (tsv);

-- Gazetteer: canonical places (cities, provinces, districts, countries, facilities).
CREATE TABLE place (
    id              bigint           PRIMARY KEY,
    name            text             NOT NULL,
    kind            text             NOT NULL,
    province        text,
    country         text,
    latitude        double precision,
    longitude       double precision,
    population_rank integer,
    CONSTRAINT place_kind_check
        CHECK (kind IN ('COUNTRY', 'PROVINCE', 'CITY', 'DISTRICT', 'FACILITY', 'REGION')),
    CONSTRAINT place_identity_key UNIQUE NULLS NOT DISTINCT (kind, name, province, country)
);
CREATE SEQUENCE place_seq INCREMENT BY 50;

-- Every spelling of a place; "normalized" folds case, diacritics, hyphens and the i/e connector.
CREATE TABLE place_alias (
    id         bigint PRIMARY KEY,
    place_id   bigint NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    alias      text   NOT NULL,
    normalized text   NOT NULL,
    CONSTRAINT place_alias_place_normalized_key UNIQUE (place_id, normalized)
);
CREATE SEQUENCE place_alias_seq INCREMENT BY 50;
CREATE INDEX place_alias_normalized_idx ON place_alias (normalized);
CREATE INDEX place_alias_trgm_idx ON place_alias USING gin (normalized gin_trgm_ops);

-- One fact stated by one sentence, with who said it and how firmly.
CREATE TABLE claim (
    id                 bigint      PRIMARY KEY,
    document_id        bigint      NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    sentence_id        bigint      NOT NULL REFERENCES sentence (id) ON DELETE CASCADE,
    kind               text        NOT NULL,
    actor              text,
    place_id           bigint      REFERENCES place (id),
    -- the place as written in the sentence, also when it resolves to no gazetteer entry
    place_text         text,
    number             integer,
    details            jsonb       NOT NULL DEFAULT '{}'::jsonb,
    attributed_to      text,
    attributed_actor   text,
    modality           text        NOT NULL,
    negated            boolean     NOT NULL DEFAULT false,
    event_date         date,
    event_time_text    text,
    rule_id            text        NOT NULL,
    extraction_version text        NOT NULL,
    confidence         real        NOT NULL,
    CONSTRAINT claim_modality_check CHECK (modality IN
        ('ASSERTED', 'REPORTED', 'CLAIMED', 'CONFIRMED', 'UNCONFIRMED', 'DENIED', 'FORECAST')),
    CONSTRAINT claim_confidence_check CHECK (confidence >= 0 AND confidence <= 1)
);
CREATE SEQUENCE claim_seq INCREMENT BY 50;
CREATE INDEX claim_document_idx ON claim (document_id);
CREATE INDEX claim_sentence_idx ON claim (sentence_id);
CREATE INDEX claim_place_kind_idx ON claim (place_id, kind);
CREATE INDEX claim_kind_modality_idx ON claim (kind, modality);
CREATE INDEX claim_actor_idx ON claim (actor);
CREATE INDEX claim_event_date_idx ON claim (event_date);
