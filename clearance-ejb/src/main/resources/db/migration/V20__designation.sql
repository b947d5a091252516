-- Designated information (指定), its history, conforming-entity certifications (適合事業者の認定), provision of
-- designated information to entities, other organs and foreign governments, and handler registers (取扱者名簿).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+. Ids from sequences (INCREMENT BY = allocationSize).

CREATE SEQUENCE designation_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE designation_event_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE certification_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE provision_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE handler_entry_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE designation (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    organ_id                BIGINT        NOT NULL,
    reference_number        VARCHAR(64)   NOT NULL,
    title                   VARCHAR(300)  NOT NULL,
    summary                 VARCHAR(4000) NOT NULL,
    level_code              VARCHAR(64)   NOT NULL,
    act                     VARCHAR(16)   NOT NULL,
    category_code           VARCHAR(64)   NOT NULL,
    item_code               VARCHAR(64),
    designating_official    VARCHAR(200)  NOT NULL,
    designated_on           DATE          NOT NULL,
    valid_until             DATE          NOT NULL,
    marking                 VARCHAR(500)  NOT NULL,
    cabinet_approval        VARCHAR(200),
    status                  VARCHAR(16)   NOT NULL,
    ended_on                DATE,
    end_reason              VARCHAR(2000),
    expiry_warned_for       DATE,
    created_at              TIMESTAMP     NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    updated_at              TIMESTAMP     NOT NULL,
    updated_by              VARCHAR(64)   NOT NULL,
    CONSTRAINT designation_organ_fk FOREIGN KEY (organ_id) REFERENCES organization (id),
    CONSTRAINT designation_number_uk UNIQUE (organ_id, reference_number),
    CONSTRAINT designation_act_ck CHECK (act IN ('SDS_2013', 'CESI_2024')),
    CONSTRAINT designation_status_ck CHECK (status IN ('DESIGNATED', 'EXTENDED', 'DECLASSIFIED', 'EXPIRED')),
    CONSTRAINT designation_period_ck CHECK (valid_until > designated_on)
);
CREATE INDEX designation_organ_ix ON designation (organ_id, status, valid_until);
CREATE INDEX designation_status_ix ON designation (status, valid_until);
CREATE INDEX designation_level_ix ON designation (level_code, status);
CREATE INDEX designation_category_ix ON designation (category_code);
CREATE INDEX designation_designated_ix ON designation (designated_on);
CREATE INDEX designation_title_ix ON designation (title);

-- The record's history: designation, each extension, declassification, expiry, provision, register changes.
CREATE TABLE designation_event (
    id             BIGINT        NOT NULL PRIMARY KEY,
    designation_id BIGINT        NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    occurred_at    TIMESTAMP     NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    effective_on   DATE          NOT NULL,
    until_before   DATE,
    until_after    DATE,
    note           VARCHAR(2000),
    CONSTRAINT designation_event_fk FOREIGN KEY (designation_id) REFERENCES designation (id)
);
CREATE INDEX designation_event_ix ON designation_event (designation_id, occurred_at);

CREATE TABLE certification (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    entity_id            BIGINT        NOT NULL,
    organ_id             BIGINT        NOT NULL,
    internal_rules       BOOLEAN       NOT NULL,
    responsible_manager  BOOLEAN       NOT NULL,
    governance           BOOLEAN       NOT NULL,
    training             BOOLEAN       NOT NULL,
    facilities           BOOLEAN       NOT NULL,
    evidence             VARCHAR(4000),
    contract_reference   VARCHAR(200),
    status               VARCHAR(16)   NOT NULL,
    decided_on           DATE          NOT NULL,
    valid_from           DATE          NOT NULL,
    valid_until          DATE          NOT NULL,
    status_reason        VARCHAR(2000),
    created_at           TIMESTAMP     NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    updated_at           TIMESTAMP     NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    CONSTRAINT certification_entity_fk FOREIGN KEY (entity_id) REFERENCES organization (id),
    CONSTRAINT certification_organ_fk FOREIGN KEY (organ_id) REFERENCES organization (id),
    CONSTRAINT certification_status_ck CHECK (status IN ('CERTIFIED', 'REFUSED', 'REVIEW_REQUIRED', 'REVOKED')),
    CONSTRAINT certification_period_ck CHECK (valid_until >= valid_from)
);
CREATE INDEX certification_entity_ix ON certification (entity_id, organ_id, status);
CREATE INDEX certification_organ_ix ON certification (organ_id, status);

-- The need-to-know departments of the entity named in the contract.
CREATE TABLE certification_section (
    certification_id BIGINT NOT NULL,
    section_id       BIGINT NOT NULL,
    CONSTRAINT certification_section_pk PRIMARY KEY (certification_id, section_id),
    CONSTRAINT certification_section_cert_fk FOREIGN KEY (certification_id) REFERENCES certification (id),
    CONSTRAINT certification_section_section_fk FOREIGN KEY (section_id) REFERENCES org_section (id)
);
CREATE INDEX certification_section_section_ix ON certification_section (section_id);

CREATE TABLE provision (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    designation_id    BIGINT        NOT NULL,
    recipient_kind    VARCHAR(16)   NOT NULL,
    recipient_id      BIGINT,
    recipient_name    VARCHAR(300),
    certification_id  BIGINT,
    provided_on       DATE          NOT NULL,
    legal_basis       VARCHAR(200)  NOT NULL,
    note              VARCHAR(2000),
    created_at        TIMESTAMP     NOT NULL,
    created_by        VARCHAR(64)   NOT NULL,
    updated_at        TIMESTAMP     NOT NULL,
    updated_by        VARCHAR(64)   NOT NULL,
    CONSTRAINT provision_designation_fk FOREIGN KEY (designation_id) REFERENCES designation (id),
    CONSTRAINT provision_recipient_fk FOREIGN KEY (recipient_id) REFERENCES organization (id),
    CONSTRAINT provision_certification_fk FOREIGN KEY (certification_id) REFERENCES certification (id),
    CONSTRAINT provision_kind_ck CHECK (recipient_kind IN ('ENTITY', 'ORGAN', 'FOREIGN')),
    CONSTRAINT provision_recipient_ck CHECK (recipient_id IS NOT NULL OR recipient_name IS NOT NULL)
);
CREATE INDEX provision_designation_ix ON provision (designation_id, provided_on);
CREATE INDEX provision_recipient_ix ON provision (recipient_id, designation_id);
CREATE INDEX provision_certification_ix ON provision (certification_id);

CREATE TABLE handler_entry (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    designation_id  BIGINT        NOT NULL,
    person_id       BIGINT        NOT NULL,
    added_on        DATE          NOT NULL,
    active          BOOLEAN       NOT NULL,
    removed_on      DATE,
    removal_reason  VARCHAR(32),
    removal_note    VARCHAR(2000),
    created_at      TIMESTAMP     NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    CONSTRAINT handler_entry_designation_fk FOREIGN KEY (designation_id) REFERENCES designation (id),
    CONSTRAINT handler_entry_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT handler_entry_reason_ck CHECK (removal_reason IS NULL OR removal_reason IN
        ('MANUAL', 'NO_LONGER_ELIGIBLE', 'DESIGNATION_ENDED'))
);
CREATE INDEX handler_entry_designation_ix ON handler_entry (designation_id, active, person_id);
CREATE INDEX handler_entry_person_ix ON handler_entry (person_id, active);
