package org.smartdunning.history;

/** Private person or business, as in customers.csv column {@code type}. */
public enum CustomerType {
    PRIVATE, BUSINESS;

    /** The contract's spelling: {@code private} or {@code business}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static CustomerType parse(String code) {
        return switch (code) {
            case "private" -> PRIVATE;
            case "business" -> BUSINESS;
            default -> throw new IllegalArgumentException("type must be 'private' or 'business', was '" + code + "'");
        };
    }
}
