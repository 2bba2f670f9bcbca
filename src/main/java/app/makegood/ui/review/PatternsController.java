package app.makegood.ui.review;

import app.makegood.domain.Category;
import app.makegood.domain.Span;
import app.makegood.domain.review.Patterns;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.export.PatternsCsv;
import app.makegood.store.IncidentRepository;
import app.makegood.ui.Tables;
import app.makegood.ui.Background;
import app.makegood.ui.FileDialogs;
import app.makegood.ui.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.TextAlignment;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * View ▸ Review: what the incidents of the last twelve months say together, as charts and as a table of the same
 * numbers, and what keeps coming back. The figures are read on the background worker with a busy indicator;
 * the figures shown before stay until the new ones are in.
 */
public final class PatternsController {
    private static final int CHART_HEIGHT = 300;
    private static final int SHOWN_TITLES = 3;

    /** What the dashboard works with, wired by the main window. */
    public record Services(IncidentRepository repository, Background background, FileDialogs files, Clock clock,
                           Messages messages, Locale locale, Supplier<AmendsDefaults> amends,
                           Consumer<String> info, Consumer<Throwable> error) {
    }

    @FXML private Label patternsRange;
    @FXML private ProgressIndicator patternsProgress;
    @FXML private Label patternsLoading;
    @FXML private Button patternsExport;
    @FXML private Label openCount;
    @FXML private Label closedCount;
    @FXML private Label monthsCount;
    @FXML private Label tellMedian;
    @FXML private Label resolveMedian;
    @FXML private StackedBarChart<String, Number> categoryChart;
    @FXML private NumberAxis categoryAxis;
    @FXML private BarChart<String, Number> amendsChart;
    @FXML private NumberAxis amendsAxis;
    @FXML private LineChart<String, Number> noticeChart;
    @FXML private NumberAxis noticeAxis;
    @FXML private BarChart<String, Number> firstChart;
    @FXML private NumberAxis firstAxis;
    @FXML private ListView<String> recurringCategories;
    @FXML private ListView<String> recurringCauses;
    @FXML private ListView<String> repeatCustomers;
    @FXML private TableView<Patterns.Month> patternsTable;

    private PatternsViewModel vm;
    private Services services;
    private DateTimeFormatter shortMonth;
    private DateTimeFormatter longMonth;

    public void init(PatternsViewModel vm, Services services) {
        this.vm = vm;
        this.services = services;
        shortMonth = DateTimeFormatter.ofPattern("MMM", services.locale());
        longMonth = DateTimeFormatter.ofPattern("MMM yyyy", services.locale());
        patternsProgress.visibleProperty().bind(vm.loadingProperty());
        patternsProgress.managedProperty().bind(vm.loadingProperty());
        patternsLoading.visibleProperty().bind(vm.loadingProperty());
        patternsLoading.managedProperty().bind(vm.loadingProperty());
        patternsLoading.setText(services.messages().get("patterns.loading"));
        patternsExport.disableProperty().bind(vm.loadingProperty());
        for (XYChart<?, ?> chart : List.of(categoryChart, amendsChart, noticeChart, firstChart)) {
            chart.getStyleClass().add("patterns-chart"); // one class per attribute: FXML keeps "a, b" as one
            chart.setAnimated(false);
            chart.setMinHeight(CHART_HEIGHT);
            chart.setPrefHeight(CHART_HEIGHT);
        }
        for (ListView<String> list : List.of(recurringCategories, recurringCauses, repeatCustomers)) {
            list.setCellFactory(l -> wrapping(l));
        }
        Tables.fit(patternsTable, null); // figures only: the columns share the room
        vm.patternsProperty().addListener((o, was, now) -> show(now));
        show(vm.patternsProperty().get());
    }

    /** Reads the figures again; the view shows the last ones meanwhile. */
    public void reload() {
        vm.startLoading();
        services.background().run(() -> PatternsLoader.load(services.repository(), services.clock().instant(),
                        services.clock().getZone()))
                .onSuccess(vm::loaded)
                .onError(e -> {
                    vm.failed();
                    services.error().accept(e);
                })
                .start();
    }

    public void focus() {
        patternsExport.requestFocus();
    }

