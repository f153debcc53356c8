package org.smartdunning.features;

/** How often one kind of earlier dunning action was taken on the customer, and how often it was followed by payment. */
public record ActionResponse(int taken, int paidAfter) implements java.io.Serializable {
    public static final ActionResponse NEVER = new ActionResponse(0, 0);

    /** Share paid after the action, or NaN when the action was never taken. */
    public double paidShare() {
        return taken == 0 ? Double.NaN : (double) paidAfter / taken;
    }
}
