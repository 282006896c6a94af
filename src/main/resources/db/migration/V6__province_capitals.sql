-- The capital city of a stored province (ADR 0012): a capture or control of a province counts,
-- by inference and with less weight, for its capital when nothing is reported about the capital
-- itself. Set by the service when it stores a province, and at start-up for provinces stored before.
ALTER TABLE place ADD COLUMN capital_id bigint REFERENCES place (id);
CREATE INDEX place_capital_idx ON place (capital_id) WHERE capital_id IS NOT NULL;
