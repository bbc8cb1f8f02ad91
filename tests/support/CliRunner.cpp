#include "CliRunner.h"

#include "cli/CliDispatcher.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTextStream>

CliRunner::CliRunner(QString database)
    : m_database(std::move(database))
{}

CliRun CliRunner::run(const QStringList &arguments, const QByteArray &input) const
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    return run(arguments, &buffer);
}

CliRun CliRunner::run(const QStringList &arguments, QIODevice *input) const
{
    const QStringList line =
        m_database.isEmpty() ? arguments : QStringList{QStringLiteral("--database"), m_database} + arguments;
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CliDispatcher cli(out, err);
    if (m_secrets)
        cli.setSecretStore(m_secrets);
    if (input)
        cli.setInput(input);
    if (m_alertConfig)
        cli.setAlertConfig(*m_alertConfig);
    QSignalSpy finished(&cli, &CliDispatcher::finished);
    cli.start(line);
    if (!finished.wait(m_timeoutMs))
        qFatal("kilowatch-cli %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    r.code = finished.constFirst().constFirst().toInt();
    out.flush();
    err.flush();
    return r;
}
