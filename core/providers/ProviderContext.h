#pragma once

class Database;
class QNetworkAccessManager;
class SecretStore;

// What an adapter may use besides its meter's settings: the shared network access manager,
// the store holding its credentials and the database (for a provider's own per-meter state,
// e.g. the simulator's checkpoint). Any may be null (e.g. the simulator needs no network).
struct ProviderContext
{
    QNetworkAccessManager *network = nullptr;
    SecretStore *secrets = nullptr;
    Database *db = nullptr;
    // Who shows the adapter's sentences: the command line says "kilowatch-cli meter secrets",
    // the window says Meter > Edit meter… (where its user fixes credentials).
    enum class FrontEnd
    {
        CommandLine,
        Window,
    };
    FrontEnd frontEnd = FrontEnd::CommandLine;
};
