package org.smartdunning.api;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every log line of the process at INFO and above, formatted as the service formats them (message,
 * key-value pairs and any stack trace), kept in memory from {@link #start()} until {@link #close()}.
 */
final class LogCapture implements AutoCloseable {
    private final ByteArrayOutputStream lines = new ByteArrayOutputStream();
    private final OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new OutputStreamAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level rootLevel = root.getLevel();

    static LogCapture start() {
        LogCapture capture = new LogCapture();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger %msg %kvp{UNQUOTED} %mdc%n%ex{full}");
        encoder.start();
        capture.appender.setContext(context);
        capture.appender.setName("api-test-capture");
        capture.appender.setEncoder(encoder);
        capture.appender.setImmediateFlush(true);
        capture.appender.setOutputStream(capture.lines);
        capture.appender.start();
        capture.root.addAppender(capture.appender);
        capture.root.setLevel(Level.INFO);
        return capture;
    }

    /** The lines captured so far. */
    List<String> lines() {
        synchronized (lines) {
            return lines.toString(StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        root.setLevel(rootLevel);
    }
}
