package jp.clearance.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The head of the audit chain (a single row): the last id and hash, locked while an entry is appended. */
@Entity
@Table(name = "audit_chain")
public class AuditChain {
    public static final int HEAD = 1;

    @Id
    private Integer id;

    @Column(name = "last_id", nullable = false)
    private long lastId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    public long getLastId() { return lastId; }
    public String getLastHash() { return lastHash; }

    public void advance(long newLastId, String newLastHash) {
        this.lastId = newLastId;
        this.lastHash = newLastHash;
    }
}
