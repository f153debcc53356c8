package org.smartdunning.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smartdunning.config.Secret;
import org.smartdunning.history.CreditorId;

/** The store's password goes to the driver as a property, never into the URL, and is given one way only. */
class DatabasePasswordTest {
    @Test
    void thePasswordIsADriverProperty() {
        assertThat(Database.driverProperties(Secret.of("s3cret")).getProperty("password")).isEqualTo("s3cret");
        assertThat(Database.driverProperties(Secret.NONE)).isEmpty();
    }

    @Test
    void aPasswordInTheUrlAndAnotherBesidesAreRefusedWithoutShowingEither() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/test?user=u&password=InUrl",
                CreditorId.DEFAULT, Secret.of("FromEnv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the store URL jdbc:postgresql://127.0.0.1:1/test?user=u&password=*** holds a password and"
                        + " another one is given besides; keep one (preferably not in the URL)");
    }
}