    private void show(Patterns p) {
        Messages m = services.messages();
        List<Patterns.Month> months = p.months();
        patternsRange.setText(months.isEmpty() ? "" : m.get("patterns.range",
                longMonth.format(months.get(0).month()), longMonth.format(months.get(months.size() - 1).month())));
        openCount.setText(String.valueOf(p.open()));
        closedCount.setText(String.valueOf(p.closed()));
        monthsCount.setText(String.valueOf(vm.incidentsInMonths()));
        tellMedian.setText(p.times().toTell().map(Span::text).orElse("\u2014"));
        resolveMedian.setText(p.times().toResolve().map(Span::text).orElse("\u2014"));
        showCategories(months);
        showNotice(months);
        showAmends(months);
        recurringCategories.getItems().setAll(p.recurringCategories().stream().map(c -> m.get("patterns.recurring.category",
                m.label("category", c.category()), c.incidents())).toList());
        recurringCauses.getItems().setAll(p.recurringCauses().stream().map(c -> m.get("patterns.recurring.cause",
                c.answer(), c.incidents(), titles(c.incidentTitles()))).toList());
        repeatCustomers.getItems().setAll(p.repeatCustomers().stream().map(c -> m.get("patterns.recurring.customer",
                c.name().isBlank() ? c.email() : c.name(), c.email(), c.incidents(),
                titles(c.incidentTitles()))).toList());
        showTable(months);
    }

    /** The first few incident titles, and how many more. */
    private String titles(List<String> titles) {
        Messages m = services.messages();
        String named = String.join(", ", titles.stream().limit(SHOWN_TITLES)
                .map(t -> t.isBlank() ? m.get("list.untitled") : t).toList());
        return titles.size() <= SHOWN_TITLES ? named : m.get("patterns.recurring.more", named, titles.size() - SHOWN_TITLES);
    }

    /** List cells that wrap long lines instead of scrolling sideways. */
    private static ListCell<String> wrapping(ListView<String> list) {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
        cell.setMaxWidth(Region.USE_PREF_SIZE);
        return cell;
    }

    private String label(Patterns.Month month) {
        return shortMonth.format(month.month());
    }

    /** One stacked series per category that happened at all in these months, so the legend names only those. */
    private void showCategories(List<Patterns.Month> months) {
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (Category c : Category.values()) {
            if (months.stream().noneMatch(mo -> mo.byCategory().get(c) > 0)) {
                continue;
            }
            XYChart.Series<String, Number> s = series(services.messages().label("category", c));
            months.forEach(mo -> s.getData().add(new XYChart.Data<>(label(mo), mo.byCategory().get(c))));
            series.add(s);
        }
        categoryChart.getData().setAll(series);
        int max = months.stream().mapToInt(Patterns.Month::incidents).max().orElse(0);
        wholeNumbers(categoryAxis, max);
    }

    private static XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    /** Months without a figure have no point or bar, but keep their place on the axis. */
    private void showNotice(List<Patterns.Month> months) {
        XYChart.Series<String, Number> hours = series(services.messages().get("patterns.chart.notice.series"));
        XYChart.Series<String, Number> first = series(services.messages().get("patterns.chart.first.series"));
        double max = 0;
        for (Patterns.Month mo : months) {
            if (mo.medianHours().isPresent()) {
                double h = mo.medianHours().get().doubleValue();
                max = Math.max(max, h);
                hours.getData().add(new XYChart.Data<>(label(mo), h));
            }
            mo.toldFirstPercent().ifPresent(pc -> first.getData().add(new XYChart.Data<>(label(mo), pc)));
        }
        List<String> labels = months.stream().map(this::label).toList();
        for (XYChart<String, Number> chart : List.of(noticeChart, firstChart)) {
            CategoryAxis x = (CategoryAxis) chart.getXAxis();
            x.setAutoRanging(false);
            x.setCategories(FXCollections.observableArrayList(labels));
        }
        noticeChart.getData().setAll(List.of(hours));
        wholeNumbers(noticeAxis, (int) Math.ceil(max));
        noticeAxis.setTickLabelFormatter(formatter(v -> services.messages().get("patterns.axis.hours", v)));
        firstChart.getData().setAll(List.of(first));
        firstAxis.setAutoRanging(false);
        firstAxis.setLowerBound(0);
        firstAxis.setUpperBound(100);
        firstAxis.setTickUnit(25);
        firstAxis.setMinorTickVisible(false);
        firstAxis.setTickLabelFormatter(suffix("%"));
    }

    private void showAmends(List<Patterns.Month> months) {
        XYChart.Series<String, Number> offered = series(services.messages().get("patterns.chart.amends.offered"));
        XYChart.Series<String, Number> accepted = series(services.messages().get("patterns.chart.amends.accepted"));
        double max = 0;
        for (Patterns.Month mo : months) {
            offered.getData().add(new XYChart.Data<>(label(mo), mo.offered()));
            accepted.getData().add(new XYChart.Data<>(label(mo), mo.accepted()));
            max = Math.max(max, mo.offered().doubleValue());
        }
        amendsChart.getData().setAll(List.of(offered, accepted));
        niceRange(amendsAxis, max);
        NumberFormat whole = NumberFormat.getCurrencyInstance(services.locale());
        try {
            whole.setCurrency(Currency.getInstance(services.amends().get().currency()));
        } catch (IllegalArgumentException e) {
            // an unknown code: the locale's own currency, as the amends step does
        }
        whole.setMaximumFractionDigits(0);
        whole.setMinimumFractionDigits(0);
        amendsAxis.setTickLabelFormatter(formatter(whole::format));
    }

