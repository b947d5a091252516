-- Issue 11 (duplicates): the same provision and the same eligibility record cannot be entered twice. The boundaries
-- (Designations.provide, Eligibilities.recordExternal) refuse them first with a message; these constraints hold
-- against anything else. NULLS NOT DISTINCT (PostgreSQL 15, H2 2.2) makes the absent columns part of the key:
--  * provision: one per designation and recipient organ (certification_id and recipient_name null), per entity and
--    certification (a renewed certification needs a new provision), per foreign recipient by name;
--  * eligibility: one record per person, deciding organ, level and notification day among the records not made by
--    an evaluation in Clearance (evaluation_id null: external records); each evaluation's record has its own id.
-- Only constraints are added, no data is changed: on a database that already holds duplicates the migration stops
-- and names them, to be resolved by an administrator, rather than deleting anyone's records.
ALTER TABLE provision ADD CONSTRAINT provision_recipient_uk
    UNIQUE NULLS NOT DISTINCT (designation_id, recipient_id, certification_id, recipient_name);
ALTER TABLE eligibility ADD CONSTRAINT eligibility_record_uk
    UNIQUE NULLS NOT DISTINCT (person_id, organ_id, level_code, notified_on, evaluation_id);
