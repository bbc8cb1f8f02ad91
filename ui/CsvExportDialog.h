#pragma once

#include "export/CsvExporter.h"
#include "model/Meter.h"

#include <QDialog>

#include <optional>

class MeterTimeEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

// File > Export CSV...: which meters, what, which range (by default what the chart shows,
// so "usage" is exactly the bars on screen), the Excel option and the file. It collects the
// choice and asks for the export (exportRequested); CsvActions runs it and reports back:
// the dialog closes when the file is written, and otherwise shows why and stays open until
// the user closes it.
class CsvExportDialog : public QDialog
{
    Q_OBJECT
public:
    // The chart's window [from, to) and grouping, as UsageChartPanel shows them.
    struct ChartRange
    {
        qint64 from = 0;
        qint64 to = 0;
        int groupMinutes = 60;
    };

    // `now` (UTC seconds) is "today" for the default days and the file name, on the meter's clock.
    CsvExportDialog(const QList<Meter> &meters, std::optional<qint64> currentMeterId, const ChartRange &chart,
                    qint64 now, QWidget *parent = nullptr);

    CsvExporter::Request request() const;
    QString path() const;

    // The controls, for tests and accessibility checks.
    QListWidget *meterList() const { return m_meters; }
    QComboBox *kindBox() const { return m_kind; }
    QRadioButton *chartRangeButton() const { return m_chartRange; }
    QRadioButton *allRangeButton() const { return m_allRange; }
    QRadioButton *datesRangeButton() const { return m_datesRange; }
    MeterTimeEdit *fromEdit() const { return m_from; }
    MeterTimeEdit *toEdit() const { return m_to; }
    QSpinBox *groupSpin() const { return m_group; }
    QCheckBox *excelBox() const { return m_excel; }
    QLineEdit *pathEdit() const { return m_path; }
    QString errorText() const;
    QPushButton *exportButton() const { return m_exportButton; }

    // Checks the choice and asks for the export; the dialog stays open meanwhile.
    void accept() override;
    // From CsvActions: the export is running (Export disabled), failed (the sentence shows
    // here, the dialog stays), or wrote the file (the dialog closes).
    void setBusy(bool busy);
    void showError(const QString &text);
    void finishExport();

signals:
    void exportRequested();

private:
    QList<Meter> checkedMeters() const;
    void updateControls();
    // The days are those of the first checked meter: its zone beside them.
    void updateZone();
    void browse();
    QString suggestedPath() const;

    QList<Meter> m_meterList;
    ChartRange m_chart;
    qint64 m_now;
    QListWidget *m_meters;
    QComboBox *m_kind;
    QRadioButton *m_chartRange;
    QRadioButton *m_allRange;
    QRadioButton *m_datesRange;
    MeterTimeEdit *m_from;
    MeterTimeEdit *m_to;
    QSpinBox *m_group;
    QCheckBox *m_excel;
    QLineEdit *m_path;
    QLabel *m_error;
    QPushButton *m_exportButton;
    bool m_pathEdited = false;
};
