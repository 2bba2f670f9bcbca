package app.makegood.domain;

/** The letters a business sends about one incident, in the order it usually sends them. */
public enum LetterKind {
    /** Admit, thank, explain and make amends. */
    APOLOGY,
    /** A dated update while the incident is still open. */
    STATUS_UPDATE,
    /** The fix is in place: what changed, the evidence, thanks again. */
    FOLLOW_UP
}
