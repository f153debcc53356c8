package org.smartdunning.evaluation;

/**
 * One target of the product across all rows of a scorecard: it passes when every world × seed meets it.
 *
 * @param target       what is required, in words
 * @param rowsMet      rows that meet the target
 * @param rowsAssessed rows on which the target could be assessed
 * @param worst        the row furthest from (or closest to missing) the target, with its figure
 */
public record TargetCheck(String target, Status status, int rowsMet, int rowsAssessed, String worst) {

    public enum Status { PASS, FAIL, NOT_APPLICABLE }

    public boolean passed() {
        return status == Status.PASS;
    }
}
