// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "chartstyle.h"
#include "models/resultstablemodel.h"
#include "core/engine/projectionresult.h"
#include "core/model/scenario.h"

#include <QPointer>
#include <QSharedPointer>
#include <QWidget>

#include <functional>
#include <map>
#include <optional>
#include <vector>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPAxis;
class QCPBars;
class QCPBarsGroup;
class QCPGraph;
class QCPItemTracer;
class QCPItemStraightLine;
class QCPItemText;
class QCPLayer;
class QCPLayoutElement;
class QCPRange;
class QLabel;
class QMenu;
class QMouseEvent;

namespace tideover::ui {

class ScenarioDocument;
class ValueAxisTicker;

// A chart of annual results over calendar years, following a ScenarioDocument. Subclasses
// declare their series once and fill them from each new result; this class gives every chart
// the same behaviour: a read-out of the year under the mouse, horizontal zoom and pan
// (double-click resets), value axes that fit the visible years and show readable units, a
// legend below the plot, palette-derived colours, export to PNG, PDF and CSV, and a greyed
// "out of date" state while the scenario has errors. Charts of analysis results (a stochastic
// run, a stress test, pinned scenarios) bring their own data instead (Source::Own, showData()).
class ChartView : public QWidget {
    Q_OBJECT

public:
    // `value` as a chart draws it: NaN (a gap) when it is not finite or too large to draw.
    static double plottableValue(double value);
    enum class Axis { Left, Right };
    enum class Kind {
        Line,
        Bars,      // stacked when `stack` >= 0; different stacks stand side by side
        Reference, // a dashed flat line in the text colour (a target, a break-even rate)
        BandEdge,  // a thin line, the edge of a band (fan charts); see SeriesSpec::fillTo
        // A filled area stacked on the Band `fillTo` (on zero when -1): its edge is drawn at the
        // running total, its values (read-out, CSV) are its own. Set the lower band's values first.
        Band,
    };
    // Where the data come from: the document's projection (followed on every change), or the
    // subclass, which passes each new set of values to showData().
    enum class Source { Projection, Own };
    struct SeriesSpec {
        QString title;   // legend and read-out
        QString csvName; // CSV header: the spec's column name where there is one
        Kind kind = Kind::Line;
        ResultUnit unit = ResultUnit::Money;
        Axis axis = Axis::Left;
        QColor colour; // none: the text colour; Reference always uses the text colour
        int stack = -1;
        // BandEdge: the series (added earlier) whose line bounds the band; the area between
        // the two is filled with the colour faded to `fillOpacity` over the background.
        // Band: the band (added earlier) it stands on, the same way.
        int fillTo = -1;
        double fillOpacity = 0.25;
        Qt::PenStyle penStyle = Qt::SolidLine; // Line only
        double lineWidth = 2.2;                // Line only
        bool inLegend = true;
        QString legendTitle{}; // the legend's name when it differs from `title` (a band's)
    };

    ChartView(ScenarioDocument* document, const QString& title, QWidget* parent = nullptr,
              Source source = Source::Projection);
    ~ChartView() override;

    QCustomPlot* plot() const { return m_plot; }
    QString title() const { return m_title; }

    int seriesCount() const { return int(m_series.size()); }
    const SeriesSpec& seriesSpec(int index) const { return m_series[std::size_t(index)].spec; }
    // One value per year (NaN where undefined); empty while the series is hidden.
    const QVector<double>& seriesValues(int index) const { return m_series[std::size_t(index)].values; }
    // The heights drawn: the values, but a Band's running total (its top edge).
    const QVector<double>& drawnValues(int index) const
    {
        const Series& s = m_series[std::size_t(index)];
        return s.spec.kind == Kind::Band ? s.drawn : s.values;
    }
    bool isSeriesShown(int index) const { return !seriesValues(index).isEmpty(); }
    QCPAbstractPlottable* plottable(int index) const { return m_series[std::size_t(index)].plottable; }
    int seriesIndex(const QString& csvName) const; // -1 when there is none
    int firstYear() const { return m_firstYear; }
    int yearCount() const { return m_yearCount; }
    // The x range that shows every year (the projection's and those of the actual figures
    // shown); zoom and pan stay inside it.
    QCPRange fullYearRange() const;

