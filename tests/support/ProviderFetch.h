#pragma once

#include "providers/FetchOutcome.h"

#include <functional>

class MeterProvider;

// One call of a provider (a fetch, a backfill) and the one outcome it ends in, for the
// provider tests. `start` makes the call; the answer is the provider's single
// MeterProvider::finished, or a NetworkError "test: no answer" after `waitMs`. After the
// answer, `settleMs` more are waited so that a second answer (a bug) shows: more than one
// fails the test and gives a NetworkError "test: two answers".
FetchOutcome awaitOutcome(MeterProvider &provider, const std::function<void()> &start, int waitMs = 15'000,
                          int settleMs = 0);
// awaitOutcome() of provider.fetch().
FetchOutcome fetchOnce(MeterProvider &provider, int waitMs = 15'000, int settleMs = 0);
