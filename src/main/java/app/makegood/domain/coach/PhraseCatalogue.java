package app.makegood.domain.coach;

import java.util.List;

import static app.makegood.domain.coach.LetterPart.ADMIT;
import static app.makegood.domain.coach.Phrase.phrase;
import static app.makegood.domain.coach.Rule.BLAME_SHIFTING;
import static app.makegood.domain.coach.Rule.CONDITIONAL_APOLOGY;
import static app.makegood.domain.coach.Rule.CORPORATE_FILLER;
import static app.makegood.domain.coach.Rule.DIFFUSED_BLAME;
import static app.makegood.domain.coach.Rule.FEELINGS_NOT_ACTS;
import static app.makegood.domain.coach.Rule.HEDGED_IMPACT;
import static app.makegood.domain.coach.Rule.INTENT_DEFENCE;
import static app.makegood.domain.coach.Rule.MISUNDERSTANDING;
import static app.makegood.domain.coach.Rule.REMEDY_NOT_HARM;
import static app.makegood.domain.coach.Rule.SELF_FOCUS;
import static app.makegood.domain.coach.Rule.TRACK_RECORD;
import static app.makegood.domain.coach.Rule.VAGUE_REFERENT;
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
            phrase(FEELINGS_NOT_ACTS, "sorry (?:that |if )?you (?:feel|felt|think|thought)|sorry for how you (?:feel|felt)")
                    .says("\"Sorry you feel\" apologises for their feelings, not for what you did; name what you did."),
            phrase(CONDITIONAL_APOLOGY, "if (?:anyone|you|anybody) (?:was|were|felt|have been|has been) "
                    + "(?:offended|upset|hurt|disappointed|inconvenienced|let down|annoyed)"),
            phrase(CONDITIONAL_APOLOGY, "to the extent that|to whatever extent|insofar as|in so far as"),

            // minimising
            phrase(MINIMISING, "any (?:inconvenience|disruption|disappointment|upset)(?: (?:this|that) may have caused)?")
                    .says("\"Any inconvenience\" shrinks what happened; name the actual harm, e.g. \"a wasted evening\"."),
            phrase(MINIMISING, "(?:apologi[sz]e|sorry|apologies) (?:in advance )?for (?:the|this|that) (?:inconvenience|disruption)")
                    .says("\"The inconvenience\" shrinks what happened; name the actual harm."),
            phrase(MINIMISING, "any (?:offen[cs]e|accidents?|concerns?|trouble|difficult(?:y|ies)|issues|problems)"
                    + "(?= (?:this|that|it|our|caused|we|you|which|may|might|to))")
                    .says("\"Any\" makes the harm sound hypothetical; name what actually happened."),
            phrase(MINIMISING, "isolated (?:incident|case|event|issue|problem)s?|(?:a )?(?:very |relatively )?small (?:number|percentage|proportion|fraction|subset|portion|group) of"
                    + "|(?:only |very )?(?:a )?few (?:active |of our )?(?:customers|users|people|guests|accounts|orders)"
                    + "|(?:very|extremely|relatively) (?:limited|modest|small|minor|brief)|tiny|not ideal|hiccups?|not everyone"
                    + "|(?:less|fewer) than (?:\\d+(?:\\.\\d+)? ?%|one percent|1 percent)|only (?:a )?temporary|in no way (?:impacts?|affects?)"
                    + "|(?:simply|merely|purely) (?:a|an)|reasonably small"),
            phrase(MINIMISING, "slight(?:ly)?|minor|minimal|negligible|a bit|a tad|hiccups?|glitch(?:es)?|blips?|teething (?:problems|issues)|a small number of|a handful of")
                    .unless("quite a bit", "a bit (?:more|extra)", "more than (?:a |an |just )?(?:blip|hiccup|glitch|minor)\\w*"),
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
            phrase(BLAME_SHIFTING, "(?:our |the |a )?(?:(?:cloud |card |payment |service |hosting |core data cent(?:er|re) |third[- ]party |external )(?:provider|processor|vendor|partner|agency)s?"
                    + "|(?:due to|because of|caused by|disrupted by) (?:the |a |an )?(?:severe |bad |heavy |extreme )?(?:weather|snow|snowfall|storms?|curfew|numerous factors|unexpected|unique combination|strike)"
                    + "|(?:severe|extreme|bad) weather|heavy snowfall|the people in the data ?cent(?:er|re)|(?:no|left with no) (?:choice|option),? but"
                    + "|unavoidable|not our (?:accident|fault|responsibility)|bears no responsibility|not (?:a|the) result of|users'? (?:failure|negligen\\w*)|negligently|failed to update their"
                    + "|(?:our )?local store|(?<!(?:we|i) ?)refused|repeatedly decline\\w*|supply[- ]chain|growing partners|to be fair|unfair|did not (?:design|anticipate|foresee)|with the foresight"
                    + "|(?:was|were) not approved by|failed catastrophically|challenges for everyone|directed (?:to|by) the authorities|as directed by|industry[- ]wide"
                    + "|(?:a |an )?(?:third[- ]party|external|outside) (?:vendor|supplier|contractor|company|service|partner|provider)s?|(?:sophisticated|malicious|criminal) (?:attack|actors?|hackers?|cyber-?attack)"
                    + "|(?:due to|because of|caused by) (?:the )?(?:pandemic|covid(?:-19)?|heatwave|storm|strikes?|supply (?:chain )?(?:issues|shortages|problems))|unforeseen (?:circumstances|events|issues)"
                    + "|(?:was|were) (?:the )?victims? of)")
                    .onlyIn(ADMIT)
                    .says("Points at someone or something else; the customer dealt with you, so say what you could have done."),
            phrase(BLAME_SHIFTING, "(?:(?:circumstances|factors|events|reasons) )?(?:beyond|outside(?: of)?) our control|out of our hands")
                    .onlyIn(ADMIT)
                    .says("\"Beyond our control\" sounds like an excuse; say what you could have done and will do."),

            // feelings, not acts: the apology goes to how they took it
            phrase(FEELINGS_NOT_ACTS, "(?:apologi[sz]e|sorry|apologies|regret)[^.!?;]{0,40}?(?:to|for) (?:anyone|anybody|all those|those of you|those|everyone|any \\w+|people) "
                    + "(?:who|that|this|it)?[^.!?;]{0,30}?(?:offend\\w*|upset|hurt|felt|take offen[cs]e|disappointed)"),
            phrase(FEELINGS_NOT_ACTS, "for (?:offending|upsetting|worrying|making (?:you|people|anyone) (?:worried|upset|feel)|causing (?:any |these |this )?(?:concerns?|confusion|offen[cs]e|upset|worry|frustration))"),
            phrase(FEELINGS_NOT_ACTS, "(?:the |any )?(?:concern|frustration|confusion|stress|anxiety|worry|offen[cs]e|upset|distress)s?(?: and (?:frustration|anxiety|concern|confusion|stress))? "
                    + "(?:(?:this|it|that|which)(?: \\w+)? )?(?:has |may have |have |will |may )?(?:caused|created|generated|creates|causes)"
                    + "|cause for (?:grave |great |serious )?concern|(?:apologi[sz]es?|sorry) for any offen[cs]e"
                    + "|(?:those|anyone|everyone|people|any \\w+)(?: of you)? who (?:was|were|felt|may have been|may be) offended"
                    + "|(?:members|people|customers|users|many|some of you) felt (?:that )?(?:we|let down|offended|hurt)"),
            phrase(FEELINGS_NOT_ACTS, "(?:many|some) (?:people|of you|members|customers|users) (?:are|were|felt|feel) (?:upset|offended|let down|hurt|that)|"
                    + "(?:my|our) (?:behaviou?r|words|comments|post|ad|advert|campaign|image) (?:has |have )?(?:upset|offended|hurt)"),

            phrase(MINIMISING, "(?:there is |there's |we have |we've )?(?:found )?no (?:evidence|indication|sign)s? (?:that|of)"
                    + "|(?:a |an )?(?:limited|small|low) (?:number|amount|subset|percentage|proportion|impact)|(?:very|extremely) (?:rare|unlikely|few)"
                    + "|(?:brief|momentary|short-lived|temporary) (?:outage|delay|disruption|interruption|issue|glitch)|(?:only|just) (?:briefly|momentarily|temporarily|partially|partly)"
                    + "|(?:a )?(?:minority|fraction) of (?:our )?(?:customers|users|accounts|orders|guests)"),
            phrase(FEELINGS_NOT_ACTS, "(?:anyone|those|people|customers|users|guests|fans|members) (?:who|that) (?:felt|feel|were|was|are|may have been) "
                    + "(?:upset|offended|hurt|let down|disappointed|frustrated|troubled|uncomfortable)"
                    + "|(?:for|about) (?:the|any) (?:frustration|disappointment|upset|distress|anger|hurt|discomfort)(?! (?:of|with) (?:the|our|your))"),

            // intent: what was meant, instead of what it did
            phrase(INTENT_DEFENCE, "(?:was|is|has been) (?:never|not) (?:our|my) (?:intent|intention|aim|goal)|(?:our|my) intent(?:ion)? (?:was|has) never"
                    + "|(?:never|not|no) (?:meant|intended|designed) to|(?:did|do) not (?:mean|intend|set out|know|realise|realize|think)|didn't (?:mean|intend|know|think|realise|realize)"
                    + "|never (?:intentionally )?(?:set out|meant|intended|wanted)|(?:no|not) (?:offen[cs]e|harm) (?:was )?(?:intended|meant)"
                    + "|(?:was|were) (?:intended|meant|designed) (?:to|as)|in no way (?:was it|were they|did we) (?:meant|intended)"
                    + "|(?:unintentional|inadvertent|accidental|unintended)(?:ly)?|in good faith|(?:was|were) not (?:aimed|directed) at"
                    + "|(?:wasn't|was not|weren't|were not) (?:even )?aware|(?:was|were) trying to|what (?:I|we) meant|as a (?:lighthearted|light-hearted|humorous|joke)"
                    + "|(?:our|the) goal (?:with|of) this|without (?:any )?(?:thought|malice)"
                    + "|(?:with )?(?:the )?(?:best|good) (?:of )?intentions?|honest mistake|meant well|(?:never|not) (?:our|my) (?:aim|purpose|plan) to"),

            // the writer's own feelings and trouble take the stage
            phrase(SELF_FOCUS, "(?:upsetting|painful|difficult|hard|heartbreaking|devastating|humbling|tough|frustrating) (?:for (?:me|us|all of us|everyone here|our team)|moment|announcement|time for (?:us|me|our team)|business)"
                    + "|(?:hard|painful|difficult) for me to|no one (?:who )?wants? this .{0,20}more than (?:I|we)|(?:I|we)'?d like (?:my|our) li(?:fe|ves) back|(?:I|we) would like (?:my|our) li(?:fe|ves) back"
                    + "|(?:my|our) (?:sadness|heart|hearts) (?:has|have|sank|is|are|goes|go)|(?:I am|I'm|we are|we're|I was|we were) (?:so |very |deeply |truly )?(?:embarrassed|heartbroken|devastated|saddened|disappointed|frustrated) (?:to|that|by|for|and)?"
                    + "|(?:impacted|affected|hurt) (?:all of )?us|a crime against|I take criticism|in frustration|I had a bad day|(?:enormous|tremendous|heroic) (?:efforts?|undertaking|employees)"
                    + "|proud to be|(?:our|my) (?:heroic|hard-working|tireless) "
                    + "|(?:I|we) (?:am|are|was|were|feel|felt|'m|'re) (?:deeply |so |very |truly |personally )?(?:saddened|heartbroken|devastated|ashamed|angry|hurt|sick)"
                    + "|(?:difficult|hard|tough|painful|challenging) (?:time|day|week|weeks|period|year|months) for (?:us|me|our (?:team|staff|company|people)|everyone here)"),

            // the record, instead of this time
            phrase(TRACK_RECORD, "(?:proud|pride|prized|prize) (?:of|ourselves|myself|in)|with pride|(?:\\d+|[a-z]+)[- ]year (?:history|foundation|record|tradition)"
                    + "|(?:over|more than) \\d+ years|(?:has|have) always (?:been|worked|put|tried|strived)|(?:we'?ve|we have) (?:never|always|built|done very well|strived|tried to be|dedicated)"
                    + "|I'?ve dedicated my life|met or exceeded|(?:above|exceed(?:s|ed)?|meet(?:s)?|met) (?:all )?(?:industry|regulatory) (?:standards|norms|requirements)|industry[- ](?:leading|standard)"
                    + "|followed (?:all )?(?:established|standard|our) (?:procedures|protocols|policies)|designed to be (?:robust|resilient|secure|safe)"
                    + "|(?:the|a) (?:leader|safest|best|most trusted) (?:in|place)|unprecedented step|(?:already|have) (?:taken|exchanged|replaced) (?:years ago|a \\d|\\d)"
                    + "|strongly committed to|we hire (?:good|the best|great)|of choice|high standards|speaks for itself|(?:this|that) is not who we are|built (?:this company|to bring)|"
                    + "(?:trust|faith) (?:you|our customers|our guests) place in us"
                    + "|(?:decades|years) of (?:experience|service|trust|safe)|since (?:1[89]|20)\\d\\d|trusted by|millions of (?:customers|users|guests|people) (?:every|each|rely|trust)"
                    + "|(?:an?|our) (?:excellent|strong|proven|outstanding|unblemished|spotless|long) (?:record|reputation|history)|best[- ]in[- ]class"),

            // the harm recast as a misunderstanding or a communication gap
            phrase(MISUNDERSTANDING, "(?:some |the |any )?(?:confusion|misunderstanding|miscommunication)s?|misinterpret\\w*|misconstru\\w*|misread|(?:was|were|been|be) perceived|perception"
                    + "|(?:didn't|did not|don't|do not) understand (?:our|my) (?:position|intent|point|message)|may have read like|the way (?:we|I) (?:announced|explained|communicated|worded)"
                    + "|(?:should have|could have|need to be|needed to be) (?:personally )?(?:given a full justification|explained|communicated|been clearer|been more clear|extra-communicative|clearer)"
                    + "|(?:the|our) (?:language|wording) (?:we use|used)|(?:be|being) (?:clearer|more precise)|what (?:these|our|the) terms (?:are|mean)"),

            // blame spread so nobody owns it
            phrase(DIFFUSED_BLAME, "(?:we|I) (?:also|all) made mistakes|mistakes (?:were made )?on (?:all|both) sides|(?:we|everyone|all of us) (?:all )?share (?:the )?(?:blame|responsibility)"
                    + "|blame to go around|as we all do|everyone (?:involved )?(?:made|makes) mistakes|collective (?:failure|responsibility)"),

            // sorry for the fix, not for the harm
            phrase(REMEDY_NOT_HARM, "(?:apologi[sz]e|sorry) in advance|(?:thank you|thanks) (?:in advance )?for your (?:co-?operation|compliance)"
                    + "|(?:these|this|the) (?:actions?|measures?|steps?|changes?|works?|recall|maintenance) (?:may |might |will )?(?:have )?caus(?:e|ed) (?:some |any )?(?:inconvenience|disruption)"),

            // the record as a span of time: "for over 20 years", "over the last five years", "founded on"
            phrase(TRACK_RECORD, "for (?:close to |over |nearly |almost |more than |well over )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|\\d+) (?:decades?|years)"
                    + "|(?:over |in )?the (?:last|past) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|few|many) (?:years|decades)|(?:was|were) founded on"
                    + "|(?:not |do not |don't |does not |doesn't )(?:represent|reflect|representative of) (?:the |our )(?:\\w+ )?(?:values|mission)|we believe in"
                    + "|(?:swiftly|quickly) and decisively")
                    .unless("(?:customer|member|client|guest|subscriber|patron|with us)s? for [^.!?]{0,25}?(?:decades?|years)"),

            // what was meant, said as a goal or an effort
            phrase(INTENT_DEFENCE, "(?:our|the|my) (?:goal|aim|intent|intention|purpose|objective) (?:was|had been|has always been)|in (?:our|an) effort to"
                    + "|(?:was|is) (?:certainly |definitely |absolutely )?(?:not|never) (?:our|my) (?:intent|intention)|(?:weren't|wasn't|were not|was not|never|not) intending"),

            // the harm recast as how it was read
            phrase(MISUNDERSTANDING, "(?:was|were|been|be|being) (?:interpreted|taken out of context)|misleading"
                    + "|(?:didn't|did not) do enough to communicate|should have (?:spoken|talked|listened|consulted) (?:with|to)"),

            // idioms that stand in for the act (labelling guide, amendment 3)
            phrase(VAGUE_REFERENT, "f[ae]ll(?:en|s)? short|miss(?:ed)? the mark|on this occasion|this kind of thing|could have improved")
                    .says("Says you fell short without saying how; name what you did wrong."),

            // the writer's character instead of this time: what "we are", what we "stand for", what you "expect" of us
            phrase(TRACK_RECORD, "(?:is|was|are|were)(?: not|n't) (?:who we are|what we stand for|(?:the|our) (?:\\w+ )?(?:quality|standard|level) of)"
                    + "|(?:not|n't|nor) (?:\\w+ )?(?:reflect|represent)s? (?:on )?(?:the|our) (?:\\w+ )?(?:quality|values|standards?|mission|culture|spirit|principles|hard work)"
                    + "|(?:against|contrary to) (?:everything|all) (?:that )?\\S+ stands? for|not in the spirit of|(?:core|central|crucial|fundamental) (?:to our|values of)"
                    + "|(?:you'?ve|you have) (?:every reason to|come to) (?:know and )?expect|come to (?:know and )?expect"
                    + "|prides? (?:itself|ourselves|themselves|myself)|passionate about|confident (?:in|that) (?:the|our|we)"
                    + "|(?:the )?best (?:\\w+ )?in the (?:business|industry|world|country)|(?:nobody|no one|no company) (?:works|cares|tries) (?:harder|more)"
                    + "|(?:an?|the) (?:industry |market |global )?leader in|industry leader|go(?:es)? to great lengths"),

            // the writer's own difficulty: "it's very difficult", "the hardest part", "it disappointed us"
            phrase(SELF_FOCUS, "(?:it'?s|it is|it was|it has been) (?:\\w+ )?(?:difficult|hard|painful|tough|heartbreaking|frustrating)(?= ?[.,;!]| for (?:me|us|all|our|everyone))"
                    + "|(?:the )?hardest (?:part|thing|moment)s?|(?:affects?|affected|disappointed|saddened|pained|hurts?) (?:me|us)(?: \\w+)? (?:directly|personally|deeply|as well|too)"
                    + "|(?:disappointed|saddened|hurt|affected) (?:us|me) (?:as well as|and)|(?:this|a|the) (?:difficult|challenging|tough|trying) (?:time|period|operating environment)(?! for\\b)"
                    + "|difficult trade-offs|frustratingly"),
            // praise of the writer's own people, in place of the reader's harm ("we are working hard to fix it" is fine)
            phrase(SELF_FOCUS, "(?:the )?hard work (?:of|that|the)|(?:amazing|incredible|heroic|tireless|dedicated|hard-working) (?:team|people|employees|staff|crews?|colleagues|professionals)"
                    + "|(?:thanks|gratitude|grateful|appreciate) (?:\\w+ ){0,4}(?:our|the|my) (?:\\w+ )?(?:team|people|employees|staff|crews?|colleagues)"),

            // outside threats described as a fact of life: the attacker takes the blame
            phrase(BLAME_SHIFTING, "(?:cyber-?)?(?:attacks?|threats?|criminals?|hackers?|attackers?|scammers?|fraudsters?|bad actors?) (?:like this |such as this )?(?:are|is) (?:\\w+ )?(?:on the rise|pervasive|sophisticated|growing|increasing|common|well-armed|everywhere)"
                    + "|pervasive threat|bad actors?|[\\p{L}]+-caused|(?:were|was|are|is) (?:largely |partly |mainly |primarily |directly |ultimately )?responsible for the"
                    + "|without (?:notifying|telling|informing|consulting) (?:us|our)")
                    .onlyIn(ADMIT),

            // scope shrunk to a part: "a subset of", "limited to", "less than two per cent"
            phrase(MINIMISING, "(?:limited|confined|restricted|isolated) to (?:only |just |a |an |the |our )"
                    + "|(?:less|fewer) than (?:\\w+ )(?:per ?cent|percent)|not (?:\\w+ )?significant|some (?:people|consumers|customers|users|guests)(?! (?:who|to|of))"),

            // the harm made brief, local or less than bad: "a brief disconnect", "at a single restaurant", "was not positive"
            phrase(MINIMISING, "(?:a|the) brief (?!update|summary|overview|note|answer|statement|description|look)[\\w-]+|short[- ](?:run|window|lived)"
                    + "|(?:at|in|on|to|from) a single|could have been (?:a bit |slightly |somewhat )?(?:more|better) \\w+|(?:was|were|is|are) not (?:very )?(?:positive|great|ideal|optimal|perfect)"
                    + "|from time to time|(?:that'?s|this is|it'?s) (?:just )?what happens|(?:these|such) things (?:can )?happen"),
            // everyone does it: the fault shared out to the whole trade
            phrase(DIFFUSED_BLAME, "(?:as with|like) (?:any|all|most|every|many|other) (?:[\\w-]+ ){0,2}(?:services?|companies|company|brands?|businesses|business|airlines?|banks?|providers?|telcos?|platforms?|organi[sz]ations?|retailers?|restaurants?)(?! (?:issue|outage|problem|incident|failure|disruption)s?\\b)"
                    + "|(?:all|every|most|many) [\\w-]+ (?:[\\w-]+ )?(?:occasionally |sometimes |inevitably |will )?(?:have|has|experience|suffer|face|make) (?:outages|problems|issues|incidents|breaches|mistakes)"),

            // the writer's stance said as a slogan, whoever says it
            phrase(CORPORATE_FILLER, "(?:is|are|am|'re|'m|remain|remains|be|being|stay) (?:\\w+ )?committed to|(?:our|my|an?|the) (?:\\w+ )?commitment (?:to (?!you)|going)"
                    + "|tak(?:e|es|en|ing) (?:[\\w-]+ ){0,3}seriously|(?:utmost|top|first|highest|number one|#1) priority"
                    + "|(?:very |extremely |so |really |most )important to (?:us|me|\\w+)|important to us|most important asset|(?:understands?|recogni[sz]es?) the importance of"
                    + "|values? (?:our|your) (?:guests|customers|clients|members|insights|feedback|input|business)|peace[- ]of[- ]mind"),

            // an event with nobody in it: "there was an outage", "there was unauthorised access"
            phrase(PASSIVE_EVASIVE, "there (?:was|were|has been|have been|had been) (?:an? |some |potential |unauthori[sz]ed |)(?:[\\w-]+ ){0,2}"
                    + "(?:outages?|access|breach(?:es)?|incidents?|disruptions?|errors?|issues?|failures?|problems?|interruptions?)"),

            // the harm with no doer: lives lost, lessons learned by nobody
            phrase(PASSIVE_EVASIVE, "(?:lost|lose) (?:their|his|her) li(?:fe|ves)|loss of (?:\\w+ )?li(?:fe|ves)|(?:there'll|there will) be lessons"
                    + "|lessons (?:will be |were |have been |to be )?learn(?:ed|t)"),

            // reassurance that shrinks: most people were fine
            phrase(MINIMISING, "(?:for )?the (?:vast )?majority of (?:our )?(?:customers|users|guests|clients|members)"),

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
            phrase(CORPORATE_FILLER, "thank you for your understanding|(?:many )?thanks for your understanding|rest assured|please be assured|we strive to|"
                    + "in due course|please do not hesitate to|please don't hesitate to"),
            phrase(CORPORATE_FILLER, "(?:our|my|the) (?:top|utmost|highest|number one|#1|first) (?:priority|value|concern)|(?:is|remains) our (?:top |utmost |highest )?priority"
                    + "|(?:our|my) priority|let me assure you|we want to assure you|(?:we|I) (?:care|value) (?:about )?(?:our|your|the)|(?:what|whom) we value the most|we love our (?:customers|guests|people)"
                    + "|(?:we are|we're|I am|I'm) (?:deeply |strongly |fully )?committed to|(?:our|an|the) ongoing commitment|our commitment to our|zero tolerance|(?:do|does) not condone|completely opposed to"
                    + "|take (?:\\w+ )?(?:very )?seriously|(?:honou?red|privileged) to (?:be|serve)|(?:have|has) (?:their|your) (?:best )?interests at heart|nothing is more important to (?:me|us)"
                    + "|(?:our|my) values|(?:I|we) (?:deeply |sincerely |greatly )?regret|(?:I|we) also emphatically|go above and beyond|it has come to our attention"
                    + "|(?:choosing|chose) us|(?:the )?trust (?:is|remains) our|(?:earn|maintain|regain) (?:that|their|our customers') trust|maintaining your trust|innovating responsibly|no ambiguity in our stance"
                    + "|(?:the )?(?:safety|security|privacy|trust|satisfaction|wellbeing|well-being) of our (?:customers|users|guests|clients|members) is|(?:of )?(?:the )?utmost importance"
                    + "|(?:out of|in) an abundance of caution|we want to reassure|please know that|we hold ourselves to|it is important to us|customer satisfaction"
                    + "|we (?:greatly |truly |sincerely )?(?:appreciate|value) your (?:patience|understanding|loyalty|business|custom|continued support)"),
            phrase(CORPORATE_FILLER, "at your earliest convenience")
                    .suggest("when you can"),

            // jargon, with an everyday word where one fits
            phrase(JARGON, "going forward").suggest("from now on"),
            phrase(JARGON, "impact(?:s|ed|ing)?(?= (?:by|all|the|our|your|their|large|each|critical|customers|users|services|systems|us|you|them|plans|trip)\\b)"
                    + "|(?:users|customers|services|accounts|everyone) impacted|(?:were|was|be|been|not) impacted|impacted")
                    .suggest("affected"),
            phrase(JARGON, "impacting").suggest("affecting"),
            phrase(JARGON, "holistic|paradigm|ecosystem|streamlin(?:e|ed|ing)|learnings|at scale|end-to-end|mission[- ]critical|key takeaways?"
                    + "|(?:additional|enhanced|robust) (?:safeguards|controls|measures|protocols)|optimi[sz](?:e|ed|ing|ation)|actionable|cadence|alignment"),
            phrase(JARGON, "best practices?|proactive(?:ly)?|mitigat(?:e|ed|ions|ing)|direct mitigations|posture|threat actors?|operational (?:interruptions?|issues?|challenges)|"
                    + "infrastructure (?:upgrade|changes?)|critical systems|widespread \\w+ degradation|root causes|communication processes|service provider|security risk"),
            phrase(JARGON, "touch base").suggest("get in touch"),
            phrase(JARGON, "circle back").suggest("come back to you"),
            phrase(JARGON, "leverag(?:e|ed|ing)").suggest("use"),
            phrase(JARGON, "root cause analysis|RCA|root cause|lessons learned|uplift"),
            phrase(JARGON, "remediat(?:e|ed|ing|ion)").suggest("fix"),
            phrase(JARGON, "escalat(?:e|ed|ing|ion)"),
            phrase(JARGON, "synerg(?:y|ies)|bandwidth|action items?|deliverables?|stakeholders?|SLAs?|downtime window|as per"),
            phrase(JARGON, "per our policy|per company policy").suggest("under our rules"));
}
