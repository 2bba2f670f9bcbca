package app.makegood.export.letter;

import app.makegood.domain.LetterKind;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One editable letter template: a letter kind and which of its three parts (HTML body, plain text, subject). */
public record TemplateName(LetterKind kind, Part part) {

    /** The parts of a letter, each its own template file. */
    public enum Part {
        HTML("html"), TEXT("txt"), SUBJECT("subject");

        private final String extension;

        Part(String extension) {
            this.extension = extension;
        }
    }

    public TemplateName {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(part, "part");
    }

    public static TemplateName html(LetterKind kind) {
        return new TemplateName(kind, Part.HTML);
    }

    public static TemplateName text(LetterKind kind) {
        return new TemplateName(kind, Part.TEXT);
    }

    public static TemplateName subject(LetterKind kind) {
        return new TemplateName(kind, Part.SUBJECT);
    }

    /** Every template, for a settings screen that lists them. */
    public static List<TemplateName> all() {
        return Arrays.stream(LetterKind.values())
                .flatMap(kind -> Arrays.stream(Part.values()).map(part -> new TemplateName(kind, part))).toList();
    }

    /** "apology.html.mustache": the same name in the owner's folder and among the defaults. */
    public String fileName() {
        return baseName() + "." + part.extension + ".mustache";
    }

    private String baseName() {
        return switch (kind) {
            case APOLOGY -> "apology";
            case STATUS_UPDATE -> "update";
            case FOLLOW_UP -> "followup";
        };
    }
}
