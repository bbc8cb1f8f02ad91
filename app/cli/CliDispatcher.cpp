#include "CliDispatcher.h"

#include "AnalyticsCommands.h"
#include "CsvCommands.h"
#include "MeterCommands.h"
#include "ReadingCommands.h"
#include "RechargeCommands.h"
#include "TariffCommands.h"
#include "Version.h"
#include "providers/ProviderRegistry.h"
#include "setup/DatabaseLocation.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

// help [COMMAND]: the list of commands, or one command's synopsis (and for meter add, every
// provider's options).
class HelpCommand : public CliContext
{
public:
    using CliContext::CliContext;

    void runHelp(const QCommandLineParser &parser);
};

void HelpCommand::runHelp(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        m_out << CliDispatcher::usage();
        return finish(Success);
    }
    for (const CliCommand &c : CliDispatcher::commands()) {
        if (arguments.mid(0, c.words.size()) == c.words) {
            m_out << "kilowatch-cli " << c.synopsis() << "\n  " << c.summary << '\n';
            if (c.words == QStringList{QStringLiteral("meter"), QStringLiteral("add")}) {
                for (const ProviderInfo &info : ProviderRegistry::all()) {
                    m_out << "\n  --provider " << info.kind << " (" << info.displayName << ")\n";
                    for (const ProviderOption &o : info.options)
                        m_out << "    --" << o.name << ' ' << o.valueName << "  " << o.description
                              << (o.repeatable ? tr(" (may be given several times)") : QString()) << '\n';
                }
            }
            return finish(Success);
        }
    }
    fail(UsageError, tr("Unknown command \"%1\".").arg(arguments.join(QLatin1Char(' '))));
}

} // namespace

CliDispatcher::CliDispatcher(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

CliDispatcher::~CliDispatcher() = default;

const QList<CliCommand> &CliDispatcher::commands()
{
    // The one list of commands, group by group: later features add them to their group.
    static const QList<CliCommand> table = [] {
        QList<CliCommand> all = MeterCommands::commands();
        all += ReadingCommands::commands();
        all += AnalyticsCommands::commands();
        all += RechargeCommands::commands();
        all += CsvCommands::commands();
        all += TariffCommands::commands();
        all.append({{QStringLiteral("help")},
                    tr("Show this help, or the options of one command."),
                    {},
                    runOf(&HelpCommand::runHelp),
                    {QStringLiteral("[COMMAND]")},
                    {},
                    {},
                    true});
        return all;
    }();
    return table;
}

QString CliDispatcher::usage()
{
    QString text = tr("Usage: kilowatch-cli [--database FILE] [--json] COMMAND [OPTIONS]\n\n"
                      "Kilowatch tracks prepaid electricity meters. Global options:\n"
                      "  --database FILE  the database (default: $%1, else %2)\n"
                      "  --json           print JSON instead of a table\n"
                      "  --lang CODE      messages in this language (bn, hi, ...; default: the system's)\n"
                      "  --help           show this help\n"
                      "  --version        show the version\n\nCommands:\n")
                       .arg(QString::fromLatin1(DatabaseLocation::environmentVariable()),
                            DatabaseLocation::defaultPath());
    for (const CliCommand &c : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis(), c.summary);
    text += tr("\nExit codes: 0 success, 1 the command failed, 2 wrong usage, 3 no keychain.\n");
    return text;
}

void CliDispatcher::start(const QStringList &arguments)
{
    // Global options may stand anywhere; take them out before the command sees the rest.
    QStringList rest;
    bool help = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--database")) {
            if (i + 1 >= arguments.size())
                return context().fail(UsageError, tr("--database needs a file name."));
            m_databaseOption = arguments[++i];
        } else if (a.startsWith(QLatin1String("--database="))) {
            m_databaseOption = a.mid(11);
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            m_out << "kilowatch-cli " << KILOWATCH_VERSION << '\n';
            return context().finish(Success);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
        } else {
            rest.append(a);
        }
    }
    if (help && rest.isEmpty()) {
        m_out << usage();
        return context().finish(Success);
    }
    if (help)
        rest.prepend(QStringLiteral("help"));
    dispatch(rest);
}

void CliDispatcher::dispatch(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return context().fail(UsageError, tr("No command given.") + QLatin1Char('\n') + usage());
    const CliCommand *best = nullptr;
    for (const CliCommand &c : commands()) {
        if (arguments.size() >= c.words.size() && arguments.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (!best)
        return context().fail(UsageError, tr("Unknown command \"%1\". Run kilowatch-cli --help for the list.")
                                              .arg(arguments.mid(0, 2).join(QLatin1Char(' '))));
    QCommandLineParser parser;
    if (!best->parse(parser, arguments.mid(best->words.size())))
        return context(best).fail(
            UsageError, tr("%1\nUsage: kilowatch-cli %2").arg(parser.errorText(), best->synopsis()));
    adopt(best->run(setup(), *best, parser));
}

CliSetup CliDispatcher::setup() const
{
    CliSetup s;
    s.out = &m_out;
    s.err = &m_err;
    s.json = m_json;
    s.databaseOption = m_databaseOption;
    s.secrets = m_secrets;
    s.input = m_input;
    s.alertConfig = m_alertConfig;
    return s;
}

CliContext &CliDispatcher::context(const CliCommand *command)
{
    if (!m_context)
        adopt(std::make_unique<CliContext>(setup(), command));
    return *m_context;
}

void CliDispatcher::adopt(std::unique_ptr<CliContext> context)
{
    m_context = std::move(context);
    connect(m_context.get(), &CliContext::finished, this, &CliDispatcher::finished);
}

bool CliDispatcher::isFinished() const
{
    return m_context && m_context->isFinished();
}

int CliDispatcher::exitCode() const
{
    return m_context ? m_context->exitCode() : int(Success);
}
