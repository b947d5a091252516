-- Reuse of an eligibility record (issue 4, reuse across agencies): the requesting organ may decide on the basis of a
-- favourable record of the same person that was not investigated in Clearance, e.g. a qualifying evaluation under the
-- 2013 Act (SDS) entered as an external record. The record reused is kept on the evaluation.
ALTER TABLE evaluation ADD COLUMN reused_eligibility_id BIGINT;
ALTER TABLE evaluation ADD CONSTRAINT evaluation_reused_eligibility_fk
    FOREIGN KEY (reused_eligibility_id) REFERENCES eligibility (id);
CREATE INDEX evaluation_reused_eligibility_ix ON evaluation (reused_eligibility_id);

-- The signed letter of non-consent (不同意書) of a refusal or withdrawal: when the officer received it, and who
-- recorded that.
ALTER TABLE evaluation ADD COLUMN letter_received_on DATE;
ALTER TABLE evaluation ADD COLUMN letter_recorded_by VARCHAR(64);
