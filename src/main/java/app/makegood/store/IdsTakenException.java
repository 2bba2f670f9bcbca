package app.makegood.store;

import app.makegood.domain.Quote;

import java.util.List;

/**
 * An import refused because some of its ids belong to other incidents already stored: saving it would move a
 * customer, an update, a corrective action (with its evidence) or a file from one incident to another.
 * Nothing was written.
 */
public class IdsTakenException extends StoreException {
    /** Messages name the first few: enough to find the file's mistake. */
    static final int SHOWN = 20;

    /** One id of the file that is stored under another incident. */
    public record Taken(String kind, String id, String importedTitle, int importedIndex, String ownerTitle) {
        @Override
        public String toString() {
            return "the " + kind + " id " + id + " of " + Quote.incident(importedTitle, importedIndex)
                    + " belongs to " + Quote.storedIncident(ownerTitle);
        }
    }

    private final List<Taken> taken;

    public IdsTakenException(List<Taken> taken) {
        super(message(taken), null);
        this.taken = List.copyOf(taken);
    }

    public List<Taken> taken() {
        return taken;
    }

    private static String message(List<Taken> taken) {
        String why = " Importing would take it away from that incident, so the file was refused. If the file was"
                + " copied from this database and edited, give the copied records new ids or remove them.";
        if (taken.size() == 1) {
            String one = taken.get(0).toString();
            return Character.toUpperCase(one.charAt(0)) + one.substring(1) + " already in MakeGood." + why;
        }
        StringBuilder out = new StringBuilder(taken.size() + " ids in the file belong to other incidents already in"
                + " MakeGood:");
        taken.stream().limit(SHOWN).forEach(t -> out.append("\n- ").append(t).append('.'));
        if (taken.size() > SHOWN) {
            out.append("\n- and ").append(taken.size() - SHOWN).append(" more.");
        }
        return out.append("\n").append(why.strip()).toString();
    }
}
