-- Vetting work queues at national scale: every list sorts in the database and its order ends in the id.
-- The queue of the central body's officers and of auditors (no organization filter) sorts by the state change.
CREATE INDEX evaluation_changed_ix ON evaluation (state_changed_at, id);
-- An officer's queue also lists the evaluations of their organization's people nominated by other organs.
CREATE INDEX evaluation_employer_queue_ix ON evaluation (employer_id, state_changed_at, id);
-- Certificates expiring soon, per organ (the central body's list uses eligibility_expiry_ix).
CREATE INDEX eligibility_organ_expiry_ix ON eligibility (organ_id, status, valid_until, id);
