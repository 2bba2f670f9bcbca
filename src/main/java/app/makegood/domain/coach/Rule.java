package app.makegood.domain.coach;

/** What the coach checks, with how serious it is and the default one-line reason shown to the owner. */
public enum Rule {
    QUALIFIED_APOLOGY(FindingSeverity.PROBLEM,
            "A \"but\" after sorry cancels the apology: the customer only hears the excuse."),
    CONDITIONAL_APOLOGY(FindingSeverity.PROBLEM,
            "\"Sorry if\" doubts that anything went wrong; say what did go wrong."),
    FEELINGS_NOT_ACTS(FindingSeverity.PROBLEM,
            "Apologises for how they feel, not for what you did; name what you did and say sorry for that."),
    INTENT_DEFENCE(FindingSeverity.PROBLEM,
            "What you meant doesn't undo what happened; drop the defence and own the result."),
    VAGUE_REFERENT(FindingSeverity.PROBLEM,
            "Never says what went wrong; name it, e.g. \"for sending your order to the wrong address\"."),
    HEDGED_IMPACT(FindingSeverity.PROBLEM,
            "\"May have\" doubts what you know happened; say plainly what it did to them."),
    MINIMISING(FindingSeverity.PROBLEM,
            "Makes the harm sound small; the customer decides how big it was."),
    PASSIVE_EVASIVE(FindingSeverity.PROBLEM,
            "Says it happened without saying who did it; name yourself as the one who got it wrong."),
    BLAME_SHIFTING(FindingSeverity.PROBLEM,
            "Points at someone or something else; the customer dealt with you, so own it."),
    SELF_FOCUS(FindingSeverity.PROBLEM,
            "Turns the letter to how you feel; keep it on what happened to them."),
    TRACK_RECORD(FindingSeverity.PROBLEM,
            "Defends your record in the apology; the customer only cares about this time."),
    MISUNDERSTANDING(FindingSeverity.PROBLEM,
            "Calls the harm a misunderstanding or a communication problem; say what actually went wrong."),
    DIFFUSED_BLAME(FindingSeverity.PROBLEM,
            "Spreads the blame around; own your part without sharing it out."),
    REMEDY_NOT_HARM(FindingSeverity.PROBLEM,
            "Apologises for the fix, not for the harm; say sorry for what went wrong first."),
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
                    + "or stopped it? (\"Nothing reminded anyone to…\")"),
    SPELLING(FindingSeverity.LANGUAGE,
            "Possible spelling mistake."),
    GRAMMAR(FindingSeverity.LANGUAGE,
            "Possible grammar mistake.");

    private final FindingSeverity severity;
    private final String message;

    Rule(FindingSeverity severity, String message) {
        this.severity = severity;
        this.message = message;
    }

    public FindingSeverity severity() {
        return severity;
    }

    /** "spelling" and "grammar" for the proofreading, "apology" for everything the coach itself checks. */
    public String kind() {
        return switch (this) {
            case SPELLING -> "spelling";
            case GRAMMAR -> "grammar";
            default -> "apology";
        };
    }

    /** The default reason; a phrase can give a more specific one. */
    public String message() {
        return message;
    }
}
