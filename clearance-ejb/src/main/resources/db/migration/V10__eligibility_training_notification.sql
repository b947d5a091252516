-- Shared records that several components build on:
--   eligibility: a person's eligibility (clearance) for a level; entered as an external record by an
--                administrator, or created by the vetting module from a favourable evaluation;
--   training_record: security training a person completed (needed to be on a handler register);
--   notification: messages in the portal for an organization's role or for one user.

CREATE SEQUENCE eligibility_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE training_record_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE notification_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE eligibility (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    person_id          BIGINT        NOT NULL,
    level_code         VARCHAR(64)   NOT NULL,
    organ_id           BIGINT        NOT NULL,
    source             VARCHAR(16)   NOT NULL,
    evaluation_id      BIGINT,
    external_reference VARCHAR(200),
    notified_on        DATE          NOT NULL,
    valid_until        DATE          NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    status_reason      VARCHAR(2000),
    status_changed_on  DATE,
    created_at         TIMESTAMP     NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    updated_by         VARCHAR(64)   NOT NULL,
    CONSTRAINT eligibility_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT eligibility_organ_fk FOREIGN KEY (organ_id) REFERENCES organization (id),
    CONSTRAINT eligibility_source_ck CHECK (source IN ('EXTERNAL', 'EVALUATION')),
    CONSTRAINT eligibility_status_ck CHECK (status IN ('VALID', 'SUSPENDED', 'REVOKED', 'EXPIRED')),
    CONSTRAINT eligibility_period_ck CHECK (valid_until >= notified_on)
);
CREATE INDEX eligibility_person_ix ON eligibility (person_id, status);
CREATE INDEX eligibility_expiry_ix ON eligibility (status, valid_until);
CREATE INDEX eligibility_organ_ix ON eligibility (organ_id, status);
CREATE INDEX eligibility_evaluation_ix ON eligibility (evaluation_id);

CREATE TABLE training_record (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    course       VARCHAR(200) NOT NULL,
    completed_on DATE         NOT NULL,
    valid_until  DATE         NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    CONSTRAINT training_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT training_period_ck CHECK (valid_until >= completed_on)
);
CREATE INDEX training_person_ix ON training_record (person_id, valid_until);
CREATE INDEX training_expiry_ix ON training_record (valid_until);

CREATE TABLE notification (
    id              BIGINT        NOT NULL PRIMARY KEY,
    organization_id BIGINT,
    role            VARCHAR(32),
    username        VARCHAR(64),
    message_key     VARCHAR(100)  NOT NULL,
    message_args    VARCHAR(1000),
    entity_type     VARCHAR(64),
    entity_id       VARCHAR(64),
    created_at      TIMESTAMP     NOT NULL,
    read_at         TIMESTAMP,
    read_by         VARCHAR(64),
    CONSTRAINT notification_org_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT notification_recipient_ck CHECK (username IS NOT NULL OR (organization_id IS NOT NULL AND role IS NOT NULL))
);
CREATE INDEX notification_org_role_ix ON notification (organization_id, role, read_at);
CREATE INDEX notification_user_ix ON notification (username, read_at);
