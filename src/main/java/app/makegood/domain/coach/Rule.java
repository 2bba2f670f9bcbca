package app.makegood.domain.coach;

/** What the coach checks, with how serious it is and the default one-line reason shown to the owner. */
public enum Rule {
    QUALIFIED_APOLOGY(FindingSeverity.PROBLEM,
            "A \"but\" after sorry cancels the apology: the customer only hears the excuse."),
    CONDITIONAL_APOLOGY(FindingSeverity.PROBLEM,
            "\"Sorry if\" doubts that anything went wrong; say what did go wrong."),
    MINIMISING(FindingSeverity.PROBLEM,
            "Makes the harm sound small; the customer decides how big it was."),
    PASSIVE_EVASIVE(FindingSeverity.PROBLEM,
            "Says it happened without saying who did it; name yourself as the one who got it wrong."),
    BLAME_SHIFTING(FindingSeverity.PROBLEM,
            "Points at someone else; the customer dealt with you, so own it."),
    CORPORATE_FILLER(FindingSeverity.SUGGESTION,
            "Stock phrase that reads like a form letter; say it in your own words."),
    MISSING_APOLOGY(FindingSeverity.PROBLEM,
            "There is no apology in your own voice, such as \"I'm sorry\" or \"we apologise\"."),
    MISSING_THANKS(FindingSeverity.SUGGESTION,
            "You don't thank them; thank them for telling you, for their patience or for being a customer."),
    MISSING_ACTION(FindingSeverity.PROBLEM,
            "The explanation doesn't say what you are doing and when, so they can't tell anything will change."),
    MISSING_PREVENTION(FindingSeverity.PROBLEM,
            "It is fixed, but you don't say what you changed so it won't happen again."),
    AMENDS_WITHOUT_VALUE(FindingSeverity.PROBLEM,
            "An offer without an amount or a concrete thing sounds like a vague promise."),
    LONG_SENTENCE(FindingSeverity.SUGGESTION,
            "Over 30 words: a long sentence is hard to follow, split it."),
    LOW_READABILITY(FindingSeverity.SUGGESTION,
            "The letter is hard to read; use shorter sentences and everyday words."),
    JARGON(FindingSeverity.SUGGESTION,
            "Business jargon puts distance between you and the customer; use an everyday word."),
    BLAMES_A_PERSON(FindingSeverity.SUGGESTION,
            "Names a person as the cause. Ask what let it happen instead: what should have reminded, checked "
                    + "or stopped it? (\"Nothing reminded anyone to…\")");

    private final FindingSeverity severity;
    private final String message;

    Rule(FindingSeverity severity, String message) {
        this.severity = severity;
        this.message = message;
    }

    public FindingSeverity severity() {
        return severity;
    }

    /** The default reason; a phrase can give a more specific one. */
    public String message() {
        return message;
    }
}
