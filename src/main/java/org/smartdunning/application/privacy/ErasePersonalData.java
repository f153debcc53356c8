package org.smartdunning.application.privacy;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Erases a customer's personal data (GDPR art. 17) while the financial facts stay for the books:
 * invoices and payments remain, under a random pseudonym that nothing links back to the customer.
 */
public final class ErasePersonalData {
    private final PersonalData store;
    private final SecureRandom random;

    public ErasePersonalData(PersonalData store, SecureRandom random) {
        this.store = store;
        this.random = random;
    }

    public Optional<PersonalData.Erasure> erase(String customerId) {
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        return store.erase(customerId, "erased-" + HexFormat.of().formatHex(bytes));
    }
}
