package app.makegood.domain.coach;

/** PROBLEM: costs the customer's trust, fix before sending. SUGGESTION: would read better. */
public enum FindingSeverity {
    PROBLEM, SUGGESTION
}
