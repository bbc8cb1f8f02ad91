#include "providers/JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonValue document()
{
    return QJsonDocument::fromJson(R"({
        "data": {"items": [{"balance": 12.5}, {"balance": "7"}, {"balance": null}]},
        "Data": {"Balance": 1787.42},
        "results": [{"value": 1}, {"value": 2}, {"value": 3}],
        "key with spaces": {"x": true},
        "a.b": 5,
        "quote\u0022d": 6,
        "$type": "meter",
        "": "empty key",
        "matrix": [[1, 2], [3, 4]],
        "text": "hello"
    })")
        .object();
}

} // namespace

class TestJsonPath : public QObject
{
    Q_OBJECT

private slots:
    void validPathsParse_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("steps"); // keys as k:name, indexes as i:n, joined by |
        QTest::newRow("dotted") << "data.items"
                                << "k:data|k:items";
        QTest::newRow("index") << "data.items[0].balance"
                               << "k:data|k:items|i:0|k:balance";
        QTest::newRow("dollar") << "$.Data.Balance"
                                << "k:Data|k:Balance";
        QTest::newRow("root") << "$"
                              << "";
        QTest::newRow("root bracket") << "$[0]"
                                      << "i:0";
        QTest::newRow("negative") << "results[-1].value"
                                  << "k:results|i:-1|k:value";
        QTest::newRow("double quotes") << "[\"key with spaces\"].x"
                                       << "k:key with spaces|k:x";
        QTest::newRow("single quotes") << "['a.b']"
                                       << "k:a.b";
        QTest::newRow("escaped quote") << "[\"quote\\\"d\"]"
                                       << "k:quote\"d";
        QTest::newRow("spaces in brackets") << "results[ 2 ]"
                                            << "k:results|i:2";
        QTest::newRow("nested indexes") << "matrix[1][0]"
                                        << "k:matrix|i:1|i:0";
        QTest::newRow("dollar key") << "$type"
                                    << "k:$type";
        QTest::newRow("dash and colon") << "kWh-today.x:y"
                                        << "k:kWh-today|k:x:y";
        QTest::newRow("empty key") << "[\"\"]"
                                   << "k:";
    }
    void validPathsParse()
    {
        QFETCH(QString, path);
        QFETCH(QString, steps);
        const Result<JsonPath> parsed = JsonPath::parse(path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QStringList got;
        for (const JsonPath::Step &s : parsed->steps())
            got.append(s.isIndex ? QStringLiteral("i:%1").arg(s.index) : QStringLiteral("k:") + s.key);
        QCOMPARE(got.join(QLatin1Char('|')), steps);
        QCOMPARE(parsed->text(), path);
    }

    void invalidPathsNameThePosition_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "" << 1 << "empty";
        QTest::newRow("double dot") << "data..x" << 6 << "expected a key";
        QTest::newRow("trailing dot") << "data." << 6 << "missing at the end";
        QTest::newRow("leading dot") << ".data" << 1 << "starts with";
        QTest::newRow("unclosed bracket") << "data[0" << 5 << "not closed";
        QTest::newRow("unclosed empty bracket") << "data[" << 5 << "not closed";
        QTest::newRow("unclosed quote") << "[\"abc" << 2 << "quote is not closed";
        QTest::newRow("letters in index") << "items[x]" << 7 << "expected an index";
        QTest::newRow("lone minus") << "items[-]" << 8 << "digits";
        QTest::newRow("stray bracket") << "items]" << 6 << "without its";
        QTest::newRow("space in key") << "key with spaces" << 4 << "in brackets";
        QTest::newRow("junk after bracket") << "items[0]x" << 9 << "expected \".\" or \"[\"";
        QTest::newRow("two indexes unclosed") << "a[0][1" << 5 << "not closed";
        QTest::newRow("huge index") << "a[99999999999]" << 3 << "too large";
        QTest::newRow("quote in key") << "it's" << 3 << "quote";
        QTest::newRow("dollar dot nothing") << "$." << 3 << "missing at the end";
        QTest::newRow("bracket then junk") << "a[\"b\"x]" << 6 << "expected \"]\"";
    }
    void invalidPathsNameThePosition()
    {
        QFETCH(QString, path);
        QFETCH(int, position);
        QFETCH(QString, reason);
        JsonPath::ParseError error;
        const Result<JsonPath> parsed = JsonPath::parse(path, &error);
        QVERIFY(!parsed.ok());
        QCOMPARE(error.position, position);
        QVERIFY2(error.reason.contains(reason), qPrintable(error.reason));
        QVERIFY2(parsed.error().contains(QStringLiteral("at character %1").arg(position)),
                 qPrintable(parsed.error()));
        QVERIFY(parsed.error().contains(path));
    }

    void evaluationFindsValues_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("object key") << "Data.Balance" << QJsonValue(1787.42);
        QTest::newRow("dollar") << "$.Data.Balance" << QJsonValue(1787.42);
        QTest::newRow("array index") << "data.items[0].balance" << QJsonValue(12.5);
        QTest::newRow("text value") << "data.items[1].balance" << QJsonValue(QStringLiteral("7"));
        QTest::newRow("null value resolves") << "data.items[2].balance" << QJsonValue(QJsonValue::Null);
        QTest::newRow("last") << "results[-1].value" << QJsonValue(3);
        QTest::newRow("first from the end") << "results[-3].value" << QJsonValue(1);
        QTest::newRow("bracket key") << "[\"key with spaces\"].x" << QJsonValue(true);
        QTest::newRow("dotted key in brackets") << "$[\"a.b\"]" << QJsonValue(5);
        QTest::newRow("escaped quote key") << "[\"quote\\\"d\"]" << QJsonValue(6);
        QTest::newRow("dollar key") << "$type" << QJsonValue(QStringLiteral("meter"));
        QTest::newRow("empty key") << "[\"\"]" << QJsonValue(QStringLiteral("empty key"));
        QTest::newRow("nested arrays") << "matrix[1][0]" << QJsonValue(3);
        QTest::newRow("nested arrays from the end") << "matrix[-1][-1]" << QJsonValue(4);
    }
    void evaluationFindsValues()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, expected);
        const Result<JsonPath> parsed = JsonPath::parse(path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QString why;
        const std::optional<QJsonValue> value = parsed->evaluate(document(), &why);
        QVERIFY2(value.has_value(), qPrintable(why));
        QCOMPARE(*value, expected);
    }

    void rootIsTheWholeAnswer()
    {
        const QJsonValue doc = document();
        QCOMPARE(*JsonPath::parse(QStringLiteral("$"))->evaluate(doc), doc);
        const QJsonValue list = QJsonArray{10, 20};
        QCOMPARE(*JsonPath::parse(QStringLiteral("[-1]"))->evaluate(list), QJsonValue(20));
    }

    void missingValuesSayWhichPart_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("why");
        QTest::newRow("missing top key") << "Balance"
                                         << "the answer has no key \"Balance\"";
        QTest::newRow("missing nested key") << "data.items[0].Balance"
                                            << "data.items[0] has no key \"Balance\"";
        QTest::newRow("case matters") << "data.Items"
                                      << "data has no key \"Items\"";
        QTest::newRow("index past the end") << "results[3].value"
                                            << "results has 3 value(s); [3] is not one";
        QTest::newRow("negative past the start") << "results[-4]"
                                                 << "results has 3 value(s); [-4]";
        QTest::newRow("index into object") << "data[0]"
                                           << "data is an object, not a list";
        QTest::newRow("key into list") << "results.value"
                                       << "results is a list, not an object";
        QTest::newRow("key into text") << "text.length"
                                       << "text is text, not an object";
        QTest::newRow("key into null") << "data.items[2].balance.x"
                                       << "data.items[2].balance is null";
        QTest::newRow("bracket key named back") << "[\"key with spaces\"].y"
                                                << "[\"key with spaces\"] has no key \"y\"";
    }
    void missingValuesSayWhichPart()
    {
        QFETCH(QString, path);
        QFETCH(QString, why);
        const Result<JsonPath> parsed = JsonPath::parse(path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QString reason;
        QVERIFY(!parsed->evaluate(document(), &reason).has_value());
        QVERIFY2(reason.contains(why), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
