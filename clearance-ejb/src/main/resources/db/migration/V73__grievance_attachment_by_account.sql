-- Issue 19: the files an account added to complaints in the last day are summed for its daily quota
-- (Attachments.add); this index serves that sum.
CREATE INDEX grievance_attachment_added_by_ix ON grievance_attachment (added_by, added_at);
