package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** A store URL's password never reaches the terminal, not even in {@code --verbose} stack traces. */
class StorePasswordMaskingTest {
    @Test
    void aStoreThatCannotBeReachedIsNamedWithItsPasswordMasked() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://alice:Sup3rSecret@127.0.0.1:" + closed + "/test?password=0therSecret";

        CliRun run = CliRun.dunning("hold", "--db", url, "--verbose");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("hold failed: cannot open jdbc:postgresql://alice:***@127.0.0.1:" + closed
                + "/test?password=***");
        assertThat(run.err()).contains("\tat ").doesNotContain("Sup3rSecret", "0therSecret");
    }
}
