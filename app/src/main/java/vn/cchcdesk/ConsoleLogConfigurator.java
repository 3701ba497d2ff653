package vn.cchcdesk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;

/**
 * The log's first configuration, found by logback through the service loader. Written in code
 * rather than logback.xml because reading that XML (Joran and the JDK's SAX parser) took half a
 * second of the window's start, before its first frame. The console shows only problems, so
 * command output stays clean; {@link LogSetup} adds the file log in the data folder once it is
 * known.
 */
public final class ConsoleLogConfigurator extends ContextAwareBase implements Configurator {

    /** Libraries' chatter the clerk cannot act on; unreadable files are reported by intake. */
    private static final Map<String, Level> QUIET = Map.of(
            "org.flywaydb", Level.WARN,
            "org.jooq", Level.WARN,
            "org.apache.poi", Level.WARN,
            "org.apache.poi.hwpf", Level.ERROR,
            "org.apache.poi.openxml4j.opc", Level.ERROR,
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %logger{20} - %msg%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        ThresholdFilter problemsOnly = new ThresholdFilter();
        problemsOnly.setLevel(Level.WARN.levelStr);
        problemsOnly.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.addFilter(problemsOnly);
        console.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
