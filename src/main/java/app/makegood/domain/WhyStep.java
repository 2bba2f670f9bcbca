package app.makegood.domain;

/** One "why?" of the five-whys chain: the question asked and the answer found. */
public record WhyStep(String question, String answer, boolean rootCause) {
    public WhyStep {
        question = Text.orEmpty(question);
        answer = Text.orEmpty(answer);
    }
}
