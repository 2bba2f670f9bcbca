package app.makegood.domain.coach;

import java.util.List;

import static app.makegood.domain.coach.LetterPart.ADMIT;
import static app.makegood.domain.coach.Phrase.phrase;
import static app.makegood.domain.coach.Rule.BLAME_SHIFTING;
import static app.makegood.domain.coach.Rule.CONDITIONAL_APOLOGY;
import static app.makegood.domain.coach.Rule.CORPORATE_FILLER;
import static app.makegood.domain.coach.Rule.JARGON;
import static app.makegood.domain.coach.Rule.MINIMISING;
import static app.makegood.domain.coach.Rule.PASSIVE_EVASIVE;
import static app.makegood.domain.coach.Rule.QUALIFIED_APOLOGY;

/**
 * The phrases the coach flags, as data. Within a rule, longer phrases come first: when two matches of the
 * same rule overlap, the first one listed wins. Each exception names an innocent use that must stay quiet;
 * every one of them has a line in the test corpus.
 */
final class PhraseCatalogue {
    private PhraseCatalogue() {
    }

    private static final String END_AT_STOP =
            "Drop it and end the apology at the full stop; give the reason in its own sentence, not as an excuse.";

    static final List<Phrase> QUALIFIERS = List.of(
            phrase(QUALIFIED_APOLOGY, "having said that|that said|that being said|nevertheless|nonetheless|even so")
                    .afterApology().says(END_AT_STOP).suggest(""),
            phrase(QUALIFIED_APOLOGY, "even though|although|though")
                    .unless("as though").afterApology().says(END_AT_STOP).suggest(""),
            phrase(QUALIFIED_APOLOGY, "but")
                    .unless("not (?:only|just|merely|simply)[^.!?;]*?but", "but also",
                            "(?:anything|nothing|all|everything|none|help) but", "but for (?:you|your)",
                            "last but not least")
                    .afterApology().says(END_AT_STOP).suggest(""),
            // "however you prefer", "however long it takes": however as "in whatever way / to whatever degree"
            phrase(QUALIFIED_APOLOGY, "however")
                    .unless("however (?:much|many|long|often|far|hard|small|large|little|big|bad|soon|quickly)",
                            "however (?:you|they) (?:prefer|like|want|wish|choose|need|would like|'d like)",
                            "however (?:suits|works|is easiest|is best)")
                    .afterApology().says(END_AT_STOP).suggest(""),
            // "not yet", "arrived yet", "yet again": only a clause-opening "yet" contrasts
            phrase(QUALIFIED_APOLOGY, "yet")
                    .unless("(?!and\\b)[\\p{L}']+ yet", "yet (?:again|another|more)")
                    .afterApology().says(END_AT_STOP).suggest(""));

