package jp.clearance.audit.boundary;

import java.io.Serializable;

/** The result of verifying the audit chain: how many entries were checked and the first that is broken, if any. */
public record ChainVerification(boolean intact, long checked, Long firstBrokenId) implements Serializable {
}
