package org.smartdunning.cli;

import java.io.PrintWriter;

/** Reports a failed command in one clear line (and the stack trace only when asked for). */
final class CommandErrors {
    private CommandErrors() {
    }

    static int report(PrintWriter err, String command, RuntimeException e, boolean verbose) {
        err.println(command + " failed: " + e.getMessage());
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
