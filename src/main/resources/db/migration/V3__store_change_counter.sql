-- Counts changes of the store (an ingestion or a retraction, counted after it commits), so that
-- every instance of the service can tell whether the answers it caches are still current.
CREATE SEQUENCE store_change_seq;
