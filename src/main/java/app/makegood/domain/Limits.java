package app.makegood.domain;

/** Length limits for user text, so one paste cannot bloat the database or a letter. */
public final class Limits {
    public static final int TITLE = 200;
    public static final int NAME = 200;
    public static final int EMAIL = 254;
    public static final int SHORT_TEXT = 500;
    public static final int LONG_TEXT = 20_000;
    public static final int MAX_CUSTOMERS = 10_000;
    /** A supporting link's address: as long as browsers and wikis handle comfortably. */
    public static final int URL = 2_000;
    /** Contributing factors and supporting links of one postmortem. */
    public static final int MAX_POSTMORTEM_ROWS = 100;

    private Limits() {
    }
}
