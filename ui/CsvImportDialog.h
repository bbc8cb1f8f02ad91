#pragma once

#include "export/CsvImporter.h"
#include "model/Meter.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// File > Import CSV...: the header mapping for a file. Our own exports are recognised by
// their header; any other readings file is mapped here: which column holds the time, the
// balance, the counters, the load and the source, how times are written, the delimiter and
// a decimal comma. The preview shows how the first rows read with the current choices (or
// why they do not). "Check" is a dry run; "Import" stores, all or nothing unless bad rows
// are to be skipped. CsvActions runs both in the background and reports back here.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Field
    {
        Time,
        Balance,
        Grid,
        Generator,
        Load,
        Source,
        FieldCount,
    };

    CsvImportDialog(const QList<Meter> &meters, std::optional<qint64> currentMeterId, const QString &path,
                    QWidget *parent = nullptr);

    QString path() const { return m_path; }
    std::optional<Meter> meter() const;
    CsvImporter::Options options(bool dryRun) const;
    // True when the file is a Kilowatch export of the chosen kind and its columns are as found.
    bool isOwnLayout() const;

    void showResult(const QString &summary, const QStringList &problems);
    void setBusy(bool busy);
    QString resultText() const;

    // The controls, for tests and accessibility checks.
    QComboBox *meterBox() const { return m_meter; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *columnBox(Field field) const { return m_columns.at(field); }
    QComboBox *timeFormatBox() const { return m_timeFormat; }
    // "Times without an offset are read in Asia/Kolkata." (the chosen meter's zone)
    QLabel *zoneLabel() const { return m_zone; }
    QCheckBox *decimalCommaBox() const { return m_decimalComma; }
    QCheckBox *skipBadRowsBox() const { return m_skipBadRows; }
    QTableWidget *previewTable() const { return m_preview; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *importButton() const { return m_import; }

signals:
    void runRequested(bool dryRun);

private:
    void loadFile();
    void fillColumns();
    // Sets the time format to the one the time column's first rows are written in, if any.
    void detectTimeFormat();
    void updatePreview();
    void updateControls();
    QString timeFormat() const;
    char delimiter() const;
    int columnIndex(Field field) const;

    QList<Meter> m_meters;
    QString m_path;
    QStringList m_header;
    QList<QStringList> m_rows;
    std::optional<CsvError> m_fileError;
    QComboBox *m_meter;
    QComboBox *m_kind;
    QComboBox *m_delimiter;
    QList<QComboBox *> m_columns;
    QComboBox *m_timeFormat;
    QCheckBox *m_decimalComma;
    QCheckBox *m_skipBadRows;
    QLabel *m_layout;
    QLabel *m_zone;
    QTableWidget *m_preview;
    QPlainTextEdit *m_result;
    QPushButton *m_check;
    QPushButton *m_import;
    bool m_busy = false;
};
