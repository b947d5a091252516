package jp.clearance.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.audit.entity.AuditEntry;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 1, 5, 9, 30, 15, 123_000_000);

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditHasher.GENESIS;
        for (int i = 1; i <= length; i++) {
            LocalDateTime at = T0.plusSeconds(i);
            String hash = AuditHasher.hash(prev, i, at, "admin", AuditAction.UPDATE, "Person", "7", "field " + i);
            entries.add(new AuditEntry(i, at, "admin", AuditAction.UPDATE, "Person", "7", "field " + i, prev, hash));
            prev = hash;
        }
        return entries;
    }

    private static ChainVerifier verify(List<AuditEntry> entries) {
        ChainVerifier v = new ChainVerifier();
        entries.forEach(v::accept);
        return v;
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<AuditEntry> entries = chain(5);
        ChainVerifier v = verify(entries);
        assertTrue(v.endsAt(5, entries.get(4).getHash()));
        assertEquals(5, v.checked());
        assertNull(v.firstBrokenId());
    }

    @Test
    void anAlteredFieldBreaksTheChainAtThatEntry() {
        List<AuditEntry> entries = chain(5);
        AuditEntry e = entries.get(2);
        entries.set(2, new AuditEntry(e.getId(), e.getOccurredAt(), "someone-else", e.getAction(), e.getEntityType(),
                e.getEntityId(), e.getDetail(), e.getPrevHash(), e.getHash()));
        ChainVerifier v = verify(entries);
        assertEquals(3L, v.firstBrokenId());
        assertEquals(2, v.checked());
    }

    @Test
    void aRemovedEntryIsDetected() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        assertEquals(2L, verify(entries).firstBrokenId());
    }

    @Test
    void aRecomputedEntryStillBreaksTheLinkToItsSuccessor() {
        List<AuditEntry> entries = chain(4);
        AuditEntry e = entries.get(1);
        String forged = AuditHasher.hash(e.getPrevHash(), 2, e.getOccurredAt(), "admin", AuditAction.UPDATE, "Person",
                "7", "innocent");
        entries.set(1, new AuditEntry(2, e.getOccurredAt(), "admin", AuditAction.UPDATE, "Person", "7", "innocent",
                e.getPrevHash(), forged));
        assertEquals(3L, verify(entries).firstBrokenId());
    }

    @Test
    void entriesCutFromTheEndAreDetectedAgainstTheHead() {
        List<AuditEntry> entries = chain(5);
        String headHash = entries.get(4).getHash();
        ChainVerifier v = verify(entries.subList(0, 3));
        assertFalse(v.endsAt(5, headHash));
        assertEquals(4L, v.firstBrokenId());
    }

    @Test
    void theHashCoversEveryField() {
        String base = AuditHasher.hash("a", 1, T0, "u", AuditAction.READ, "Person", "1", "purpose=x");
        assertNotEquals(base, AuditHasher.hash("a", 1, T0, "u", AuditAction.READ, "Person", "1", "purpose=y"));
        assertNotEquals(base, AuditHasher.hash("a", 1, T0.plusNanos(1_000_000), "u", AuditAction.READ, "Person", "1", "purpose=x"));
        assertNotEquals(base, AuditHasher.hash("b", 1, T0, "u", AuditAction.READ, "Person", "1", "purpose=x"));
        assertNotEquals(base, AuditHasher.hash("a", 1, T0, "u", AuditAction.READ, "Person", "2", "purpose=x"));
        assertEquals(64, base.length());
    }
}
