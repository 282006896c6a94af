-- Why a sentence was not read for claims (too long, or a repeat of an earlier sentence of its
-- document); null for the sentences that were read.
ALTER TABLE sentence ADD COLUMN skipped text;
