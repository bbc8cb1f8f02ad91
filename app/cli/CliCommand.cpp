#include "CliCommand.h"

#include <QCommandLineParser>

namespace {

CliOption make(const QString &name, const QString &description, const QString &valueName,
               CliOption::Shape shape)
{
    return CliOption{QCommandLineOption(name, description, valueName), shape};
}

} // namespace

CliOption CliOption::optional(const QString &name, const QString &description, const QString &valueName)
{
    return make(name, description, valueName, Shape::Optional);
}

CliOption CliOption::required(const QString &name, const QString &description, const QString &valueName)
{
    return make(name, description, valueName, Shape::Required);
}

CliOption CliOption::repeated(const QString &name, const QString &description, const QString &valueName)
{
    return make(name, description, valueName, Shape::Repeated);
}

CliOption CliOption::oneOf(const QString &name, const QString &description, const QString &valueName)
{
    return make(name, description, valueName, Shape::OneOf);
}

CliOption CliOption::alternative(const QString &name, const QString &description, const QString &valueName)
{
    return make(name, description, valueName, Shape::Alternative);
}

QString CliOption::text() const
{
    const QString flag = QStringLiteral("--") + name();
    return option.valueName().isEmpty() ? flag : flag + QLatin1Char(' ') + option.valueName();
}

QString CliCommand::synopsis() const
{
    QStringList parts = words + arguments;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const CliOption &o = options.at(i);
        switch (o.shape) {
        case CliOption::Shape::Optional:
            parts.append(QLatin1Char('[') + o.text() + QLatin1Char(']'));
            break;
        case CliOption::Shape::Required:
            parts.append(o.text());
            break;
        case CliOption::Shape::Repeated:
            parts.append(o.text());
            parts.append(QLatin1Char('[') + o.text() + QStringLiteral(" ...]"));
            break;
        case CliOption::Shape::OneOf: {
            QStringList choices{o.text()};
            while (i + 1 < options.size() && options.at(i + 1).shape == CliOption::Shape::OneOf)
                choices.append(options.at(++i).text());
            parts.append(QLatin1Char('(') + choices.join(QStringLiteral(" | ")) + QLatin1Char(')'));
            break;
        }
        case CliOption::Shape::Alternative:
            parts.append(QStringLiteral("| ") + o.text());
            break;
        }
    }
    if (!more.isEmpty())
        parts.append(more);
    return parts.join(QLatin1Char(' '));
}

bool CliCommand::parse(QCommandLineParser &parser, const QStringList &arguments) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const CliOption &o : options)
        parser.addOption(o.option);
    parser.addOptions(unlisted);
    QStringList line{QStringLiteral("kilowatch-cli")};
    if (verbatimArguments)
        line.append(QStringLiteral("--"));
    return parser.parse(line + arguments);
}

const QCommandLineOption &CliCommand::option(const QString &name) const
{
    for (const CliOption &o : options) {
        if (o.option.names().contains(name))
            return o.option;
    }
    for (const QCommandLineOption &o : unlisted) {
        if (o.names().contains(name))
            return o;
    }
    qFatal("kilowatch-cli %s declares no option --%s", qPrintable(words.join(QLatin1Char(' '))),
           qPrintable(name));
}
