package jp.clearance.vetting.entity;

/**
 * Fired (synchronously, in the changing transaction) when an evaluation moves to another state or a re-evaluation is
 * opened. The handler registers observe it: an unfavourable decision, a withdrawal of consent, a refused or open
 * re-evaluation of a governing organ can end a person's access at once.
 */
public record EvaluationChanged(long evaluationId, long personId, EvaluationState state) {
}
