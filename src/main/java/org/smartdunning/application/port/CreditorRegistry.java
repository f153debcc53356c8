package org.smartdunning.application.port;

import java.util.List;
import org.smartdunning.history.CreditorId;

/** Port: the creditors a store holds, each with tables of its own. */
public interface CreditorRegistry {
    /** Registers the creditor and creates its tables; false when it existed already. */
    boolean register(CreditorId creditor);

    boolean exists(CreditorId creditor);

    List<CreditorId> all();
}
