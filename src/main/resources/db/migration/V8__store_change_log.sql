-- What each committed change of the store touched (ADR 0015): the places whose answers it can
-- change (the places of its claims, the cities those are parts of, the capitals of those
-- provinces) and the kinds of its claims. Every instance reads the rows recorded since it
-- last looked and forgets only the answers they touch. A row that must reach everything (a
-- change made outside the service) sets everything. Writers prune rows older than an hour.
CREATE TABLE store_change (
    id          bigserial   PRIMARY KEY,
    recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    place_ids   bigint[]    NOT NULL DEFAULT '{}',
    kinds       text[]      NOT NULL DEFAULT '{}',
    everything  boolean     NOT NULL DEFAULT false
);
CREATE INDEX store_change_recorded_idx ON store_change (recorded_at);

-- replaced by the log: a counter said that something changed, not what
DROP SEQUENCE store_change_seq;
