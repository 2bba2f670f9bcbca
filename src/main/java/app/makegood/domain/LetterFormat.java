package app.makegood.domain;

/** How a letter left the app. */
public enum LetterFormat {
    PDF,
    /** An email draft file for the owner's mail program. */
    EML,
    /** Sent directly over SMTP. */
    MAIL
}
