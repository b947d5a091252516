-- Issue 15 item 7 (name search): normalized search keys of a person (jp.clearance.person.control.NameSearch), so that
-- a search by kana in either script or width, or by Latin name in either order, stays one indexed prefix match.
-- V81 (a Java migration: the rule is NameSearch's, not SQL's) fills them for the rows there are; the entity keeps them.
ALTER TABLE person ADD COLUMN name_kana_key VARCHAR(201);
ALTER TABLE person ADD COLUMN name_latin_key VARCHAR(200);
ALTER TABLE person ADD COLUMN name_latin_reversed_key VARCHAR(200);
