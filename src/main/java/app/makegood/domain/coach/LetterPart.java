package app.makegood.domain.coach;

/** The parts of an apology letter the owner writes, in letter order; WHOLE marks a letter-wide finding. */
public enum LetterPart {
    ADMIT, THANK, EXPLAIN, AMENDS, FOLLOW_UP, WHOLE
}
