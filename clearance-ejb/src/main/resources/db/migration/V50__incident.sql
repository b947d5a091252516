-- Leak incidents (issue 5): the incident, the designations, people and organizations involved, evidence files
-- (with their SHA-256, chain of custody), tasks, the timeline, and the charges with their proceedings and the
-- statutory maxima that applied when the charge was laid (copied from ref_penalty, so the ledger keeps them).
-- Portable SQL for H2 2.x and PostgreSQL 15+. BYTEA (evidence content) is understood by both.

CREATE SEQUENCE incident_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE incident_designation_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE incident_party_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE incident_attachment_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE incident_task_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE incident_event_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE incident_charge_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE incident (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    version                   BIGINT        NOT NULL,
    organ_id                  BIGINT        NOT NULL,
    title                     VARCHAR(200)  NOT NULL,
    occurred_on               DATE          NOT NULL,
    discovered_on             DATE          NOT NULL,
    discovery_year            INT           NOT NULL,
    discovery_method          VARCHAR(2000) NOT NULL,
    description               VARCHAR(4000) NOT NULL,
    channel                   VARCHAR(24)   NOT NULL,
    containment               VARCHAR(4000),
    status                    VARCHAR(24)   NOT NULL,
    outcome                   VARCHAR(16)   NOT NULL,
    close_reason              VARCHAR(2000),
    closed_on                 DATE,
    reevaluation_requested_on DATE,
    created_at                TIMESTAMP     NOT NULL,
    created_by                VARCHAR(64)   NOT NULL,
    updated_at                TIMESTAMP     NOT NULL,
    updated_by                VARCHAR(64)   NOT NULL,
    CONSTRAINT incident_organ_fk FOREIGN KEY (organ_id) REFERENCES organization (id),
    CONSTRAINT incident_dates_ck CHECK (discovered_on >= occurred_on),
    CONSTRAINT incident_status_ck CHECK (status IN ('REPORTED', 'UNDER_INVESTIGATION', 'REFERRED', 'INDICTED',
        'NOT_INDICTED', 'JUDGED', 'FINAL', 'CLOSED')),
    CONSTRAINT incident_channel_ck CHECK (channel IN ('LOST_MEDIA', 'EMAIL', 'SPOKEN', 'CYBER_INTRUSION', 'DOCUMENT',
        'PUBLICATION', 'OTHER')),
    CONSTRAINT incident_outcome_ck CHECK (outcome IN ('OPEN', 'NO_REFERRAL', 'NOT_INDICTED', 'CONVICTED', 'ACQUITTED'))
);
CREATE INDEX incident_status_ix ON incident (status, discovered_on, id);
CREATE INDEX incident_organ_ix ON incident (organ_id, status);
CREATE INDEX incident_channel_ix ON incident (channel);
CREATE INDEX incident_year_ix ON incident (discovery_year);
CREATE INDEX incident_outcome_ix ON incident (outcome);

CREATE TABLE incident_designation (
    id             BIGINT       NOT NULL PRIMARY KEY,
    incident_id    BIGINT       NOT NULL,
    designation_id BIGINT       NOT NULL,
    CONSTRAINT incident_designation_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT incident_designation_designation_fk FOREIGN KEY (designation_id) REFERENCES designation (id),
    CONSTRAINT incident_designation_uk UNIQUE (incident_id, designation_id)
);
CREATE INDEX incident_designation_designation_ix ON incident_designation (designation_id);

CREATE TABLE incident_party (
    id                     BIGINT      NOT NULL PRIMARY KEY,
    version                BIGINT      NOT NULL,
    incident_id            BIGINT      NOT NULL,
    person_id              BIGINT,
    organization_id        BIGINT,
    role                   VARCHAR(16) NOT NULL,
    clearance_suspended_on DATE,
    created_at             TIMESTAMP   NOT NULL,
    created_by             VARCHAR(64) NOT NULL,
    updated_at             TIMESTAMP   NOT NULL,
    updated_by             VARCHAR(64) NOT NULL,
    CONSTRAINT incident_party_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT incident_party_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT incident_party_org_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT incident_party_one_ck CHECK ((person_id IS NULL AND organization_id IS NOT NULL)
                                        OR (person_id IS NOT NULL AND organization_id IS NULL)),
    CONSTRAINT incident_party_role_ck CHECK (role IN ('HANDLER', 'RECIPIENT', 'OUTSIDER', 'ORGAN', 'ENTITY'))
);
CREATE INDEX incident_party_incident_ix ON incident_party (incident_id);
CREATE INDEX incident_party_person_ix ON incident_party (person_id);
CREATE INDEX incident_party_org_ix ON incident_party (organization_id);

CREATE TABLE incident_attachment (
    id           BIGINT       NOT NULL PRIMARY KEY,
    incident_id  BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      BYTEA        NOT NULL,
    added_at     TIMESTAMP    NOT NULL,
    added_by     VARCHAR(64)  NOT NULL,
    CONSTRAINT incident_attachment_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id)
);
CREATE INDEX incident_attachment_incident_ix ON incident_attachment (incident_id, added_at);

CREATE TABLE incident_task (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    incident_id BIGINT       NOT NULL,
    title       VARCHAR(300) NOT NULL,
    assignee    VARCHAR(64)  NOT NULL,
    due_on      DATE         NOT NULL,
    done_on     DATE,
    done_by     VARCHAR(64),
    created_at  TIMESTAMP    NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMP    NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT incident_task_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id)
);
CREATE INDEX incident_task_incident_ix ON incident_task (incident_id, done_on, due_on);
CREATE INDEX incident_task_assignee_ix ON incident_task (assignee, done_on, due_on);

