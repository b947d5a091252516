-- Employee-protection grievances (issue 6): complaints of unfair treatment, named or anonymous, handled by the
-- grievance desks (the Cabinet Office and each organ), with their timeline (messages, notes, status changes),
-- decisions and remedies. Anonymous complaints keep only a salted slow hash of the receipt code and the code's
-- first digits (the locator, to find the candidate rows and to throttle wrong codes); no IP address, no account.

CREATE SEQUENCE grievance_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE grievance_entry_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE grievance_code_attempt_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE grievance (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    channel              VARCHAR(16)   NOT NULL,
    complainant_username VARCHAR(64),
    person_id            BIGINT,
    desk_id              BIGINT        NOT NULL,
    employer_id          BIGINT        NOT NULL,
    grievance_type       VARCHAR(32)   NOT NULL,
    ground               VARCHAR(24)   NOT NULL,
    description          VARCHAR(4000) NOT NULL,
    occurred_on          DATE,
    decided_by           VARCHAR(200),
    status               VARCHAR(16)   NOT NULL,
    lodged_at            TIMESTAMP     NOT NULL,
    ack_due              DATE          NOT NULL,
    decision_due         DATE          NOT NULL,
    acknowledged_at      TIMESTAMP,
    decided_at           TIMESTAMP,
    ack_reminded         BOOLEAN       NOT NULL,
    decision_reminded    BOOLEAN       NOT NULL,
    outcome              VARCHAR(24),
    reasons              VARCHAR(4000),
    remedy_detail        VARCHAR(2000),
    related_id           BIGINT,
    transfer_record_id   BIGINT,
    receipt_locator      VARCHAR(8),
    receipt_hash         VARCHAR(200),
    created_at           TIMESTAMP     NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    updated_at           TIMESTAMP     NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    CONSTRAINT grievance_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT grievance_desk_fk FOREIGN KEY (desk_id) REFERENCES organization (id),
    CONSTRAINT grievance_employer_fk FOREIGN KEY (employer_id) REFERENCES organization (id),
    CONSTRAINT grievance_related_fk FOREIGN KEY (related_id) REFERENCES grievance (id),
    CONSTRAINT grievance_transfer_fk FOREIGN KEY (transfer_record_id) REFERENCES transfer_record (id),
    CONSTRAINT grievance_channel_ck CHECK (channel IN ('NAMED', 'ANONYMOUS', 'OWN_INITIATIVE')),
    CONSTRAINT grievance_status_ck CHECK (status IN ('LODGED', 'ACKNOWLEDGED', 'INVESTIGATING', 'DECIDED', 'WITHDRAWN')),
    CONSTRAINT grievance_outcome_ck CHECK (outcome IS NULL OR outcome IN ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED', 'NOT_SUBSTANTIATED')),
    CONSTRAINT grievance_anonymous_ck CHECK (channel <> 'ANONYMOUS'
        OR (complainant_username IS NULL AND person_id IS NULL AND receipt_hash IS NOT NULL))
);
CREATE INDEX grievance_desk_ix ON grievance (desk_id, status, lodged_at);
CREATE INDEX grievance_ack_due_ix ON grievance (status, ack_due);
CREATE INDEX grievance_decision_due_ix ON grievance (status, decision_due);
CREATE INDEX grievance_complainant_ix ON grievance (complainant_username, lodged_at);
CREATE INDEX grievance_person_ix ON grievance (person_id);
CREATE INDEX grievance_employer_ix ON grievance (employer_id);
CREATE INDEX grievance_type_ix ON grievance (grievance_type);
CREATE INDEX grievance_outcome_ix ON grievance (outcome);
CREATE INDEX grievance_lodged_ix ON grievance (lodged_at);
CREATE INDEX grievance_related_ix ON grievance (related_id);
CREATE INDEX grievance_transfer_ix ON grievance (transfer_record_id);
CREATE INDEX grievance_locator_ix ON grievance (receipt_locator);

CREATE TABLE grievance_remedy (
    grievance_id BIGINT      NOT NULL,
    remedy       VARCHAR(32) NOT NULL,
    CONSTRAINT grievance_remedy_pk PRIMARY KEY (grievance_id, remedy),
    CONSTRAINT grievance_remedy_fk FOREIGN KEY (grievance_id) REFERENCES grievance (id)
);
CREATE INDEX grievance_remedy_ix ON grievance_remedy (remedy);

-- The timeline of a complaint: messages both ways, added information, internal notes, requests to the employer,
-- status changes. Append-only. visible = shown to the complainant.
CREATE TABLE grievance_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    grievance_id BIGINT        NOT NULL,
    kind         VARCHAR(24)   NOT NULL,
    visible      BOOLEAN       NOT NULL,
    author       VARCHAR(64)   NOT NULL,
    status       VARCHAR(16),
    body         VARCHAR(4000),
    created_at   TIMESTAMP     NOT NULL,
    CONSTRAINT grievance_entry_fk FOREIGN KEY (grievance_id) REFERENCES grievance (id),
    CONSTRAINT grievance_entry_kind_ck CHECK (kind IN ('STATUS', 'MESSAGE_TO_COMPLAINANT', 'MESSAGE_FROM_COMPLAINANT',
        'NOTE', 'EMPLOYER_REQUEST'))
);
CREATE INDEX grievance_entry_ix ON grievance_entry (grievance_id, id);

-- Wrong receipt codes, by locator (the code's first digits), to throttle guessing. Nothing else is stored.
CREATE TABLE grievance_code_attempt (
    id           BIGINT      NOT NULL PRIMARY KEY,
    locator      VARCHAR(8)  NOT NULL,
    attempted_at TIMESTAMP   NOT NULL
);
CREATE INDEX grievance_code_attempt_ix ON grievance_code_attempt (locator, attempted_at);

-- Operational settings of the grievance desks and the transfer watch (ids 940-959).
INSERT INTO ref_parameter (id, version, code, act, name_ja, name_en, article, source, confirmed,
                           effective_from, effective_to, note, value_num, unit) VALUES
(940, 0, 'GRIEVANCE_REMINDER_DAYS', 'CESI_2024', '苦情の期限前リマインダーの日数',
 'Reminder before a grievance target date',
 NULL, 'operational setting', FALSE, DATE '2025-05-16', NULL,
 'Operational setting of this system, not law: days before the acknowledgement or decision target at which the desk is reminded.',
 2, 'DAYS'),
(941, 0, 'GRIEVANCE_CODE_MAX_FAILURES', 'CESI_2024', '受付番号の誤入力の上限回数',
 'Wrong receipt codes allowed before the code is locked',
 NULL, 'operational setting', FALSE, DATE '2025-05-16', NULL,
 'Operational setting of this system, not law: wrong codes with the same first digits allowed within the lock period; beyond it every attempt with those digits is refused until the period has passed.',
 5, 'COUNT'),
(942, 0, 'GRIEVANCE_CODE_LOCK_DAYS', 'CESI_2024', '受付番号の誤入力を数える期間',
 'Period over which wrong receipt codes are counted',
 NULL, 'operational setting', FALSE, DATE '2025-05-16', NULL,
 'Operational setting of this system, not law: wrong receipt codes are counted over this period (and a lock lasts as long).',
 1, 'DAYS');
