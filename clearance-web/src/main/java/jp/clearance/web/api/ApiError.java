package jp.clearance.web.api;

import java.util.List;

/** An error answer: the message key, the message in the caller's language, and per-field problems. */
public record ApiError(String key, String message, List<String> violations) {
}
