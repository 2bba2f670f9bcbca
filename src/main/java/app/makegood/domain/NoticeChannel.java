package app.makegood.domain;

/** How customers were first told: the owner's own record, or what a letter that went out implies. */
public enum NoticeChannel {
    PHONE, IN_PERSON, EMAIL, LETTER, SOCIAL
}
