package app.makegood.domain.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the five whys blameless: an answer that names a person as the cause ("Tom forgot", "she didn't
 * check", "human error") gets a nudge to name the process that let it happen. People slip; the fix is the
 * reminder, check or guard that was missing.
 */
public final class BlamelessCheck {
    private static final String SLIPS = "forgot|forgets|didn't|did not|failed to|fails to|missed|ignored|"
            + "messed up|overslept|dropped|neglected|wasn't paying attention|was not paying attention|"
            + "was careless|was lazy|was late|was rushing|should have known|should have checked";
    /** A name or a pronoun, then a slip: "Tom forgot", "she didn't". */
    private static final Pattern PERSON_SLIPPED = Pattern.compile(
            "\\b(\\p{Lu}\\p{Ll}+|[Hh]e|[Ss]he|[Tt]hey|[Hh]im|[Hh]er)\\s+(?:" + SLIPS + ")\\b");
    private static final Pattern FAULT = Pattern.compile(
            "(?i)\\b(?:human error|(?:his|her|their) (?:fault|mistake|error)|careless(?:ness)?|incompeten(?:t|ce)|"
                    + "lazy|laziness|the new (?:guy|girl|person|hire))\\b");
    /** Capitalised words that start a sentence but are not people. */
    private static final Set<String> NOT_PEOPLE = Set.of("The", "It", "We", "Our", "Nobody", "No", "Nothing",
            "Everyone", "Everybody", "This", "That", "There", "Staff", "Someone", "Somebody", "I", "Which",
            "System", "Software", "Courier", "Supplier");

    private BlamelessCheck() {
    }

    /** Findings on one answer of the five whys; empty when it names a process, not a person. */
    public static List<Finding> check(String answer) {
        String text = answer == null ? "" : answer;
        List<Finding> out = new ArrayList<>();
        Matcher slip = PERSON_SLIPPED.matcher(text);
        while (slip.find()) {
            if (!NOT_PEOPLE.contains(slip.group(1))) {
                out.add(finding(text, slip.start(), slip.end()));
            }
        }
        Matcher fault = FAULT.matcher(text);
        while (fault.find()) {
            out.add(finding(text, fault.start(), fault.end()));
        }
        return out;
    }

    private static Finding finding(String text, int start, int end) {
        return new Finding(Rule.BLAMES_A_PERSON, Rule.BLAMES_A_PERSON.severity(), LetterPart.WHY_ANSWER, start, end,
                text.substring(start, end), Rule.BLAMES_A_PERSON.message(), Optional.empty());
    }
}
