-- PostgreSQL only (Flyway location db/vendor/{vendor}): prefix searches (LIKE 'abc%') use an index only with
-- pattern operators when the database collation is not C. The Latin name is searched case-insensitively.
CREATE INDEX person_family_name_prefix_ix ON person (family_name text_pattern_ops);
CREATE INDEX person_kana_prefix_ix ON person (family_name_kana text_pattern_ops);
CREATE INDEX person_latin_upper_prefix_ix ON person (upper(latin_name) text_pattern_ops);
