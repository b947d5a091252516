-- Core records: organizations and their sections, people, user accounts and roles, the audit trail.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
-- Ids come from sequences (EclipseLink preallocates 50 at a time: INCREMENT BY must match allocationSize).
-- Rows a migration seeds use ids below 1000; the sequences start above that.

CREATE SEQUENCE organization_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE org_section_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE person_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE user_account_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE organization (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    code              VARCHAR(32)  NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    name_ja           VARCHAR(200) NOT NULL,
    name_en           VARCHAR(200) NOT NULL,
    corporate_number  VARCHAR(13),
    central           BOOLEAN      NOT NULL,
    own_investigation BOOLEAN      NOT NULL,
    active            BOOLEAN      NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    updated_at        TIMESTAMP    NOT NULL,
    updated_by        VARCHAR(64)  NOT NULL,
    CONSTRAINT organization_code_uk UNIQUE (code),
    CONSTRAINT organization_kind_ck CHECK (kind IN ('ORGAN', 'ENTITY'))
);
CREATE INDEX organization_kind_active_ix ON organization (kind, active);
CREATE INDEX organization_name_ja_ix ON organization (name_ja);
CREATE INDEX organization_name_en_ix ON organization (name_en);

CREATE TABLE org_section (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    code            VARCHAR(32)  NOT NULL,
    name_ja         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    need_to_know    BOOLEAN      NOT NULL,
    active          BOOLEAN      NOT NULL,
    CONSTRAINT org_section_org_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT org_section_code_uk UNIQUE (organization_id, code)
);

CREATE TABLE person (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    family_name      VARCHAR(100) NOT NULL,
    given_name       VARCHAR(100) NOT NULL,
    family_name_kana VARCHAR(100) NOT NULL,
    given_name_kana  VARCHAR(100) NOT NULL,
    latin_name       VARCHAR(200),
    date_of_birth    DATE         NOT NULL,
    nationalities    VARCHAR(64)  NOT NULL,
    employer_id      BIGINT       NOT NULL,
    section_id       BIGINT,
    staff_number     VARCHAR(32),
    active           BOOLEAN      NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       TIMESTAMP    NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    CONSTRAINT person_employer_fk FOREIGN KEY (employer_id) REFERENCES organization (id),
    CONSTRAINT person_section_fk FOREIGN KEY (section_id) REFERENCES org_section (id)
);
CREATE INDEX person_employer_ix ON person (employer_id, active);
CREATE INDEX person_section_ix ON person (section_id);
CREATE INDEX person_family_name_kana_ix ON person (family_name_kana, given_name_kana);
CREATE INDEX person_family_name_ix ON person (family_name);
CREATE INDEX person_latin_name_ix ON person (latin_name);
CREATE INDEX person_dob_ix ON person (date_of_birth);

CREATE TABLE user_account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(512) NOT NULL,
    organization_id BIGINT       NOT NULL,
    person_id       BIGINT,
    locale          VARCHAR(8),
    active          BOOLEAN      NOT NULL,
    last_login_at   TIMESTAMP,
    created_at      TIMESTAMP    NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    updated_at      TIMESTAMP    NOT NULL,
    updated_by      VARCHAR(64)  NOT NULL,
    CONSTRAINT user_account_username_uk UNIQUE (username),
    CONSTRAINT user_account_org_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT user_account_person_fk FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX user_account_org_ix ON user_account (organization_id);
CREATE INDEX user_account_person_ix ON user_account (person_id);

CREATE TABLE user_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    CONSTRAINT user_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT user_role_account_fk FOREIGN KEY (account_id) REFERENCES user_account (id)
);
CREATE INDEX user_role_role_ix ON user_role (role);

-- The audit trail: append-only, each entry carries the hash of the previous one.
-- Ids are assigned from audit_chain.last_id under a row lock, so the chain has no gaps.
CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    entity_type VARCHAR(64)   NOT NULL,
    entity_id   VARCHAR(64),
    detail      VARCHAR(2000),
    prev_hash   VARCHAR(64)   NOT NULL,
    hash        VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_entry_occurred_ix ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor_ix ON audit_entry (actor, occurred_at);
CREATE INDEX audit_entry_entity_ix ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_action_ix ON audit_entry (action, occurred_at);

CREATE TABLE audit_chain (
    id        INT         NOT NULL PRIMARY KEY,
    last_id   BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
