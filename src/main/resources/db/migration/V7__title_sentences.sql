-- A document's title is read as its first sentences: their offsets are in document.title, not
-- document.text (ADR 0013).
ALTER TABLE sentence ADD COLUMN in_title boolean NOT NULL DEFAULT false;
