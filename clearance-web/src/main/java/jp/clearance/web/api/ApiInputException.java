package jp.clearance.web.api;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * Input the API cannot take (malformed JSON, a value of the wrong type, an unknown enum value, a bad date or
 * number in a parameter): an expected failure, answered in the error shape with its own status (400, or 413 for a
 * body over the limit), logged in one line at most.
 */
public class ApiInputException extends WebApplicationException {
    private static final long serialVersionUID = 1L;

    /** One problem: the field or parameter ({@code ""} for the body itself), the message key and its arguments. */
    public record Problem(String field, String key, Object... args) {
    }

    private final int status;
    private final transient List<Problem> problems;

    public ApiInputException(int status, List<Problem> problems) {
        super(problems.get(0).key(), status);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public ApiInputException(String field, String key, Object... args) {
        this(400, List.of(new Problem(field, key, args)));
    }

    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }
}
