package app.makegood.domain.coach;

/**
 * PROBLEM: costs the customer's trust, fix before sending. SUGGESTION: would read better. LANGUAGE: a spelling
 * or grammar slip; listed before a letter goes out, never counted as an apology problem.
 */
public enum FindingSeverity {
    PROBLEM, SUGGESTION, LANGUAGE
}
