-- Near-duplicate copies: a document whose text is nearly that of an earlier one (the same wire
-- story republished with another headline, a correction line, boilerplate) is a copy of it and
-- does not count as independent corroboration. copy_of always names the original (the first
-- stored document of the story), never another copy.
ALTER TABLE document ADD COLUMN copy_of bigint REFERENCES document (id) ON DELETE SET NULL;
CREATE INDEX document_copy_of_idx ON document (copy_of) WHERE copy_of IS NOT NULL;

-- The MinHash signature of each document's word 5-shingles (128 hashes; documents too short to
-- have one have no row), and its 32 locality-sensitive band hashes, by which the candidates for
-- comparison are found.
CREATE TABLE document_signature (
    document_id bigint    PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    min_hashes  integer[] NOT NULL
);
CREATE TABLE document_band (
    band        smallint NOT NULL,
    hash        integer  NOT NULL,
    document_id bigint   NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    PRIMARY KEY (band, hash, document_id)
);
CREATE INDEX document_band_document_idx ON document_band (document_id);
