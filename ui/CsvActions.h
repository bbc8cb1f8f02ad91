#pragma once

#include <QObject>
#include <QPointer>

class BackgroundTask;
class CsvExportDialog;
class CsvImportDialog;
class Database;
class MainWindow;
class PollScheduler;
class QAction;
class QProgressDialog;
class QWidget;

// The window's CSV actions: File > Export CSV... (Ctrl+E) and File > Import CSV.... Both
// run on a worker thread with its own database connection, behind a progress dialog with
// Cancel that appears only when the work takes longer than a moment. The tray's
// "Export CSV..." triggers exportAction() (or calls exportCsv()), so both go the same way.
class CsvActions : public QObject
{
    Q_OBJECT
public:
    CsvActions(Database &db, PollScheduler &scheduler, MainWindow *window);
    ~CsvActions() override;

    QAction *exportAction() const { return m_exportAction; }
    QAction *importAction() const { return m_importAction; }

    // Opens the export dialog, set to the current meter and what the chart shows.
    void exportCsv();
    // Opens the import dialog for `path`, asking for a file when it is empty.
    void importCsv(const QString &path = {});

    CsvExportDialog *exportDialog() const;
    CsvImportDialog *importDialog() const;
    QProgressDialog *progressDialog() const;
    bool isBusy() const { return m_task != nullptr; }
    // Cancels the running export or import (as the progress dialog's Cancel button does).
    void cancel();

signals:
    void exportFinished(bool ok, const QString &message);
    void importFinished(bool ok, const QString &message);
    void checkFinished(const QString &message); // a dry run

private:
    void startExport();
    void startImport(bool dryRun);
    // Window-modal over `over` (the export dialog), else over the window.
    QProgressDialog *showProgress(const QString &label, QWidget *over = nullptr);
    void finishTask();

    Database &m_db;
    PollScheduler &m_scheduler;
    MainWindow *m_window;
    QAction *m_exportAction;
    QAction *m_importAction;
    QPointer<CsvExportDialog> m_exportDialog;
    QPointer<CsvImportDialog> m_importDialog;
    QPointer<QProgressDialog> m_progress;
    BackgroundTask *m_task = nullptr;
};
