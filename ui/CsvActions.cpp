#include "CsvActions.h"

#include "BackgroundTask.h"
#include "CsvExportDialog.h"
#include "CsvImportDialog.h"
#include "Logging.h"
#include "MainWindow.h"
#include "UsageChartPanel.h"
#include "export/BillSource.h"
#include "export/CsvExporter.h"
#include "export/CsvImporter.h"
#include "model/TimeFormat.h"
#include "polling/PollScheduler.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimeZone>

namespace {

constexpr int kShownProblems = 20;

} // namespace

CsvActions::CsvActions(Database &db, PollScheduler &scheduler, MainWindow *window)
    : QObject(window)
    , m_db(db)
    , m_scheduler(scheduler)
    , m_window(window)
    , m_exportAction(new QAction(tr("&Export CSV…"), this))
    , m_importAction(new QAction(tr("&Import CSV…"), this))
{
    m_exportAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(
        tr("Write readings, usage, totals, recharges, sessions or alerts to a CSV file."));
    m_importAction->setObjectName(QStringLiteral("importCsvAction"));
    m_importAction->setStatusTip(tr("Read readings or recharges from a CSV file."));
    connect(m_exportAction, &QAction::triggered, this, &CsvActions::exportCsv);
    connect(m_importAction, &QAction::triggered, this, [this] { importCsv(); });
}

CsvActions::~CsvActions()
{
    delete m_task; // waits for the worker: it never outlives the window
}

// A closed dialog lingers until its deferred deletion: only an open one counts.
CsvExportDialog *CsvActions::exportDialog() const
{
    return m_exportDialog && m_exportDialog->isVisible() ? m_exportDialog.data() : nullptr;
}

CsvImportDialog *CsvActions::importDialog() const
{
    return m_importDialog && m_importDialog->isVisible() ? m_importDialog.data() : nullptr;
}

QProgressDialog *CsvActions::progressDialog() const
{
    return m_progress;
}

void CsvActions::exportCsv()
{
    if (exportDialog()) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return;
    }
    const Result<QList<Meter>> meters = MeterRepository(m_db).list();
    if (!meters || meters->isEmpty()) {
        m_window->showMessage(meters ? tr("There is no meter to export yet.") : meters.error());
        return;
    }
    const std::optional<Meter> current = m_window->currentMeter();
    CsvExportDialog::ChartRange chart;
    const UsageSeries &series = m_window->usagePanel()->series();
    if (!series.buckets.isEmpty()) {
        chart.from = series.from;
        chart.to = series.to;
    }
    chart.groupMinutes = m_window->usagePanel()->groupMinutes();
    m_exportDialog =
        new CsvExportDialog(meters.value(), current ? std::optional<qint64>(current->id) : std::nullopt,
                            chart, m_window->clock().now(), m_window);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exportDialog, &CsvExportDialog::exportRequested, this, &CsvActions::startExport);
    m_exportDialog->open();
}

QProgressDialog *CsvActions::showProgress(const QString &label, QWidget *over)
{
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 1000, over ? over : m_window);
    m_progress->setObjectName(QStringLiteral("csvProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(400); // only for work that takes longer than a moment
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &CsvActions::cancel);
    connect(m_task, &BackgroundTask::progress, m_progress, [progress = m_progress](int permille) {
        if (progress && !progress->wasCanceled())
            progress->setValue(permille);
    });
    return m_progress;
}

void CsvActions::cancel()
{
    if (m_task)
        m_task->cancel();
}

void CsvActions::finishTask()
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    m_task->deleteLater();
    m_task = nullptr;
}