    /** An axis from 0 with whole-number ticks: 1, 2, 5, 10, 20, … apart, about five of them. */
    private static void wholeNumbers(NumberAxis axis, int max) {
        niceRange(axis, Math.max(max, 4));
        axis.setTickLabelFormatter(formatter(v -> String.valueOf(Math.round(v))));
    }

    private static void niceRange(NumberAxis axis, double max) {
        double top = Math.max(max, 1);
        double step = 1;
        for (double base = 1; ; base *= 10) {
            if (top / base <= 5) { step = base; break; }
            if (top / (2 * base) <= 5) { step = 2 * base; break; }
            if (top / (5 * base) <= 5) { step = 5 * base; break; }
        }
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setTickUnit(step);
        axis.setUpperBound(Math.ceil(top / step) * step);
        axis.setMinorTickVisible(false);
    }

    private static StringConverter<Number> suffix(String unit) {
        return formatter(v -> Math.round(v) + unit);
    }

    private static StringConverter<Number> formatter(Function<Double, String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return format.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        };
    }

    /** The same numbers as the charts, month by month; a column per category that happened. */
    private void showTable(List<Patterns.Month> months) {
        Messages m = services.messages();
        Function<BigDecimal, String> money = services.amends().get().moneyFormat(services.locale());
        List<TableColumn<Patterns.Month, String>> columns = new ArrayList<>();
        columns.add(column(m.get("patterns.col.month"), 88, mo -> longMonth.format(mo.month())));
        columns.add(column(m.get("patterns.col.incidents"), 76, mo -> String.valueOf(mo.incidents())));
        for (Category c : Category.values()) {
            if (months.stream().anyMatch(mo -> mo.byCategory().get(c) > 0)) {
                columns.add(column(m.label("category", c), 78, mo -> String.valueOf(mo.byCategory().get(c))));
            }
        }
        columns.add(column(m.get("patterns.col.notice"), 100, mo -> mo.medianHours()
                .map(h -> m.get("patterns.hours", h)).orElse("\u2013")));
        columns.add(column(m.get("patterns.col.first"), 108, mo -> mo.toldFirstPercent()
                .map(pc -> m.get("patterns.first", mo.toldFirst(), mo.whoFirstKnown(), pc)).orElse("\u2013")));
        columns.add(column(m.get("patterns.col.offered"), 96, mo -> money.apply(mo.offered())));
        columns.add(column(m.get("patterns.col.accepted"), 96, mo -> money.apply(mo.accepted())));
        columns.forEach(col -> col.getStyleClass().add("figure"));
        columns.get(0).getStyleClass().remove("figure");
        patternsTable.getColumns().setAll(columns);
        // Newest month first, as the incident list reads.
        List<Patterns.Month> newestFirst = new ArrayList<>(months);
        Collections.reverse(newestFirst);
        patternsTable.getItems().setAll(newestFirst);
    }

    private static TableColumn<Patterns.Month, String> column(String title, double width,
                                                              Function<Patterns.Month, String> value) {
        TableColumn<Patterns.Month, String> col = new TableColumn<>();
        // A header that wraps onto a second line instead of being cut to "Amends…".
        Label header = new Label(title);
        header.setWrapText(true);
        header.setTextAlignment(TextAlignment.CENTER);
        header.maxWidthProperty().bind(col.widthProperty().subtract(8));
        col.setGraphic(header);
        col.setPrefWidth(width);
        col.setMinWidth(width - 8);
        col.setSortable(false);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return col;
    }

    @FXML
    private void onExport() {
        if (vm.figures().isEmpty()) {
            return;
        }
        Patterns figures = vm.figures().get();
        AmendsDefaults amends = services.amends().get();
        Messages m = services.messages();
        String name = m.get("patterns.fileName", LocalDate.now(services.clock()).toString());
        FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(m.get("patterns.filter"), "*.csv");
        services.files().save(patternsTable.getScene().getWindow(), name, filter)
                .ifPresent(file -> services.background().run(() -> {
                    PatternsCsv.write(figures, amends.currency(), c -> m.label("category", c), file);
                    return file;
                }).onSuccess(f -> services.info().accept(m.get("patterns.exported", f.getFileName())))
                        .onError(services.error()).start());
    }
}
