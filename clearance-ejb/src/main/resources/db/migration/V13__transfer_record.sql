-- A transfer record: opened when a person refuses consent, withdraws it, or receives an unfavourable result
-- (vetting module). The employer records the person's move out of the section that handles the information,
-- with post, grade and pay before and after; the grievance module watches it for unfavourable treatment.

CREATE SEQUENCE transfer_record_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE transfer_record (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    person_id            BIGINT        NOT NULL,
    employer_id          BIGINT        NOT NULL,
    reason               VARCHAR(24)   NOT NULL,
    evaluation_id        BIGINT,
    opened_on            DATE          NOT NULL,
    watch_until          DATE          NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    previous_section_id  BIGINT,
    previous_grade       VARCHAR(64),
    previous_monthly_pay BIGINT,
    new_section_id       BIGINT,
    new_grade            VARCHAR(64),
    new_monthly_pay      BIGINT,
    dismissed            BOOLEAN       NOT NULL,
    moved_on             DATE,
    employer_note        VARCHAR(2000),
    alert_raised_at      TIMESTAMP,
    alert_reason         VARCHAR(32),
    created_at           TIMESTAMP     NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    updated_at           TIMESTAMP     NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    CONSTRAINT transfer_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT transfer_employer_fk FOREIGN KEY (employer_id) REFERENCES organization (id),
    CONSTRAINT transfer_prev_section_fk FOREIGN KEY (previous_section_id) REFERENCES org_section (id),
    CONSTRAINT transfer_new_section_fk FOREIGN KEY (new_section_id) REFERENCES org_section (id),
    CONSTRAINT transfer_reason_ck CHECK (reason IN ('REFUSAL', 'WITHDRAWAL', 'UNFAVOURABLE_RESULT')),
    CONSTRAINT transfer_status_ck CHECK (status IN ('OPEN', 'RECORDED', 'CLOSED'))
);
CREATE INDEX transfer_person_ix ON transfer_record (person_id);
CREATE INDEX transfer_employer_ix ON transfer_record (employer_id, status);
CREATE INDEX transfer_watch_ix ON transfer_record (status, watch_until);
CREATE INDEX transfer_alert_ix ON transfer_record (alert_raised_at);
CREATE INDEX transfer_evaluation_ix ON transfer_record (evaluation_id);
