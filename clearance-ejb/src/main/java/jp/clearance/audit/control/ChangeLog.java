package jp.clearance.audit.control;

import java.util.Objects;
import java.util.StringJoiner;

/** Builds the detail of an audit entry: the fields a change touched, with old and new values. */
public final class ChangeLog {
    private final StringJoiner joiner = new StringJoiner("; ");

    public static ChangeLog create() {
        return new ChangeLog();
    }

    /** Records a field of a new record. */
    public ChangeLog set(String field, Object value) {
        if (value != null) {
            joiner.add(field + "=" + value);
        }
        return this;
    }

    /** Records a field only if it changed. */
    public ChangeLog diff(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            joiner.add(field + ": " + before + " -> " + after);
        }
        return this;
    }

    /** Records that a field of personal data changed, without copying its values into the audit trail. */
    public ChangeLog touched(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            joiner.add(field + " changed");
        }
        return this;
    }

    public boolean isEmpty() {
        return joiner.length() == 0;
    }

    @Override
    public String toString() {
        return joiner.toString();
    }
}
