package app.makegood.domain.coach;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.makegood.domain.coach.Phrase.compile;

/** What each part must contain: the patterns behind the MISSING_* and AMENDS_WITHOUT_VALUE rules. */
final class PartChecks {
    private PartChecks() {
    }

    /** A first-person apology. "Sorry, we..." alone is not enough: the point is owning it. */
    static final Pattern APOLOGY = compile(
            "(?:i'm|im|i am|i was|we're|we are|we were)"
                    + " (?:(?:so|very|truly|really|deeply|genuinely|sincerely|terribly|extremely|awfully|incredibly) )*sorry"
                    + "|(?:i|we)(?: \\w+ly)? apologi[sz]e"
                    + "|(?:i|we)(?: would|'d)? (?:like|want|wanted) to (?:apologi[sz]e|say sorry)"
                    + "|(?:my|our)(?: (?:sincere|sincerest|deepest|heartfelt|honest|humble|unreserved))? apologies"
                    + "|please accept (?:my|our)(?: \\w+)? apolog(?:y|ies)");

    /** Any apology word: enough to make a sentence one whose "but" qualifies it. */
    static final Pattern APOLOGY_WORD = compile("sorry|apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies)");

    static final Pattern THANKS = compile("thank(?:s|ful)?|grateful|gratitude|appreciat(?:e|ed|es|ion)");

    /**
     * A concrete step in the first person: "we have replaced", "I'll call", "we are rebuilding", "we now check",
     * or a plain past "we refunded". Feelings and vague intentions ("we are sorry", "we will try") do not count.
     */
    static final Pattern ACTION = compile(
            "(?:we|i)(?:'ve|'re|'ll|'m| have| are| will| am| shall)(?: (?:now|already|also|just|since|personally|then))*"
                    + " (?!(?:sorry|aware|afraid|happy|glad|sure|unable|not|no|never|a|an|the|been|be|very|so|still|"
                    + "looking|trying|try|hoping|hope|keen|committed|determined|working on it|doing our best|do our best)\\b)"
                    + "\\p{L}{3,}"
                    + "|(?:we|i)(?: (?:now|also|then|have since))? (?:check|checks|replaced|refunded|fixed|changed|sent|added|"
                    + "called|rebuilt|reprinted|updated|trained|rang|emailed|posted|repaired|credited|cancelled|rebooked|"
                    + "moved|switched|tested|installed|removed|corrected)");

    /** A date or time the customer can hold you to. Plain "May" is skipped: it is usually "may have". */
    static final Pattern WHEN = compile(
            "(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|noon|midday|midnight"
                    + "|(?:january|february|march|april|june|july|august|september|october|november|december)"
                    + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec) \\d{1,2}(?:st|nd|rd|th)?"
                    + "|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*"
                    + "|this (?:morning|afternoon|evening|week|weekend|month)|next (?:week|month|\\p{L}+day)"
                    + "|\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm)|\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?"
                    + "|(?:in|within) (?:a|an|one|two|three|four|five|\\d+) (?:working )?(?:hours?|days?|weeks?)"
                    + "|by the end of (?:the )?(?:day|week|month)");

    /** Something changed so it will not happen again. */
    static final Pattern PREVENTION = compile(
            "so (?:that )?(?:it|this) (?:does not|doesn't|won't|will not|cannot|can't|never) happen again"
                    + "|prevent(?:s|ed|ing)?|from now on|in future|in the future|never again|going forward"
                    + "|(?:we|i) now|(?:we|i)(?: have|'ve)?(?: now| also)? (?:changed|added|introduced|installed|trained|updated|"
                    + "replaced|set up|started|switched|moved|built|rebuilt|rewrote|rewritten|automated|put in)");

    static final Pattern OFFER = compile(
            "offer(?:ed|ing|s)?|refund(?:ed|ing|s)?|credit(?:ed)?|vouchers?|discount(?:ed|s)?|gift cards?"
                    + "|compensat(?:e|ion)|goodwill|money back");

    /** An amount or a concrete thing: "£10", "20%", "a full refund", "a free replacement". */
    static final Pattern VALUE = compile(
            "[£$€¥] ?\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)? ?(?:%|percent|per cent|pounds?|dollars?|euros?|gbp|usd|eur)"
                    + "|(?:full|complete|entire|whole) (?:refund|price|amount|cost)|in full|(?:half|double)-price|half price"
                    + "|free (?!of\\b|to\\b)\\p{L}+|complimentary \\p{L}+|on (?:us|the house)|replacement");

    static boolean has(Pattern p, String normalised) {
        return p.matcher(normalised).find();
    }

    /** The first offer word, so an AMENDS_WITHOUT_VALUE finding can point at it. */
    static Optional<int[]> firstOffer(String normalised) {
        Matcher m = OFFER.matcher(normalised);
        return m.find() ? Optional.of(new int[] {m.start(), m.end()}) : Optional.empty();
    }
}
