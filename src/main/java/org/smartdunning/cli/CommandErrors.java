package org.smartdunning.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.smartdunning.config.MaskedUrl;

/** Reports a failed command in one clear line (and the stack trace only when asked for), URL passwords masked. */
final class CommandErrors {
    private CommandErrors() {
    }

    static int report(PrintWriter err, String command, RuntimeException e, boolean verbose) {
        err.println(command + " failed: " + MaskedUrl.mask(e.getMessage()));
        if (verbose) {
            // drivers and Flyway put the URL they were given in their own messages
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(MaskedUrl.mask(trace.toString()));
        }
        err.flush();
        return 1;
    }
}
