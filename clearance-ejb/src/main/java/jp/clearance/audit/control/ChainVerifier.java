package jp.clearance.audit.control;

import jp.clearance.audit.entity.AuditEntry;

/**
 * Walks the audit chain in id order and finds the first entry that does not hold: an id out of sequence (an
 * entry removed or inserted), a predecessor hash that does not match, or a hash that does not match the
 * entry's own fields (an entry altered).
 */
public final class ChainVerifier {
    private String previousHash = AuditHasher.GENESIS;
    private long expectedId = 1;
    private long checked;
    private Long firstBrokenId;

    /** Checks the next entry; returns false (and remembers it) at the first broken one. */
    public boolean accept(AuditEntry e) {
        if (firstBrokenId != null) {
            return false;
        }
        if (e.getId() != expectedId || !e.getPrevHash().equals(previousHash) || !AuditHasher.hash(e).equals(e.getHash())) {
            firstBrokenId = e.getId() != expectedId ? Math.min(e.getId(), expectedId) : e.getId();
            return false;
        }
        previousHash = e.getHash();
        expectedId++;
        checked++;
        return true;
    }

    /** Checks that the chain ends where its head says it does (no entry missing at the end). */
    public boolean endsAt(long headId, String headHash) {
        if (firstBrokenId == null && (expectedId - 1 != headId || !previousHash.equals(headHash))) {
            firstBrokenId = expectedId;
        }
        return firstBrokenId == null;
    }

    public long lastId() {
        return expectedId - 1;
    }

    public long checked() {
        return checked;
    }

    public Long firstBrokenId() {
        return firstBrokenId;
    }
}
