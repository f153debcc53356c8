package org.smartdunning.law;

/** No reference rate is known for a country on a day, so statutory interest cannot be computed. */
public class ReferenceRateMissingException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ReferenceRateMissingException(String message) {
        super(message);
    }
}
