package org.smartdunning.workflow;

/**
 * A customer's place in an experiment on a day: an arm, or the holdout (no arm) that keeps the standard process.
 *
 * @param arm        the arm, null for the holdout
 * @param armName    the name written to the dunning events
 * @param propensity the chance of this assignment: the arm's (or the holdout's) share
 */
public record Assignment(String experiment, ExperimentArm arm, String armName, double propensity) {
    public boolean holdout() {
        return arm == null;
    }

    /** Whether the arm's action still waits on a day {@code daysAfterDue} from the due date. */
    public boolean waits(Stage stage, int daysAfterDue) {
        return arm != null && daysAfterDue < stage.day() + arm.offsetDays();
    }

    /** The stage as this assignment runs it. */
    public Stage stageFor(Stage stage) {
        return arm == null ? stage : arm.applyTo(stage);
    }

    /** The assignment in words, for the audit log. */
    public String describe() {
        return "experiment " + experiment + ", " + (arm == null ? "holdout" : "arm " + armName) + " (share "
                + propensity + ")";
    }
}
