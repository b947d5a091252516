-- The search keys filled by V81: every person has a kana key; each key is sought by range in its ordered index
-- (PostgreSQL with a code-point collation, see the README), the id ending each for a stable order.
ALTER TABLE person ALTER COLUMN name_kana_key SET NOT NULL;
CREATE INDEX person_name_kana_key_ix ON person (name_kana_key, id);
CREATE INDEX person_name_latin_key_ix ON person (name_latin_key, id);
CREATE INDEX person_name_latin_reversed_key_ix ON person (name_latin_reversed_key, id);