    // Actual figures (the scenario's history, model-spec v3) as markers on the series they
    // correspond to: a diamond in the series' colour (with an outline in the text colour, so it
    // shows on a bar too), at the figure's year, over the series' bar where bars stand side by
    // side. On a stacked bar the marker stands where the segment would end with the actual
    // figure (the segments below taken as projected, or, outside the projection, at their own
    // actual figures); a stack total (expenditure) marks the top of its whole stack in the
    // text colour. Years outside the projection widen the year axis so the past shows beside
    // the future. One legend entry, "Actual (history)", stands for them all.
    struct ActualSpec {
        QString title;           // read-out: "Actual contributions"
        QString csvName;         // CSV column: "contributions_actual"
        int series = -1;         // the series the markers belong to (axis, unit, colour, bar)
        bool stackTotal = false; // the top of the series' whole stack, not the series' segment
        // Told on its own line in the read-out rather than beside the series' value: a figure
        // of a total marked on the bottom segment of a stack split by worker group.
        bool separate = false;
    };
    int actualCount() const { return int(m_actuals.size()); }
    const ActualSpec& actualSpec(int index) const { return m_actuals[std::size_t(index)].spec; }
    // Year -> actual figure, as given (empty while the scenario records none).
    const std::map<int, double>& actualValues(int index) const
    {
        return m_actuals[std::size_t(index)].values;
    }
    // The markers as drawn: key = year (plus the bar's offset), value = the marker's height.
    QCPGraph* actualGraph(int index) const { return m_actuals[std::size_t(index)].graph; }
    int actualIndex(const QString& csvName) const; // -1 when there is none
    // The legend's "Actual (history)" entry (in the legend while any marker shows).
    QCPGraph* actualLegendGraph() const { return m_actualLegend; }
    // The year of a history, one figure or the ratio of two (the denominator above zero).
    static std::map<int, double> historyValues(const core::History& history, core::HistoryColumn column);
    static std::map<int, double> historyRatio(const core::History& history, core::HistoryColumn numerator,
                                              core::HistoryColumn denominator);

    // A year in which the policy changes (a reform of the benefit rule, a dated change of a
    // contribution rate), marked on the chart by a thin vertical line at the start of the year
    // with the first words of the change's source note at the top.
    struct Marker {
        int year = 0;
        QString label; // the note's first words, elided; the year when there is no note
        QString note;  // the whole note
    };
    // The markers of a scenario: benefitRules() from index 1, then the years within the
    // projection of dated changes of contributions.employee_rate, employer_rate and
    // government_rate; one per year, by year.
    static std::vector<Marker> policyMarkers(const core::Scenario& scenario);
    const std::vector<Marker>& markers() const { return m_markers; }

    bool isStale() const { return m_stale; }
    bool isNoteVisible() const;
    QString noteText() const;

    // The year under the mouse and its values ("2031: Reserve: 130.77 bn LCU, ...").
    std::optional<int> hoverYear() const { return m_hoverYear; }
    QString readoutText() const { return m_readoutPlain; }

    // Exports; an empty `size` uses the plot's size on screen. On failure they return false
    // with a sentence for the user in `error`.
    bool exportPng(const QString& path, QString* error, const QSize& size = QSize());
    bool exportPdf(const QString& path, QString* error, const QSize& size = QSize());
    // The shown series as CSV: "year" then one column per series, full-precision numbers.
    bool exportCsv(const QString& path, QString* error) const;
    QString csvText() const;

public slots:
    // Takes the document's current results and state; replots when visible.
    void refresh();
    // Shows every year again and fits the value axes.
    void resetView();

protected:
    ScenarioDocument* document() const;
    int addSeries(const SeriesSpec& spec);
    // The axis label is "title (unit)", the unit scaled to the data: "Reserve (bn VND)".
    // `unitText` replaces the unit where it needs words ("% of insured wages").
    void setAxisTitle(Axis axis, const QString& title, ResultUnit unit, const QString& unitText = {});
    // Changes how a series' values read (a chart whose unit the user chooses); set its axis's
    // unit with setAxisTitle() to match.
    void setSeriesUnit(int index, ResultUnit unit) { m_series[std::size_t(index)].spec.unit = unit; }
    // Values for the years of the current result; an empty vector hides the series.
    void setSeriesValues(int index, const QVector<double>& values);
    // Puts zero at the same height on both value axes (the reserve and its ratio share a sign).
    void setAlignZeros(bool align) { m_alignZeros = align; }
    // The value axis reaches at least `top`, so small values look small (a 0.3 % probability
    // should not fill the chart).
    void setMinimumAxisTop(Axis axis, double top) { m_axes[int(axis)].minimumTop = top; }
    static QVector<double> columnValues(const core::ProjectionResult& result, core::Column column);
    // Actual figures: declared once (ActualSpec), their values set in updateData() (an empty
    // map hides them).
    int addActual(const ActualSpec& spec);
    void setActualValues(int index, std::map<int, double> values);
    // Fills the series from a result (a valid, current one). Source::Projection charts only.
    virtual void updateData(const core::ProjectionResult& result, const core::Scenario& scenario);

