package app.makegood.ui;

import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.letters.Outbox;
import app.makegood.domain.letters.OutboxMessage;
import app.makegood.export.letter.LetterExport;
import app.makegood.export.letter.LetterTemplates;
import app.makegood.export.letter.TemplateName;
import app.makegood.export.mail.DeliveryResult;
import app.makegood.export.mail.Postman;
import app.makegood.export.mail.SmtpSettings;
import app.makegood.service.LetterHistory;
import app.makegood.store.LetterLog;
import app.makegood.store.SettingsRepository;
import javafx.stage.Window;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The letters side of the main window: template editing, the mail server and the outbox. Mail is queued in the
 * outbox first and sent from there, so a letter written offline waits instead of getting lost. The SMTP password
 * is asked once per session and kept only in memory.
 */
public final class LetterDesk {
    private final Window owner;
    private final Messages messages;
    private final Background background;
    private final SettingsRepository settings;
    private final Outbox outbox;
    private final LetterLog log;
    private final LetterTemplates templates;
    private final Clock clock;
    private final Postman postman = new Postman();
    private final Consumer<List<LetterRecord>> onSent;
    private char[] password;

    /** @param onSent hears about letters that just went out by mail, on the FX thread */
    public LetterDesk(Window owner, Messages messages, Background background, SettingsRepository settings,
                      Outbox outbox, LetterLog log, LetterTemplates templates, Clock clock,
                      Consumer<List<LetterRecord>> onSent) {
        this.owner = owner;
        this.messages = messages;
        this.background = background;
        this.settings = settings;
        this.outbox = outbox;
        this.log = log;
        this.templates = templates;
        this.clock = clock;
        this.onSent = onSent;
    }

    public void editTemplate(LetterKind kind) {
        new TemplateDialog(owner, messages, background, templates, TemplateName.html(kind)).showAndWait();
    }

    /**
     * Asks for the mail server and the password; then {@code next} runs with them if the owner said OK, else
     * {@code cancelled}. An empty password field keeps the password given earlier in this session.
     */
    public void editMailSettings(Consumer<SmtpSettings> next, Runnable cancelled) {
        background.run(() -> SmtpSettings.fromSettings(settings.all())).onSuccess(stored ->
                new MailSettingsDialog(owner, messages, stored).showAndWait().ifPresentOrElse(result -> {
                    if (result.password().length > 0) {
                        forgetPassword();
                        password = result.password();
                    }
                    background.run(() -> {
                        settings.putAll(result.settings().toSettings());
                        return result.settings();
                    }).onSuccess(next).onError(e -> {
                        showError(e);
                        cancelled.run();
                    }).start();
                }, cancelled)).onError(e -> {
                    showError(e);
                    cancelled.run();
                }).start();
    }

    /** Puts the letters in the outbox and sends everything waiting there; {@code finished} runs at the end. */
    public void send(String incidentId, List<LetterExport.Draft> drafts, Function<LetterExport.Draft, byte[]> message,
                     Consumer<String> status, Runnable finished) {
        background.run(() -> {
            for (LetterExport.Draft d : drafts) {
                outbox.queue(OutboxMessage.queued(incidentId, d.customer().id(), d.customer().name(), d.kind(),
                        d.customer().email(), d.subject(), message.apply(d), clock.instant()));
            }
            return null;
        }).onSuccess(x -> sendPending(status, finished)).onError(e -> {
            status.accept(ErrorMessages.plain(e));
            finished.run();
        }).start();
    }

    /** Sends what waits in the outbox, asking for the server (or this session's password) first if needed. */
    public void sendPending(Consumer<String> status, Runnable finished) {
        Runnable waiting = () -> {
            status.accept(messages.get("mail.waiting"));
            finished.run();
        };
        background.run(() -> SmtpSettings.fromSettings(settings.all())).onSuccess(stored -> {
            if (stored.isEmpty() || stored.get().needsLogin() && password == null) {
                editMailSettings(s -> deliver(s, status, finished), waiting);
            } else {
                deliver(stored.get(), status, finished);
            }
        }).onError(e -> {
            status.accept(ErrorMessages.plain(e));
            finished.run();
        }).start();
    }

    private void deliver(SmtpSettings server, Consumer<String> status, Runnable finished) {
        char[] secret = password == null ? new char[0] : password.clone();
        status.accept(messages.get("mail.sending", server.host()));
        background.run(() -> {
            Map<String, OutboxMessage> waiting = outbox.pending().stream()
                    .collect(Collectors.toMap(OutboxMessage::id, m -> m));
            List<DeliveryResult> results = postman.sendPending(outbox, server, secret, clock);
            Arrays.fill(secret, '\0');
            List<LetterRecord> sent = new ArrayList<>();
            for (DeliveryResult r : results) {
                if (r.isSent()) {
                    sent.add(record(waiting.get(r.outboxId())));
                }
            }
            return new Delivery(sent, results.stream().flatMap(r -> r.failure().stream()).distinct().toList());
        }).onSuccess(d -> {
            onSent.accept(d.sent());
            String summary = d.summary(messages);
            status.accept(summary);
            finished.run();
            new Dialogs(owner, messages).info(summary);
        }).onError(e -> {
            status.accept(ErrorMessages.plain(e));
            finished.run();
        }).start();
    }

    private LetterRecord record(OutboxMessage m) {
        return new LetterHistory(log, clock).mailed(m);
    }

    /** What one run of the outbox did: the letters sent, and each distinct reason others were kept. */
    private record Delivery(List<LetterRecord> sent, List<String> problems) {
        String summary(Messages messages) {
            String done = messages.get("mail.sent", sent.size());
            return problems.isEmpty() ? done : done + "\n\n" + String.join("\n", problems)
                    + "\n\n" + messages.get("mail.checkSettings");
        }
    }

    public void showOutbox() {
        new OutboxDialog(owner, messages, background, outbox, this::sendPending).showAndWait();
    }

    /** Drops the password kept for this session; called when MakeGood quits. */
    public void forgetPassword() {
        Optional.ofNullable(password).ifPresent(p -> Arrays.fill(p, '\0'));
        password = null;
    }

    private void showError(Throwable e) {
        new Dialogs(owner, messages).error(ErrorMessages.plain(e));
    }
}
