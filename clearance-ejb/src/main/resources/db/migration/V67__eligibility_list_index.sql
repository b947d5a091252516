-- The eligibility list (administrators, the central organization, officers) sorts by the end of validity and the id
-- with no status filter: without this index PostgreSQL read and sorted every record for each page (bin/benchmark:
-- 339 ms for 100,000 records, growing with the table). eligibility_expiry_ix serves the lists filtered by status.
CREATE INDEX eligibility_until_ix ON eligibility (valid_until, id);