CREATE TABLE incident_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    incident_id BIGINT        NOT NULL,
    kind        VARCHAR(24)   NOT NULL,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    note        VARCHAR(4000),
    CONSTRAINT incident_event_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id)
);
CREATE INDEX incident_event_incident_ix ON incident_event (incident_id, occurred_at, id);

CREATE TABLE incident_charge (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    incident_id        BIGINT        NOT NULL,
    party_id           BIGINT        NOT NULL,
    designation_id     BIGINT        NOT NULL,
    penalty_code       VARCHAR(64)   NOT NULL,
    act                VARCHAR(16)   NOT NULL,
    article            VARCHAR(100),
    offence            VARCHAR(32)   NOT NULL,
    penalty_confirmed  BOOLEAN       NOT NULL,
    max_prison_months  INT,
    max_fine_yen       BIGINT,
    fine_cumulative    BOOLEAN       NOT NULL,
    fine_alternative   BOOLEAN       NOT NULL,
    corporate_fine_yen BIGINT,
    corporate          BOOLEAN       NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    referred_on        DATE,
    decision_on        DATE,
    court              VARCHAR(200),
    judgment_on        DATE,
    judgment_outcome   VARCHAR(16),
    prison_months      INT,
    suspended          BOOLEAN       NOT NULL,
    suspension_months  INT,
    fine_yen           BIGINT,
    appeal_deadline    DATE,
    appealed_on        DATE,
    final_on           DATE,
    fine_paid_yen      BIGINT,
    fine_paid_on       DATE,
    created_at         TIMESTAMP     NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    updated_by         VARCHAR(64)   NOT NULL,
    CONSTRAINT incident_charge_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT incident_charge_party_fk FOREIGN KEY (party_id) REFERENCES incident_party (id),
    CONSTRAINT incident_charge_designation_fk FOREIGN KEY (designation_id) REFERENCES designation (id),
    CONSTRAINT incident_charge_act_ck CHECK (act IN ('SDS_2013', 'CESI_2024')),
    CONSTRAINT incident_charge_status_ck CHECK (status IN ('LAID', 'REFERRED', 'INDICTED', 'NOT_INDICTED', 'JUDGED',
        'APPEALED', 'FINAL')),
    CONSTRAINT incident_charge_outcome_ck CHECK (judgment_outcome IS NULL OR judgment_outcome IN ('CONVICTED', 'ACQUITTED')),
    CONSTRAINT incident_charge_amounts_ck CHECK ((prison_months IS NULL OR prison_months > 0)
                                             AND (fine_yen IS NULL OR fine_yen > 0)
                                             AND (fine_paid_yen IS NULL OR fine_paid_yen >= 0))
);
CREATE INDEX incident_charge_incident_ix ON incident_charge (incident_id);
CREATE INDEX incident_charge_party_ix ON incident_charge (party_id);
CREATE INDEX incident_charge_designation_ix ON incident_charge (designation_id);
CREATE INDEX incident_charge_status_ix ON incident_charge (status, judgment_on, id);

-- Parameters of this module (ids 960-979). Criminal-procedure and Penal Code rules that apply to both Acts; the
-- act column is required, so they are filed under the 2024 Act with a note.
INSERT INTO ref_parameter (id, version, code, act, name_ja, name_en, article, source, confirmed,
                           effective_from, effective_to, note, value_num, unit) VALUES
(960, 0, 'APPEAL_PERIOD_DAYS', 'CESI_2024', '控訴の提起期間',
 'Period for appealing a first-instance judgment',
 'Code of Criminal Procedure Art 373', 'general law (not in the brief)', FALSE, DATE '2014-12-10', NULL,
 'Applies to judgments under both Acts. 14 days from the day the judgment is pronounced (刑事訴訟法第373条). Not in the domain brief: to be verified.',
 14, 'DAYS'),
(961, 0, 'INCIDENT_TASK_DUE_DAYS', 'CESI_2024', '漏えい事案のタスクの標準期限',
 'Default time to complete an incident task',
 NULL, 'operational setting', FALSE, DATE '2014-12-10', NULL,
 'Operational setting of this system, not law: a task created without a due date is due this many days later.',
 14, 'DAYS'),
(962, 0, 'SUSPENSION_MAX_MONTHS', 'CESI_2024', '刑の全部の執行猶予の期間の上限',
 'Longest suspension of the execution of a sentence',
 'Penal Code Art 25(1)', 'general law (not in the brief)', FALSE, DATE '2014-12-10', NULL,
 'Applies to both Acts: a suspension of execution lasts from 1 to 5 years (刑法第25条第1項). Not in the domain brief: to be verified.',
 60, 'MONTHS'),
(963, 0, 'SUSPENSION_PRISON_MAX_MONTHS', 'CESI_2024', '執行猶予を付すことができる拘禁刑の上限',
 'Longest prison term whose execution may be suspended',
 'Penal Code Art 25(1)', 'general law (not in the brief)', FALSE, DATE '2014-12-10', NULL,
 'Applies to both Acts: only a prison term of 3 years or less may be suspended (刑法第25条第1項). Not in the domain brief: to be verified.',
 36, 'MONTHS');
