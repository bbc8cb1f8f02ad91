#pragma once

#include "export/CsvExporter.h"
#include "model/Meter.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

// File > Export CSV...: which meters, what, which range (by default what the chart shows,
// so "usage" is exactly the bars on screen), the Excel option and the file. It only
// collects the choice; CsvActions runs the export.
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

    CsvExportDialog(const QList<Meter> &meters, std::optional<qint64> currentMeterId, const ChartRange &chart,
                    QWidget *parent = nullptr);

    CsvExporter::Request request() const;
    QString path() const;

    // The controls, for tests and accessibility checks.
    QListWidget *meterList() const { return m_meters; }
    QComboBox *kindBox() const { return m_kind; }
    QRadioButton *chartRangeButton() const { return m_chartRange; }
    QRadioButton *allRangeButton() const { return m_allRange; }
    QRadioButton *datesRangeButton() const { return m_datesRange; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QSpinBox *groupSpin() const { return m_group; }
    QCheckBox *excelBox() const { return m_excel; }
    QLineEdit *pathEdit() const { return m_path; }
    QString errorText() const;

    void accept() override;

private:
    QList<Meter> checkedMeters() const;
    void updateControls();
    void browse();
    QString suggestedPath() const;

    QList<Meter> m_meterList;
    ChartRange m_chart;
    QListWidget *m_meters;
    QComboBox *m_kind;
    QRadioButton *m_chartRange;
    QRadioButton *m_allRange;
    QRadioButton *m_datesRange;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QSpinBox *m_group;
    QCheckBox *m_excel;
    QLineEdit *m_path;
    QLabel *m_error;
    bool m_pathEdited = false;
};
