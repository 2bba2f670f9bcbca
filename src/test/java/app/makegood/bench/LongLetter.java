package app.makegood.bench;

/** An unusually long apology (about 14,000 characters), with the slips the coach looks for, to time the checker. */
final class LongLetter {
    private static final String[] PARAGRAPHS = {
        "Dear Zoë,\n\nWe apologise for any inconvenience caused by the late delivery of your wedding flowers on "
            + "Saturday. Mistakes were made, and unfortunately the courier did not arrive at the time we had agreed "
            + "with you. I know how much that morning mattered to you and your family.",
        "I am sorry. We should have checked the booking on Friday evening, and we did not. When the van had not "
            + "left by nine o'clock, nobody in the shop rang you to say so, which left you waiting without news. "
            + "That part is entirely our fault, whatever happened on the road.",
        "Thank you for writing to us so clearly and so quickly. Your message meant we could call the other two "
            + "couples who had flowers booked for the same afternoon, and both of their deliveries arrived early "
            + "because of it.",
        "Here is what happened. Bookings reach us by email and are copied by hand into the courier's website. "
            + "Your booking was copied with the wrong date, so the courier planned it for Sunday. Circumstances "
            + "beyond our control made it worse, as the roads were closed for the market.",
        "What we are changing: from the first of next month, bookings go straight from our shop system to the "
            + "courier, so nobody copies a date by hand again. Maria will check every wedding booking on the "
            + "Thursday before, and we will ring you the day before to confirm the time.",
        "To make it good, we have refunded the full price of the flowers, £185.00, to your card today; you should "
            + "see it within five working days. We would also like to make the table flowers for your first "
            + "anniversary, at no cost, if you will let us.",
        "If anything in this letter is not right, or you would like to talk it through, please ring me directly "
            + "on 01548 555 010. I will write again by Friday the 28th to tell you that the new booking system is "
            + "running."};
    private static final int COPIES = 8;

    private LongLetter() {
    }

    static String text() {
        String once = String.join("\n\n", PARAGRAPHS);
        return (once + "\n\n").repeat(COPIES) + "Warm regards,\nMaria Lopes";
    }
}
