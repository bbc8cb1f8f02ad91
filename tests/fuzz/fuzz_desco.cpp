// libFuzzer target: the desco provider's answers (see ProviderHarness.h for the input format).
#include "FuzzApplication.h"
#include "ProviderHarness.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzApplication::ensure(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Meter meter = [] {
        Meter m;
        m.id = 1;
        m.name = QStringLiteral("fuzz");
        m.provider = QStringLiteral("desco");
        m.timezone = QStringLiteral("Asia/Dhaka");
        m.currency = QStringLiteral("BDT");
        m.settings.insert(QStringLiteral("base_url"),
                          QStringLiteral("http://127.0.0.1:8080/api/tkdes/customer/"));
        m.settings.insert(QStringLiteral("account"), QStringLiteral("12345678"));
        m.settings.insert(QStringLiteral("meter_number"), QStringLiteral("661234567890"));
        return m;
    }();
    static const QHash<QString, QString> secrets{};
    ProviderHarness::run(meter, secrets,
                         QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}
