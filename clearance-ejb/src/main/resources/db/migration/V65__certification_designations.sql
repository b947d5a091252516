-- The designations a certification's contract covers: information may be provided to the entity only for these.
CREATE TABLE certification_designation (
    certification_id BIGINT NOT NULL,
    designation_id   BIGINT NOT NULL,
    CONSTRAINT certification_designation_pk PRIMARY KEY (certification_id, designation_id),
    CONSTRAINT certification_designation_cert_fk FOREIGN KEY (certification_id) REFERENCES certification (id),
    CONSTRAINT certification_designation_desig_fk FOREIGN KEY (designation_id) REFERENCES designation (id)
);
CREATE INDEX certification_designation_desig_ix ON certification_designation (designation_id);
