package app.makegood;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The log file's format: time, level, where, our own message, and for an error the exception's kind and stack,
 * never its message. Exception messages can quote what the owner typed (a customer's name in a file name, an
 * address a mail server refused, a cell of an imported file); the log must hold events and errors only.
 */
final class PrivateLogFormat extends Formatter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneId.systemDefault());

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder()
                .append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                .append(record.getLevel()).append(' ')
                .append(record.getLoggerName()).append(": ")
                .append(record.getMessage()).append(System.lineSeparator());
        String prefix = "";
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(prefix).append(t.getClass().getName()).append(System.lineSeparator());
            for (StackTraceElement frame : t.getStackTrace()) {
                line.append("\tat ").append(frame).append(System.lineSeparator());
            }
            prefix = "Caused by: ";
        }
        return line.toString();
    }
}
