package app.makegood.export;

import app.makegood.domain.AffectedCustomer;

import java.util.List;

/** The customers read from a table and the rows that could not be read; one bad row never stops the rest. */
public record ImportResult(List<AffectedCustomer> customers, List<RowProblem> problems) {

    public ImportResult {
        customers = List.copyOf(customers);
        problems = List.copyOf(problems);
    }
}
