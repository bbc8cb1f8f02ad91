#pragma once

#include <QString>

// Where tests leave what a person may want to look at (screenshots, logs): the folder in
// KILOWATCH_TEST_ARTIFACTS (ctest sets build-ci/test-artifacts), else one under the temp folder;
// KILOWATCH_SHOT_SUFFIX (the scale-2 runs) goes before the extension.
class TestArtifacts
{
public:
    // The path for `name` inside that folder, which is created when missing.
    static QString path(const QString &name);
};