    static final List<Phrase> PHRASES = List.of(
            // conditional
            phrase(CONDITIONAL_APOLOGY, "(?<verb>sorry|apologi[sz]e) if")
                    .suggest("${verb} that"),
            phrase(CONDITIONAL_APOLOGY, "apologies if"),
            phrase(CONDITIONAL_APOLOGY, "sorry (?:that )?you (?:feel|felt|think|thought)|sorry for how you (?:feel|felt)")
                    .says("\"Sorry you feel\" apologises for their feelings, not for what you did; name what you did."),
            phrase(CONDITIONAL_APOLOGY, "if (?:anyone|you|anybody) (?:was|were|felt|have been|has been) "
                    + "(?:offended|upset|hurt|disappointed|inconvenienced|let down|annoyed)"),
            phrase(CONDITIONAL_APOLOGY, "to the extent that|to whatever extent|insofar as|in so far as"),

            // minimising
            phrase(MINIMISING, "any (?:inconvenience|disruption|disappointment|upset)(?: (?:this|that) may have caused)?")
                    .says("\"Any inconvenience\" shrinks what happened; name the actual harm, e.g. \"a wasted evening\"."),
            phrase(MINIMISING, "(?:may|might) have (?:caused|been|experienced|had|resulted|affected)")
                    .says("\"May have\" doubts what you know happened; say that it did."),
            phrase(MINIMISING, "slight(?:ly)?|minor|minimal|negligible|a bit|a tad|hiccups?|glitch(?:es)?|blips?|teething (?:problems|issues)|a small number of|a handful of")
                    .unless("quite a bit", "a bit (?:more|extra)"),
            phrase(MINIMISING, "a little (?:late|delayed|slow|longer|behind|off|confusing|frustrating|inconvenient)"),
            phrase(MINIMISING, "just (?:a|an|one)")
                    .unless("not just (?:a|an|one)", "just (?:a|one) (?:note|reminder|quick|line|heads-up)"),
            // "only" shrinks harm before an amount or a how-bad word; "the only thing", "only we can" are innocent
            phrase(MINIMISING, "only(?= (?:a (?:few|little|handful|couple|small|minor|slight|tiny|short|single|day|week|minute|hour|moment|bit|fraction)"
                    + "|an? hour|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|some|slightly|briefly"
                    + "|partly|partially|minutes?|hours?|days?|late|delayed|affected|minor|small|cosmetic|temporar(?:y|ily)"
                    + "|lasted|happened|took|been|was|were|cost|slightly)\\b"
                    + "| (?:about|around) (?=\\d|an? |one\\b|two\\b|three\\b|few\\b))")
                    .unless("not only", "if only"),

            // passive evasion: a curated list, each with no one doing the deed
            phrase(PASSIVE_EVASIVE, "(?<what>mistakes|errors) (?:were|have been|had been) made")
                    .suggest("we made ${what}"),
            phrase(PASSIVE_EVASIVE, "(?:an?|the|some) (?:issue|error|problem|incident|mistake|fault|glitch|oversight|technical issue)s? "
                    + "(?:occurred|arose|happened|took place|has occurred|has arisen|was experienced|was encountered|was identified)"),
            phrase(PASSIVE_EVASIVE, "(?:errors|issues|problems|difficulties|delays) (?:were|have been|had been) "
                    + "(?:experienced|encountered|identified|observed|seen)"),
            phrase(PASSIVE_EVASIVE, "it (?:was|has been) decided"),
            phrase(PASSIVE_EVASIVE, "(?<det>the|your) (?<noun>order|parcel|package|delivery|booking|reservation|payment|refund|item|"
                    + "shipment|appointment|invoice|request|email|table|ticket|prescription|repair)s? (?:was|were|has been|had been|got) "
                    + "(?<verb>delayed|lost|damaged|cancelled|canceled|missed|mislaid|misplaced|overlooked|mishandled|mislabell?ed|"
                    + "overcharged|double-booked)")
                    .unless("(?:the|your) \\w+ (?:was|were|has been|had been|got) \\w+(?:-\\w+)? by (?:us|me|our|my)")
                    .suggest("we ${verb} ${det} ${noun}"),
            phrase(PASSIVE_EVASIVE, "(?:the )?wrong (?<noun>item|size|colou?r|order|product|address|parcel|dish|part)s? (?:was|were) "
                    + "(?<verb>sent|delivered|dispatched|shipped|used|given|served|fitted|charged)")
                    .suggest("we ${verb} the wrong ${noun}"),
            phrase(PASSIVE_EVASIVE, "you (?:were|have been|got) (?<verb>charged|billed|overcharged|double-charged)")
                    .suggest("we ${verb} you"),

            // blame shifting: at the customer, anywhere
            phrase(BLAME_SHIFTING, "(?:as |because |since )?you (?:failed to|forgot to|neglected to|omitted to|misread|ignored)")
                    .says("Blaming the customer tells them the problem is them; say what you will do instead."),
            phrase(BLAME_SHIFTING, "you should have")
                    .unless("you should have (?:received|got|gotten|had|been|heard|seen)")
                    .says("Blaming the customer tells them the problem is them; say what you will do instead."),
            phrase(BLAME_SHIFTING, "you (?:did not|didn't)")
                    .unless("you (?:did not|didn't) (?:receive|get|deserve|hear|expect|need|have to|order|ask|want|see)")
                    .says("Blaming the customer tells them the problem is them; say what you will do instead."),
            phrase(BLAME_SHIFTING, "you (?:entered|typed|gave us|provided|selected|chose|picked|used) (?:the|a|an) (?:wrong|incorrect|invalid)")
                    .says("Blaming the customer tells them the problem is them; say what you will do instead."),
            phrase(BLAME_SHIFTING, "your (?:failure|mistake|error|fault)|user error|(?:on|at) your (?:end|side)")
                    .unless("not your (?:mistake|error|fault)", "no (?:mistake|error|fault) of your")
                    .says("Blaming the customer tells them the problem is them; say what you will do instead."),
            // blame shifting: at a supplier, courier or fate, only where it would excuse the apology
            phrase(BLAME_SHIFTING, "(?:the|our) (?:courier|carrier|supplier|delivery company|delivery partner|postal service|"
                    + "post office|manufacturer|payment provider|bank|wholesaler)s?"
                    + "(?= (?:lost|failed|damaged|broke|mislaid|misplaced|left|dropped|sent|messed|missed|let|forgot|"
                    + "was|were|did not|didn't|never|had|delivered late)\\b)")
                    .onlyIn(ADMIT),
            phrase(BLAME_SHIFTING, "(?:royal mail|dpd|ups|fedex|dhl|usps|evri|hermes|parcelforce|yodel)"
                    + "(?= (?:lost|failed|damaged|broke|mislaid|left|dropped|missed|was|were|did not|didn't|never)\\b)")
                    .onlyIn(ADMIT),
            phrase(BLAME_SHIFTING, "(?:due to|because of|caused by|owing to) (?:the|our|a) (?:courier|carrier|supplier|delivery company|"
                    + "delivery partner|postal service|manufacturer|payment provider|bank|wholesaler)s?")
                    .onlyIn(ADMIT),
            phrase(BLAME_SHIFTING, "(?:courier|carrier|supplier|postal|shipping|delivery partner) (?:error|delays?|issues?|problems?|failure|strike)s?")
                    .onlyIn(ADMIT),
            phrase(BLAME_SHIFTING, "(?:(?:circumstances|factors|events|reasons) )?(?:beyond|outside(?: of)?) our control|out of our hands")
                    .onlyIn(ADMIT)
                    .says("\"Beyond our control\" sounds like an excuse; say what you could have done and will do."),

            // corporate filler
            phrase(CORPORATE_FILLER, "we take (?:this|these|your|all|such|it)(?: \\w+)? (?:very |extremely |really |most )?seriously")
                    .says("Everyone says they take it seriously; show it by saying what you did."),
            phrase(CORPORATE_FILLER, "valued (?<who>customer|client|guest|member|patron)s?")
                    .suggest("${who}"),
            phrase(CORPORATE_FILLER, "we (?:deeply |sincerely |greatly )?regret"),
            phrase(CORPORATE_FILLER, "at this (?:point in )?time")
                    .unless("at this time of")
                    .suggest("now"),
            phrase(CORPORATE_FILLER, "please be advised(?: that)?")
                    .suggest(""),
            phrase(CORPORATE_FILLER, "we apologi[sz]e for any")
                    .suggest("we're sorry for the"),
            phrase(CORPORATE_FILLER, "your (?:call|business|custom|satisfaction|feedback) is (?:very |extremely )?important(?: to us)?"),
            phrase(CORPORATE_FILLER, "thank you for your understanding|rest assured|we strive to|we pride ourselves|"
                    + "in due course|please do not hesitate to|please don't hesitate to"),
            phrase(CORPORATE_FILLER, "at your earliest convenience")
                    .suggest("when you can"),

            // jargon, with an everyday word where one fits
            phrase(JARGON, "going forward").suggest("from now on"),
            phrase(JARGON, "touch base").suggest("get in touch"),
            phrase(JARGON, "circle back").suggest("come back to you"),
            phrase(JARGON, "leverag(?:e|ed|ing)").suggest("use"),
            phrase(JARGON, "root cause analysis|RCA"),
            phrase(JARGON, "remediat(?:e|ed|ion)").suggest("fix"),
            phrase(JARGON, "escalat(?:e|ed|ing|ion)"),
            phrase(JARGON, "synerg(?:y|ies)|bandwidth|action items?|deliverables?|stakeholders?|SLAs?|downtime window|as per"),
            phrase(JARGON, "per our policy|per company policy").suggest("under our rules"));
}
