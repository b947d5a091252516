-- Issue 11 (duplicates): a person is at most once on a designation's handler register at a time. The boundary
-- (HandlerRegisters.add) refuses a second entry first with a message; this constraint holds against two adds at
-- the same moment. active_person_id is the person while the entry is active and null once removed (kept by the
-- entity), so removed entries, the register's history, never collide (nulls are distinct in a unique constraint on
-- both H2 and PostgreSQL). On a database that already holds two active entries of one person the migration stops
-- and names them, to be resolved by an administrator.
ALTER TABLE handler_entry ADD COLUMN active_person_id BIGINT;
UPDATE handler_entry SET active_person_id = person_id WHERE active = TRUE;
ALTER TABLE handler_entry ADD CONSTRAINT handler_entry_one_active_uk UNIQUE (designation_id, active_person_id);
