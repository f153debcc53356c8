package org.smartdunning.webhooks;

/** A receiver's verdict on one delivery: verified, or why it was rejected, in a sentence. */
public record Verification(Outcome outcome, String reason) {
    /** Why a request passed or not. */
    public enum Outcome {
        VERIFIED, MALFORMED, BAD_SIGNATURE, STALE, REPLAYED
    }

    public static final Verification VERIFIED = new Verification(Outcome.VERIFIED, "verified");

    static Verification rejected(Outcome outcome, String reason) {
        return new Verification(outcome, reason);
    }

    public boolean verified() {
        return outcome == Outcome.VERIFIED;
    }
}
