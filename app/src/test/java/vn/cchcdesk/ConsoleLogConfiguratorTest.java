package vn.cchcdesk;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class ConsoleLogConfiguratorTest {

    @Test
    void logbackTakesTheConfigurationWrittenInCode() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("console")).as("the service loader found ConsoleLogConfigurator").isNotNull();
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.jooq.impl.DefaultExecuteContext").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.apache.poi.hwpf.usermodel").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.apache.pdfbox").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("vn.cchcdesk.store.Database").getEffectiveLevel()).isEqualTo(Level.INFO);
    }
}
