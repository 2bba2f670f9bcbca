package app.makegood.domain.coach;

import java.util.List;
import java.util.Set;

/**
 * What a language engine tells the coach about a text: its sentences as tagged words, and its spelling and
 * grammar slips. The coach's grammar-aware rules (passive voice, hedged impact, vague referents) read the tags;
 * the proofreading becomes findings of its own kind. Implemented outside the domain (LanguageTool);
 * {@link #NONE} is the stand-in while the engine loads, so the phrase rules still answer at once.
 */
public interface Grammar {
    Grammar NONE = new Grammar() {
        @Override
        public List<Token> tag(String text) {
            return List.of();
        }

        @Override
        public List<Proofreading> proofread(String text, Set<String> names) {
            return List.of();
        }
    };

    /** Every word and punctuation mark of {@code text} with its readings; offsets index {@code text}. */
    List<Token> tag(String text);

    /**
     * Spelling and grammar slips in {@code text}. A spelling slip that is one of {@code names} (the business's,
     * the signer's and the customers' names, word by word, any case) is a name, not a typo, and is left out.
     */
    List<Proofreading> proofread(String text, Set<String> names);

    /** True once a real engine answers; false for {@link #NONE}. */
    default boolean isReady() {
        return this != NONE;
    }
}
