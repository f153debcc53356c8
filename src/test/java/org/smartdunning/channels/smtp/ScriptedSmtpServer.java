package org.smartdunning.channels.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A minimal SMTP server speaking the real protocol over a socket, for the replies GreenMail never
 * gives: it answers RCPT with whatever the test chooses (550, 451), can end a connection with 421
 * after a number of messages, or never greet at all; it counts connections and keeps each message.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket server;
    private final Function<String, String> rcptReply;
    private final int messagesPerConnection;
    private final boolean silent;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    /**
     * @param rcptReply             the reply line to {@code RCPT TO:<address>}, given the address
     * @param messagesPerConnection after this many messages a connection's next MAIL gets 421 and is closed; 0 for no limit
     * @param silent                accept connections but never say a word
     */
    ScriptedSmtpServer(Function<String, String> rcptReply, int messagesPerConnection, boolean silent)
            throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.rcptReply = rcptReply;
        this.messagesPerConnection = messagesPerConnection;
        this.silent = silent;
        Thread acceptor = new Thread(this::accept, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static ScriptedSmtpServer accepting() throws IOException {
        return new ScriptedSmtpServer(address -> "250 OK", 0, false);
    }

    int port() {
        return server.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    List<String> messages() {
        return messages;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                connections.incrementAndGet();
                Thread session = new Thread(() -> converse(socket), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket) {
            if (silent) {
                socket.getInputStream().read();
                return;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            reply(out, "220 scripted ESMTP");
            int sent = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 scripted");
                    case "MAIL" -> {
                        if (messagesPerConnection > 0 && sent >= messagesPerConnection) {
                            reply(out, "421 4.7.0 too many messages on this connection, closing");
                            return;
                        }
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> reply(out, rcptReply.apply(line.replaceFirst("(?i)RCPT TO:\\s*<([^>]*)>.*", "$1")));
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        StringBuilder data = new StringBuilder();
                        for (String d = in.readLine(); d != null && !d.equals("."); d = in.readLine()) {
                            data.append(d).append('\n');
                        }
                        messages.add(data.toString());
                        sent++;
                        reply(out, "250 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    case "RSET", "NOOP" -> reply(out, "250 OK");
                    default -> reply(out, "500 unknown command");
                }
            }
        } catch (IOException e) {
            // The client went away; nothing to tell it.
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