    // Source::Own: shows `years` years from `firstYear`, whose values `fill` sets with
    // setSeriesValues(); 0 years clears the chart. `stale` fades the series (results of an
    // earlier scenario) and `note`, when not empty, stands above the plot ("Press Run").
    void showData(int firstYear, int years, const std::function<void()>& fill, bool stale = false,
                  const QString& note = {});
    // Removes every series, for charts whose series vary (one per pinned scenario).
    void removeAllSeries();

    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Series {
        SeriesSpec spec;
        QCPAbstractPlottable* plottable = nullptr;
        QCPGraph* graph = nullptr; // for Line and Reference
        QCPBars* bars = nullptr;
        QCPItemTracer* tracer = nullptr; // marks the hovered year on a line
        QVector<double> values;
        QVector<double> drawn; // Band: the running total drawn
    };
    struct Actual {
        ActualSpec spec;
        QCPGraph* graph = nullptr;
        std::map<int, double> values;
    };
    struct AxisSetup {
        QString title;
        ResultUnit unit = ResultUnit::Money;
        QString unitText;
        QSharedPointer<ValueAxisTicker> ticker;
        bool used = false;
        double minimumTop = 0;
    };

    QCPAxis* valueAxis(Axis axis) const;
    void applyTheme();
    QColor seriesColour(const SeriesSpec& spec) const;
    void applySeriesStyle(Series& series);
    void styleActuals();
    // Places the markers: their keys over their bars and heights on their stacks.
    void placeActuals();
    // The marker's height in `year` (NaN when it has none) and its key offset from the year.
    double actualHeight(const Actual& actual, int year) const;
    double barOffset(int series) const;
    // The first and last year shown: the projection's, widened by the actual figures'.
    int shownFirstYear() const;
    int shownLastYear() const;
    void rebuildLegend();
    void wrapLegend();
    void updateNote();
    // Breaks the note into lines that fit the chart's width, with room for them above the axes.
    void wrapNote();
    void setMarkers(std::vector<Marker> markers);
    void styleMarkers();
    void fitValueAxes();
    void onXRangeChanged(const QCPRange& range);
    void onMouseMove(QMouseEvent* event);
    void setHoverYear(std::optional<int> year);
    QString readoutHtml(int year, QString* plainText) const;
    void reserveReadoutHeight();
    void finishUpdate();
    void requestReplot();
    QSize exportSize(const QSize& requested) const;
    void exportWithDialog(const QString& what);
    void showContextMenu(const QPoint& pos);

    QPointer<ScenarioDocument> m_document;
    Source m_source = Source::Projection;
    QString m_ownNote; // Source::Own: the note given to showData()
    QString m_title;
    QCustomPlot* m_plot = nullptr;
    QLabel* m_readout = nullptr;
    QMenu* m_exportMenu = nullptr;
    QCPLayer* m_hoverLayer = nullptr;
    QCPBarsGroup* m_barsGroup = nullptr;
    QCPItemStraightLine* m_hoverLine = nullptr;
    QCPItemStraightLine* m_zeroLine = nullptr;
    QCPItemText* m_note = nullptr;
    QString m_noteText;  // the note on one line; m_note shows it wrapped
    QCPLayoutElement* m_noteRow = nullptr; // room for the note above the axis rect
    std::vector<Series> m_series;
    std::vector<Actual> m_actuals;
    QCPGraph* m_actualLegend = nullptr;
    std::vector<Marker> m_markers;
    std::vector<QCPItemStraightLine*> m_markerLines;
    std::vector<QCPItemText*> m_markerTexts;
    int m_markerRows = 0;
    AxisSetup m_axes[2];
    ChartStyle m_style;
    QString m_currency;
    int m_firstYear = 0;
    int m_yearCount = 0;
    bool m_hasData = false;
    bool m_stale = false;
    bool m_alignZeros = false;
    bool m_userZoomed = false;
    bool m_adjustingRange = false;
    bool m_replotPending = false;
    bool m_replotted = false;
    std::optional<int> m_hoverYear;
    QString m_readoutPlain;
};

} // namespace tideover::ui
