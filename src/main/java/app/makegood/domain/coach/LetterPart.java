package app.makegood.domain.coach;

/**
 * The texts the coach reads: the parts of an apology letter in letter order, WHOLE for a letter-wide finding,
 * and WHY_ANSWER for an answer in the five-whys analysis (checked for blame, not for apology wording).
 */
public enum LetterPart {
    ADMIT, THANK, EXPLAIN, AMENDS, FOLLOW_UP, WHOLE, WHY_ANSWER
}
