package app.makegood.cli;

import app.makegood.domain.Limits;
import app.makegood.domain.Text;
import app.makegood.domain.Validation;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.FutureValueInputs;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.PaperSize;
import app.makegood.service.BusinessFigures;
import app.makegood.store.ProfileRepository;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static app.makegood.cli.CommandLine.USER_ERROR;

/**
 * {@code makegood profile} and {@code makegood settings}: what the window's Business profile and Business figures
 * dialogs do, for scripts that write letters. Without options they print the stored values; with options they
 * change those fields, check the whole as the window does, save it through the same store and print it.
 */
final class BusinessCommands {
    private static final Map<String, String> PAPERS = Map.of("a4", "A4", "letter", "US_LETTER");
    /** Profile fields by option, each with its limit and how it is read from a profile. */
    private static final Map<String, Field> PROFILE = profileFields();

    private record Field(int limit, Function<BusinessProfile, String> get) {
    }

    private final PrintStream out;
    private final PrintStream err;

    BusinessCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void profile(ProfileRepository profiles, List<String> options) throws CommandLine.Failure {
        Map<String, String> given = CommandLine.pairs(options, PROFILE.keySet());
        BusinessProfile profile = profiles.load();
        if (!given.isEmpty()) {
            profile = changed(profile, given);
            profiles.save(profile);
            err.println("Business profile saved.");
        }
        BusinessProfile stored = profiles.load();
        PROFILE.forEach((option, field) -> printRow(option, field.get().apply(stored)));
    }

    void settings(BusinessFigures figures, List<String> options) throws CommandLine.Failure {
        Map<String, String> given = CommandLine.pairs(options,
                Set.of("--currency", "--order-value", "--orders-per-year", "--years", "--margin"));
        AmendsDefaults current = figures.load();
        if (!given.isEmpty()) {
            figures.save(changed(current, given));
            err.println("Business figures saved.");
            current = figures.load();
        }
        FutureValueInputs f = current.futureValue();
        printRow("--currency", current.currency());
        printRow("--order-value", f.averageOrderValue().toPlainString());
        printRow("--orders-per-year", f.ordersPerYear().toPlainString());
        printRow("--years", f.expectedYears().toPlainString());
        printRow("--margin", BusinessFigures.percentText(f.margin()));
    }

    /** One "name  value" line; the name is the option that sets it. Later lines of an address are indented. */
    private void printRow(String option, String value) {
        String name = option.substring(2);
        List<String> lines = value.lines().map(Text::printable).toList();
        out.printf("%-16s %s%n", name, lines.isEmpty() ? "" : lines.get(0));
        lines.stream().skip(1).forEach(l -> out.printf("%-16s %s%n", "", l));
    }

    private static BusinessProfile changed(BusinessProfile p, Map<String, String> given) throws CommandLine.Failure {
        Map<String, String> v = new LinkedHashMap<>();
        PROFILE.forEach((option, field) -> v.put(option, field.get().apply(p)));
        given.forEach((option, text) -> v.put(option, option.equals("--address")
                ? text.replace("\\n", "\n").strip() : text.strip()));
        List<String> problems = new ArrayList<>();
        PROFILE.forEach((option, field) -> {
            if (v.get(option).length() > field.limit()) {
                problems.add(option + " is longer than " + field.limit() + " characters.");
            }
        });
        // The window's rule: letters need a business name, and an email only if it is one.
        if (v.get("--name").isBlank()) {
            problems.add("--name is needed: letters are signed with the business name.");
        }
        if (!v.get("--email").isEmpty() && !Validation.isEmail(v.get("--email"))) {
            problems.add("--email " + quoted(v.get("--email")) + " is not an email address.");
        }
        String paper = PAPERS.get(v.get("--paper").toLowerCase(Locale.ROOT));
        if (paper == null) {
            problems.add("--paper is a4 or letter, not " + quoted(v.get("--paper")) + ".");
        }
        if (!problems.isEmpty()) {
            throw new CommandLine.Failure(USER_ERROR, "The business profile was not changed: "
                    + String.join(" ", problems));
        }
        return new BusinessProfile(v.get("--name"), v.get("--address"), v.get("--phone"), v.get("--email"),
                v.get("--website"), p.logo(), v.get("--signer"), v.get("--role"), v.get("--sign-off"),
                PaperSize.valueOf(paper));
    }

    private static AmendsDefaults changed(AmendsDefaults d, Map<String, String> given) throws CommandLine.Failure {
        FutureValueInputs f = d.futureValue();
        String currency = given.getOrDefault("--currency", d.currency());
        String value = given.getOrDefault("--order-value", f.averageOrderValue().toPlainString());
        String orders = given.getOrDefault("--orders-per-year", f.ordersPerYear().toPlainString());
        String years = given.getOrDefault("--years", f.expectedYears().toPlainString());
        String margin = given.getOrDefault("--margin", BusinessFigures.percentText(f.margin()));
        Optional<AmendsDefaults> parsed = BusinessFigures.parse(currency, value, orders, years, margin);
        if (parsed.isPresent()) {
            return parsed.get();
        }
        List<String> problems = new ArrayList<>();
        if (!BusinessFigures.isCurrency(BusinessFigures.currencyCode(currency))) {
            problems.add("--currency " + quoted(currency) + " is not a currency code such as EUR, GBP or USD.");
        }
        Map.of("--order-value", value, "--orders-per-year", orders, "--years", years).forEach((option, text) -> {
            if (BusinessFigures.number(text).isEmpty()) {
                problems.add(option + " " + quoted(text)
                        + " is not a number of at most two decimals, such as 12.50.");
            }
        });
        if (BusinessFigures.percent(margin).isEmpty()) {
            problems.add("--margin " + quoted(margin) + " is not a percentage from 0 to 100.");
        }
        throw new CommandLine.Failure(USER_ERROR, "The business figures were not changed: "
                + String.join(" ", problems.stream().sorted().toList()));
    }

    /** What was typed, in quotes and printable. */
    private static String quoted(String typed) {
        return "\"" + Text.quoted(typed) + "\"";
    }

    private static Map<String, Field> profileFields() {
        Map<String, Field> f = new LinkedHashMap<>();
        f.put("--name", new Field(Limits.NAME, BusinessProfile::name));
        f.put("--address", new Field(Limits.SHORT_TEXT, BusinessProfile::address));
        f.put("--phone", new Field(Limits.NAME, BusinessProfile::phone));
        f.put("--email", new Field(Limits.EMAIL, BusinessProfile::email));
        f.put("--website", new Field(Limits.NAME, BusinessProfile::website));
        f.put("--signer", new Field(Limits.NAME, BusinessProfile::signerName));
        f.put("--role", new Field(Limits.NAME, BusinessProfile::signerRole));
        f.put("--sign-off", new Field(Limits.NAME, BusinessProfile::signOff));
        f.put("--paper", new Field(Limits.NAME, p -> p.paper() == PaperSize.US_LETTER ? "letter" : "a4"));
        return Collections.unmodifiableMap(f);
    }
}
