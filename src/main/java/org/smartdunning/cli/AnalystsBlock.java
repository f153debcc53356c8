package org.smartdunning.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.Supplier;

/**
 * Progress held back while a command works and printed under "For analysts:" once the plain summary
 * it leads with is known. Meanwhile each line also goes to stderr as it comes: on a terminal overwriting
 * the last, elsewhere (a log, a pipe) line after line, so a run killed half way still leaves its progress;
 * a failure prints what was held before the error.
 */
final class AnalystsBlock {
    static final String HEADING = "For analysts:";

    private final StringBuilder held = new StringBuilder();
    private final PrintWriter out;
    private final PrintWriter status;
    private final boolean terminal;
    private final PrintWriter writer;
    private int streamed;

    /**
     * @param status   where held lines show as they come; null for nowhere
     * @param terminal whether {@code status} is a terminal, where each line overwrites the last
     */
    AnalystsBlock(PrintWriter out, PrintWriter status, boolean terminal) {
        this.out = out;
        this.status = status;
        this.terminal = terminal;
        this.writer = new PrintWriter(new Holding(), true);
    }

    /** Shows held lines on {@code err} as they come, overwriting the last one where a person watches a terminal. */
    static AnalystsBlock on(PrintWriter out, PrintWriter err) {
        return new AnalystsBlock(out, err, System.console() != null);
    }

    /** Where the command's progress goes meanwhile. */
    PrintWriter writer() {
        return writer;
    }

    /** Runs the work, then prints the plain summary it returns, the heading and the held lines. */
    void lead(Supplier<String> work) {
        String plain;
        try {
            plain = work.get();
        } catch (RuntimeException e) {
            flushHeld();
            throw e;
        }
        out.print(plain);
        out.println(HEADING);
        flushHeld();
    }

    private void flushHeld() {
        if (status != null && terminal) {
            status.print("\r\033[K");
            status.flush();
        }
        out.print(held);
        out.flush();
        held.setLength(0);
        streamed = 0;
    }

    /** Keeps what is written, and shows each finished line on the status writer. */
    private final class Holding extends Writer {
        @Override
        public void write(char[] chars, int offset, int length) {
            held.append(chars, offset, length);
            if (status != null && !terminal) {
                int end = held.lastIndexOf("\n") + 1;
                if (end > streamed) {
                    status.print(held.substring(streamed, end));
                    status.flush();
                    streamed = end;
                }
            } else if (status != null && length > 0) {
                int end = held.length() - 1;
                while (end >= 0 && held.charAt(end) == '\n') {
                    end--;
                }
                int start = held.lastIndexOf("\n", end) + 1;
                String line = held.substring(start, end + 1);
                status.print("\r\033[K" + (line.length() > 100 ? line.substring(0, 100) : line));
                status.flush();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
