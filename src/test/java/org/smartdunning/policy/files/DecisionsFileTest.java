package org.smartdunning.policy.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecisionsFileTest {
    @Test
    void numbersHaveFourDecimals() {
        assertEquals("0.1235", DecisionsFile.number(0.12345));
        assertEquals("-0.0000", DecisionsFile.number(-0.00001));
    }

    @Test
    void anUnknownNumberIsAnEmptyField() {
        assertEquals("", DecisionsFile.number(Double.NaN));
    }
}
