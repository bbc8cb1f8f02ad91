#pragma once

class QNetworkAccessManager;
class SecretStore;

// What an adapter may use besides its meter's settings: the shared network access manager
// and the store holding its credentials. Either may be null (e.g. the simulator needs none).
struct ProviderContext
{
    QNetworkAccessManager *network = nullptr;
    SecretStore *secrets = nullptr;
};
