-- Attachments of grievances (issue 6: "Fields: employer, what happened and when, who decided it, attachments").
-- A file added by the complainant (named: the account; anonymous: the literal marker 'ANONYMOUS', nothing that
-- identifies) or by the desk, immutable once added, with its SHA-256. The content is stored as in incident_attachment
-- (BYTEA: binary varying on PostgreSQL and H2); lists read it without the content.

CREATE SEQUENCE grievance_attachment_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE grievance_attachment (
    id           BIGINT       NOT NULL PRIMARY KEY,
    grievance_id BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      BYTEA        NOT NULL,
    added_at     TIMESTAMP    NOT NULL,
    added_by     VARCHAR(64)  NOT NULL,
    CONSTRAINT grievance_attachment_grievance_fk FOREIGN KEY (grievance_id) REFERENCES grievance (id)
);
CREATE INDEX grievance_attachment_grievance_ix ON grievance_attachment (grievance_id, added_at);
