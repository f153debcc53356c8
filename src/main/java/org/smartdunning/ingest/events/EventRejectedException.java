package org.smartdunning.ingest.events;

import java.util.List;

/** An event that breaks the contract: every problem found, nothing recorded. */
public final class EventRejectedException extends RuntimeException {
    private final transient List<FieldProblem> problems;

    public EventRejectedException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s): " + problems.get(0).field() + ": " + problems.get(0).reason());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The same problems, each field prefixed (an event's place in a batch: {@code events[3].}). */
    public EventRejectedException prefixed(String prefix) {
        return new EventRejectedException(problems.stream()
                .map(p -> new FieldProblem(prefix + p.field(), p.reason())).toList());
    }
}
