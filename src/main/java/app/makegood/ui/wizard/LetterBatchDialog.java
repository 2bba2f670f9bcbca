package app.makegood.ui.wizard;

import app.makegood.domain.Incident;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.export.letter.LetterExport;
import app.makegood.ui.ErrorMessages;
import app.makegood.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.Event;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One letter per affected customer into a folder, as PDF and/or email drafts: a cancellable background job with a
 * progress bar. Letters already written when the owner cancels stay, complete, and are in the history.
 */
final class LetterBatchDialog extends Dialog<List<LetterRecord>> {
    private final Messages messages;
    private final TextField folder = new TextField();
    private final CheckBox pdf = new CheckBox();
    private final CheckBox eml = new CheckBox();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final List<LetterRecord> recorded = new ArrayList<>();
    private final ButtonType write;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Task<LetterExport.BatchResult> running;

    /** @param record stores one written letter in the history and returns its record (called off the UI thread) */
    LetterBatchDialog(Window owner, Messages messages, LetterServices services, LetterKind kind, Incident incident,
                      AmendsDefaults amends, boolean attachPdf,
                      RecordWriter record) {
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get("batch.title"));
        setHeaderText(messages.get("batch.header", messages.label("letterKind", kind), incident.customers().size()));
        setResizable(true);

        folder.setId("batchFolder");
        folder.setPromptText(messages.get("batch.folder.prompt"));
        Button browse = new Button(messages.get("batch.browse"));
        browse.setOnAction(e -> services.files().folder(owner, messages.get("batch.title"))
                .ifPresent(p -> folder.setText(p.toString())));
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        pdf.setText(messages.get("batch.pdf"));
        pdf.setId("batchPdf");
        pdf.setSelected(true);
        eml.setText(messages.get("batch.eml"));
        eml.setId("batchEml");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setWrapText(true);
        status.setId("batchStatus");
        VBox content = new VBox(8, new Label(messages.get("batch.folder")), folderRow, new HBox(16, pdf, eml),
                progress, status);
        content.setPrefWidth(520);
        getDialogPane().setContent(content);

        write = new ButtonType(messages.get("batch.write"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(write, ButtonType.CLOSE);
        Button writeButton = (Button) getDialogPane().lookupButton(write);
        writeButton.setId("batchWrite");
        writeButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> busy.get() || folder.getText().isBlank() || (!pdf.isSelected() && !eml.isSelected()),
                busy, folder.textProperty(), pdf.selectedProperty(), eml.selectedProperty()));
        // Write starts the job and keeps the dialog open; Close (the button or the window's) cancels it first.
        writeButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            start(services, kind, incident, amends, attachPdf, record);
        });
        getDialogPane().lookupButton(ButtonType.CLOSE).addEventFilter(javafx.event.ActionEvent.ACTION, this::cancelFirst);
        setOnCloseRequest(this::cancelFirst);
        setOnShown(e -> folder.requestFocus());
        setResultConverter(button -> {
            synchronized (recorded) {
                return List.copyOf(recorded);
            }
        });
    }

    /** Stores one written letter; runs on the batch thread. */
    @FunctionalInterface
    interface RecordWriter extends BiFunction<LetterExport.Draft, LetterExport.Written, LetterRecord> {
    }

    private void start(LetterServices services, LetterKind kind, Incident incident, AmendsDefaults amends,
                       boolean attachPdf, RecordWriter record) {
        Set<LetterFormat> formats = EnumSet.noneOf(LetterFormat.class);
        if (pdf.isSelected()) {
            formats.add(LetterFormat.PDF);
        }
        if (eml.isSelected()) {
            formats.add(LetterFormat.EML);
        }
        Optional<Path> target = folder();
        if (target.isEmpty()) {
            status.setText(messages.get("batch.badFolder"));
            return;
        }
        LetterExport.BatchRequest request = new LetterExport.BatchRequest(kind, incident, incident.customers(),
                services.profile().getValue(), amends, LocalDate.now(services.clock()), target.get(), formats,
                attachPdf);
        running = new Task<>() {
            @Override
            protected LetterExport.BatchResult call() throws Exception {
                return services.letters().batch(request, new LetterExport.BatchListener() {
                    @Override
                    public void written(LetterExport.Draft draft, LetterExport.Written file) {
                        LetterRecord r = record.apply(draft, file);
                        synchronized (recorded) {
                            recorded.add(r);
                        }
                    }

                    @Override
                    public void progress(int done, int total, String customer) {
                        updateProgress(done, total);
                        updateMessage(messages.get("batch.progress", done, total, customer));
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        progress.setVisible(true);
        progress.progressProperty().bind(running.progressProperty());
        status.textProperty().bind(running.messageProperty());
        busy.set(true);
        running.setOnSucceeded(e -> finished(messages.get("batch.done", running.getValue().written().size(),
                request.folder()) + skipped(running.getValue())));
        running.setOnCancelled(e -> finished(messages.get("batch.cancelled")));
        running.setOnFailed(e -> finished(ErrorMessages.plain(running.getException())));
        Thread thread = new Thread(running, "makegood-batch");
        thread.setDaemon(true);
        thread.start();
    }

    /** A whole path: a relative one would land wherever MakeGood happened to start. */
    private Optional<Path> folder() {
        try {
            return Optional.of(Path.of(folder.getText().strip())).filter(Path::isAbsolute);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private void cancelFirst(Event e) {
        if (busy.get()) {
            e.consume();
            running.cancel();
        }
    }

    private String skipped(LetterExport.BatchResult result) {
        return result.skipped().isEmpty() ? "" : "\n" + String.join("\n", result.skipped());
    }

    private void finished(String message) {
        busy.set(false);
        status.textProperty().unbind();
        status.setText(message);
        progress.progressProperty().unbind();
        getDialogPane().getScene().getWindow().sizeToScene();
    }
}
