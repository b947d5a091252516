-- Indexes that serve the people list at national scale (1,000,000 people; see bin/benchmark):
-- every sort order ends in the id, and the employer filter comes with the default kana order.
DROP INDEX person_family_name_kana_ix;
CREATE INDEX person_kana_order_ix ON person (family_name_kana, given_name_kana, id);
DROP INDEX person_employer_ix;
CREATE INDEX person_employer_kana_ix ON person (employer_id, family_name_kana, given_name_kana, id);
DROP INDEX person_family_name_ix;
CREATE INDEX person_family_name_ix ON person (family_name, id);
DROP INDEX person_latin_name_ix;
CREATE INDEX person_latin_name_ix ON person (latin_name, id);
