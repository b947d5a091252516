package jp.clearance.incident.boundary;

import java.io.Serializable;

/** One count of the incident statistics: a dimension (LEVEL, CATEGORY, CHANNEL, ORGAN, OUTCOME, YEAR), a key, a count. */
public record StatisticsLine(String dimension, String key, long count) implements Serializable {
}