void CsvActions::startExport()
{
    if (!m_exportDialog)
        return;
    if (m_task) {
        m_exportDialog->showError(tr("Another export or import is still running."));
        return;
    }
    const CsvExporter::Request request = m_exportDialog->request();
    const QString path = m_exportDialog->path();
    auto result = std::make_shared<std::optional<Result<CsvExporter::Stats>>>();
    m_task = new BackgroundTask(
        [dbPath = m_db.path(), request, path, result,
         now = m_window->clock().now()](BackgroundTask::Control &control) {
            // The file's folder is made when missing.
            if (Status folder = CsvExporter::makeFolder(path); !folder) {
                *result = Result<CsvExporter::Stats>::failure(folder.typedError());
                return;
            }
            Result<std::unique_ptr<Database>> db = Database::open(dbPath);
            if (!db) {
                *result = Result<CsvExporter::Stats>::failure(db.typedError());
                return;
            }
            const std::unique_ptr<BillSource> bills = BillSource::create(*db.value());
            CsvExporter exporter(*db.value(), bills.get());
            exporter.setNow(now);
            exporter.setProgress([&control](int permille) { return control.report(permille); });
            *result = exporter.writeFile(request, path);
        },
        this);
    m_exportDialog->setBusy(true);
    showProgress(tr("Writing %1…").arg(QFileInfo(path).fileName()), m_exportDialog);
    connect(m_task, &BackgroundTask::finished, this, [this, result, path] {
        finishTask();
        bool ok = false;
        bool cancelled = false;
        QString message;
        if (!*result) {
            message = tr("The export failed.");
        } else if (!result->value()) {
            message = result->value().error();
            qCWarning(lcUi) << "export failed:" << message;
        } else if (result->value()->cancelled) {
            cancelled = true;
            message = tr("Export cancelled; no file was written.");
        } else {
            ok = true;
            message = tr("Exported %n row(s) to %1.", nullptr, static_cast<int>(result->value()->rows))
                          .arg(QDir::toNativeSeparators(path));
        }
        m_window->showMessage(message);
        // Written: the dialog closes. Otherwise it says why and stays until the user closes it;
        // when the user closed it meanwhile, a failure comes as a message of its own.
        if (exportDialog()) {
            m_exportDialog->setBusy(false);
            if (ok)
                m_exportDialog->finishExport();
            else
                m_exportDialog->showError(message);
        } else if (!ok && !cancelled) {
            auto *box =
                new QMessageBox(QMessageBox::Warning, tr("Export CSV"), message, QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("csvExportFailed"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit exportFinished(ok, message);
    });
    m_task->start();
}

void CsvActions::importCsv(const QString &path)
{
    if (importDialog()) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    QString file = path;
    if (file.isEmpty()) {
        QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        file = QFileDialog::getOpenFileName(m_window, tr("Import CSV"), folder,
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (file.isEmpty())
            return;
    }
    if (Status source = CsvImporter::checkSource(m_db.path(), file); !source) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import CSV"), source.error(), QMessageBox::Ok,
                                    m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    const Result<QList<Meter>> meters = MeterRepository(m_db).list();
    if (!meters || meters->isEmpty()) {
        m_window->showMessage(meters ? tr("Add a meter first: imported rows belong to a meter.")
                                     : meters.error());
        return;
    }
    const std::optional<Meter> current = m_window->currentMeter();
    m_importDialog = new CsvImportDialog(
        meters.value(), current ? std::optional<qint64>(current->id) : std::nullopt, file, m_window);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &CsvImportDialog::runRequested, this, &CsvActions::startImport);
    m_importDialog->open();
}

void CsvActions::startImport(bool dryRun)
{
    if (!m_importDialog)
        return;
    if (m_task) {
        m_importDialog->showResult(tr("Another export or import is still running."), {});
        return;
    }
    const std::optional<Meter> meter = m_importDialog->meter();
    if (!meter)
        return;
    const CsvImporter::Options options = m_importDialog->options(dryRun);
    const QString path = m_importDialog->path();
    auto result = std::make_shared<std::optional<Result<CsvImporter::Report>>>();
    m_task = new BackgroundTask(
        [dbPath = m_db.path(), meter = *meter, options, path, result](BackgroundTask::Control &control) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                *result = Result<CsvImporter::Report>::failure(
                    QCoreApplication::translate("CsvActions", "Could not open %1: %2")
                        .arg(path, file.errorString()));
                return;
            }
            Result<std::unique_ptr<Database>> db = Database::open(dbPath);
            if (!db) {
                *result = Result<CsvImporter::Report>::failure(db.typedError());
                return;
            }
            CsvImporter importer(*db.value());
            importer.setProgress([&control](int permille) { return control.report(permille); });
            *result = importer.run(meter, file, options);
        },
        this);
    // The import is one write transaction: keep the poller from queueing writes behind it.
    const bool wasPaused = m_scheduler.isPaused();
    if (!dryRun)
        m_scheduler.setPaused(true);
    m_importDialog->setBusy(true);
    showProgress(dryRun ? tr("Checking %1…").arg(QFileInfo(path).fileName())
                        : tr("Importing %1…").arg(QFileInfo(path).fileName()),
                 m_importDialog);
    connect(
        m_task, &BackgroundTask::finished, this,
        [this, result, meter = *meter, dryRun, wasPaused, skip = options.skipBadRows] {
            finishTask();
            if (!dryRun)
                m_scheduler.setPaused(wasPaused);
            bool ok = false;
            QString summary;
            QStringList problems;
            if (!*result || !result->value()) {
                summary = *result ? result->value().error() : tr("The import failed.");
            } else {
                const CsvImporter::Report &r = result->value().value();
                for (int i = 0; i < r.errors.size() && i < kShownProblems; ++i)
                    problems.append(r.errors.at(i).sentence());
                if (r.badRows > kShownProblems)
                    problems.append(tr("… and %1 more bad rows.").arg(r.badRows - kShownProblems));
                const QString counts = tr("%1 rows: %2 new, %3 already stored, %4 bad.")
                                           .arg(r.rows)
                                           .arg(r.imported)
                                           .arg(r.duplicates)
                                           .arg(r.badRows);
                if (r.cancelled)
                    summary = tr("Import cancelled; nothing was stored.");
                else if (r.badRows > 0 && !r.committed && !r.dryRun)
                    summary = tr(
                        "Nothing was imported: %n row(s) have errors. Fix them, or choose \"Skip bad rows\".",
                        nullptr, static_cast<int>(r.badRows));
                else if (r.dryRun && r.badRows > 0 && !skip)
                    summary =
                        tr("Check: %1 An import would store nothing until the bad rows are fixed or skipped.")
                            .arg(counts);
                else if (r.dryRun)
                    summary = tr("Check: %1 Nothing was stored.").arg(counts);
                else {
                    ok = true;
                    summary = tr("Imported into %1: %2").arg(meter.name, counts);
                    if (r.rechargesDerived > 0)
                        summary += QLatin1Char(' ') + tr("%n recharge(s) found in the readings.", nullptr,
                                                         static_cast<int>(r.rechargesDerived));
                }
            }
            if (m_importDialog) {
                m_importDialog->setBusy(false);
                m_importDialog->showResult(summary, problems);
            }
            if (ok) {
                // Everything derived changed: the chart and the status card read it again.
                m_window->reloadMeters();
                m_window->selectMeter(meter.id);
                if (m_importDialog)
                    m_importDialog->accept();
            }
            m_window->showMessage(summary);
            if (dryRun)
                emit checkFinished(summary);
            else
                emit importFinished(ok, summary);
        });
    m_task->start();
}
