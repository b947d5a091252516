-- Eligibility evaluations (適性評価), from nomination to result (issue 4):
--   evaluation:            one evaluation of one person for one level, requested by an organ; its state machine is
--                          jp.clearance.vetting.entity.EvaluationState; the investigator's checklist, findings and
--                          report and the adjudicator's findings and reasons are personal data (privacy circle);
--   questionnaire_section: the person's answers, one row per section (JSON), saved and resumed in any order;
--   circumstance_change:   changes of circumstances reported by a holder (may trigger a re-evaluation; block reuse);
--   eligibility_reminder:  the expiry reminder sent for an eligibility record (once).

CREATE SEQUENCE evaluation_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE questionnaire_section_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE circumstance_change_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE evaluation (
    id                      BIGINT         NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    person_id               BIGINT         NOT NULL,
    employer_id             BIGINT         NOT NULL,
    level_code              VARCHAR(64)    NOT NULL,
    requesting_organ_id     BIGINT         NOT NULL,
    investigating_org_id    BIGINT         NOT NULL,
    scope                   VARCHAR(1000)  NOT NULL,
    state                   VARCHAR(16)    NOT NULL,
    state_changed_at        TIMESTAMP      NOT NULL,
    import_batch            VARCHAR(40),
    consent_at              TIMESTAMP,
    notice_version          INT,
    withhold_reasons        BOOLEAN        NOT NULL,
    submitted_at            TIMESTAMP,
    investigator            VARCHAR(64),
    checklist               VARCHAR(2000),
    findings                VARCHAR(16000),
    report                  VARCHAR(8000),
    correction_reason       VARCHAR(2000),
    reopened_sections       VARCHAR(1000),
    adjudicator             VARCHAR(64),
    decision_findings       VARCHAR(16000),
    decision_reasons        VARCHAR(8000),
    decided_on              DATE,
    reused_evaluation_id    BIGINT,
    previous_eligibility_id BIGINT,
    created_at              TIMESTAMP      NOT NULL,
    created_by              VARCHAR(64)    NOT NULL,
    updated_at              TIMESTAMP      NOT NULL,
    updated_by              VARCHAR(64)    NOT NULL,
    CONSTRAINT evaluation_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT evaluation_employer_fk FOREIGN KEY (employer_id) REFERENCES organization (id),
    CONSTRAINT evaluation_organ_fk FOREIGN KEY (requesting_organ_id) REFERENCES organization (id),
    CONSTRAINT evaluation_investigating_fk FOREIGN KEY (investigating_org_id) REFERENCES organization (id),
    CONSTRAINT evaluation_reused_fk FOREIGN KEY (reused_evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT evaluation_prev_eligibility_fk FOREIGN KEY (previous_eligibility_id) REFERENCES eligibility (id),
    CONSTRAINT evaluation_state_ck CHECK (state IN ('NOMINATED', 'QUESTIONNAIRE', 'REFUSED', 'WITHDRAWN', 'CANCELLED',
        'SUBMITTED', 'INVESTIGATING', 'RETURNED', 'REPORTED', 'FAVOURABLE', 'UNFAVOURABLE'))
);
CREATE INDEX evaluation_person_ix ON evaluation (person_id, state);
CREATE INDEX evaluation_organ_queue_ix ON evaluation (requesting_organ_id, state, state_changed_at);
CREATE INDEX evaluation_investigation_queue_ix ON evaluation (investigating_org_id, state, state_changed_at);
CREATE INDEX evaluation_investigator_ix ON evaluation (investigator, state);
CREATE INDEX evaluation_employer_ix ON evaluation (employer_id);
CREATE INDEX evaluation_state_ix ON evaluation (state, state_changed_at);
CREATE INDEX evaluation_reused_ix ON evaluation (reused_evaluation_id);
CREATE INDEX evaluation_prev_eligibility_ix ON evaluation (previous_eligibility_id);
CREATE INDEX evaluation_batch_ix ON evaluation (import_batch);

CREATE TABLE questionnaire_section (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    evaluation_id BIGINT         NOT NULL,
    code          VARCHAR(64)    NOT NULL,
    content       VARCHAR(30000) NOT NULL,
    complete      BOOLEAN        NOT NULL,
    created_at    TIMESTAMP      NOT NULL,
    created_by    VARCHAR(64)    NOT NULL,
    updated_at    TIMESTAMP      NOT NULL,
    updated_by    VARCHAR(64)    NOT NULL,
    CONSTRAINT questionnaire_section_eval_fk FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT questionnaire_section_uk UNIQUE (evaluation_id, code)
);

CREATE TABLE circumstance_change (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    person_id   BIGINT        NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    description VARCHAR(2000) NOT NULL,
    reported_on DATE          NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    updated_at  TIMESTAMP     NOT NULL,
    updated_by  VARCHAR(64)   NOT NULL,
    CONSTRAINT circumstance_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT circumstance_kind_ck CHECK (kind IN ('MARRIAGE', 'FAMILY_NATIONALITY', 'DEBT', 'ARREST', 'OTHER'))
);
CREATE INDEX circumstance_person_ix ON circumstance_change (person_id, reported_on);

CREATE TABLE eligibility_reminder (
    eligibility_id BIGINT NOT NULL PRIMARY KEY,
    sent_on        DATE   NOT NULL,
    CONSTRAINT eligibility_reminder_fk FOREIGN KEY (eligibility_id) REFERENCES eligibility (id)
);

-- Operational settings of the vetting module (ids 920-939): not law, so confirmed = FALSE.
INSERT INTO ref_parameter (id, version, code, act, name_ja, name_en, article, source, confirmed,
                           effective_from, effective_to, note, value_num, unit) VALUES
(920, 0, 'TRANSFER_WATCH_MONTHS', 'CESI_2024', '不同意・不適合後の配置換えを見守る期間',
 'Watch period of a transfer record after refusal, withdrawal or an unfavourable result',
 NULL, 'operational setting', FALSE, DATE '2025-05-16', NULL,
 'Operational setting of this system, not law: how long the grievance module watches a transfer for unfavourable treatment (BRIEF §3).',
 12, 'MONTHS'),
(921, 0, 'VETTING_TARGET_CONSENT_DAYS', 'CESI_2024', '同意・不同意の回答の目標日数',
 'Target for the answer to a nomination (consent or refusal)',
 NULL, 'operational setting', FALSE, DATE '2025-05-16', NULL,
 'Operational target of this system, not law: queue items older than this are marked overdue.', 14, 'DAYS'),
(922, 0, 'VETTING_TARGET_QUESTIONNAIRE_DAYS', 'CESI_2024', '質問票の提出の目標日数',
 'Target for submitting the questionnaire',
 NULL, 'operational setting', FALSE, DATE '2025-05-16', NULL,
 'Operational target of this system, not law: queue items older than this are marked overdue.', 30, 'DAYS'),
(923, 0, 'VETTING_TARGET_INVESTIGATION_DAYS', 'CESI_2024', '調査の目標日数',
 'Target for an investigation (from submission to report)',
 NULL, 'operational setting', FALSE, DATE '2025-05-16', NULL,
 'Operational target of this system, not law: queue items older than this are marked overdue.', 90, 'DAYS'),
(924, 0, 'VETTING_TARGET_ADJUDICATION_DAYS', 'CESI_2024', '評価（判定）の目標日数',
 'Target for the adjudication (from report to result)',
 NULL, 'operational setting', FALSE, DATE '2025-05-16', NULL,
 'Operational target of this system, not law: queue items older than this are marked overdue.', 30, 'DAYS'),
(925, 0, 'VETTING_TARGET_CORRECTION_DAYS', 'CESI_2024', '質問票の訂正の目標日数',
 'Target for correcting a returned questionnaire',
 NULL, 'operational setting', FALSE, DATE '2025-05-16', NULL,
 'Operational target of this system, not law: queue items older than this are marked overdue.', 14, 'DAYS'),
(926, 0, 'CONSENT_NOTICE_VERSION', 'CESI_2024', '適性評価の告知書の版',
 'Version of the notice shown before consent',
 NULL, 'operational setting', FALSE, DATE '2025-05-16', NULL,
 'The version of the notice text (what is checked, who sees it, no unfavourable treatment for refusing) recorded with each consent.',
 1, 'COUNT');
