package org.smartdunning.channels;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import org.smartdunning.channels.agency.AgencyHandoffChannel;
import org.smartdunning.channels.http.HttpSmsChannel;
import org.smartdunning.channels.http.SmsSettings;
import org.smartdunning.channels.pdf.PdfLetterChannel;
import org.smartdunning.channels.smtp.SmtpEmailChannel;
import org.smartdunning.channels.smtp.SmtpSettings;
import org.smartdunning.channels.templates.MessageTemplates;
import org.smartdunning.config.Secret;
import org.smartdunning.history.DunningAction;

/**
 * Delivery speed per channel, one thread each, as the dispatcher calls them:
 * {@code DispatchBenchmark [messages=2000] [workdir]}. E-mail goes to a local GreenMail over one kept
 * connection (and, for comparison, a new connection per message), SMS to a local JDK HttpServer
 * answering 200 with an id, letters and hand-offs to files under the work folder (temporary by
 * default, each file forced to disk). Each channel first delivers a tenth of the messages untimed to
 * warm up the JIT.
 * Rendering the text is measured on its own.
 */
public final class DispatchBenchmark {
    public static void main(String[] args) throws Exception {
        // The JDK's HttpServer leaves Nagle's algorithm on by default: its small responses then wait
        // ~40 ms for the client's delayed ACK, which would measure the stand-in, not the channel.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("dispatch-bench");
        System.out.printf(Locale.ROOT, "%,d messages per channel, files under %s%n", n, work);

        MessageTemplates templates = MessageTemplates.bundled();
        run("render (templates, e-mail variant)", n, i -> {
            templates.render("reminder", "sv", DunningAction.EMAIL, SampleMessages.notice("sv"),
                    SampleMessages.recipient("sv"));
            return DeliveryResult.delivered("");
        });

        GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        try {
            SmtpSettings smtp = SmtpSettings.relay("127.0.0.1", greenMail.getSmtp().getPort(), "dunning@bench.test");
            try (SmtpEmailChannel email = new SmtpEmailChannel(smtp)) {
                run("e-mail, SMTP to GreenMail, kept connection", n,
                        i -> email.deliver(message("mail-" + i, DunningAction.EMAIL, templates)));
            }
            run("e-mail, SMTP to GreenMail, new connection each", Math.max(10, n / 4), i -> {
                try (SmtpEmailChannel email = new SmtpEmailChannel(smtp)) {
                    return email.deliver(message("fresh-" + i, DunningAction.EMAIL, templates));
                }
            });
        } finally {
            greenMail.stop();
        }

        HttpServer provider = smsProvider();
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/v1/messages");
            HttpSmsChannel sms = new HttpSmsChannel(new SmsSettings(endpoint, Secret.of("token"), "Bench", Duration.ofSeconds(5)));
            run("SMS, JSON POST to JDK HttpServer", n, i -> sms.deliver(message("sms-" + i, DunningAction.SMS, templates)));
        } finally {
            provider.stop(0);
            ((ExecutorService) provider.getExecutor()).shutdownNow();
        }

        PdfLetterChannel letters = new PdfLetterChannel(work.resolve("letters"));
        run("letter, PDF file", n, i -> letters.deliver(message("letter-" + i, DunningAction.LETTER, templates)));
        AgencyHandoffChannel agency = new AgencyHandoffChannel(work.resolve("agency"));
        run("collection hand-off, CSV row (whole file rewritten)", n,
                i -> agency.deliver(message("claim-" + i, DunningAction.COLLECTION, templates)));
    }

    private static OutboundMessage message(String key, DunningAction action, MessageTemplates templates) {
        return templates.render(action == DunningAction.COLLECTION ? "collection" : "reminder", "sv", action,
                SampleMessages.notice("sv"), SampleMessages.recipient("sv"))
                .toMessage(key, action, SampleMessages.recipient("sv"), SampleMessages.notice("sv"));
    }

    /** Delivers n/10 messages to warm up, then n timed; fails loudly on any undelivered message. */
    private static void run(String label, int n, IntFunction<DeliveryResult> deliver) {
        int warmup = Math.max(1, n / 10);
        for (int i = 0; i < warmup; i++) {
            check(deliver.apply(-1 - i));
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            check(deliver.apply(i));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-52s %,7d in %6.2f s  %,9.0f messages/s  %6.2f ms each%n", label, n,
                seconds, n / seconds, seconds * 1000 / n);
    }

    private static void check(DeliveryResult result) {
        if (!result.delivered()) {
            throw new IllegalStateException("not delivered: " + result);
        }
    }

    private static HttpServer smsProvider() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] answer = "{\"id\":\"bench\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/v1/messages", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        return server;
    }
}
