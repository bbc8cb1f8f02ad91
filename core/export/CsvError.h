#pragma once

#include "model/Error.h"

#include <QString>

// A problem with a CSV file, where it is: the line (1-based, the physical line where the
// record starts) and, when known, the column (1-based, and its header name).
struct CsvError
{
    qint64 line = 0;
    int column = 0;
    QString columnName;
    QString message; // a sentence: what is wrong and, where possible, what to do
    // What the file's content is, in core's one error enum: InvalidInput, unless the file
    // could not be read at all (e.g. NotFound).
    ErrorKind kind = ErrorKind::InvalidInput;

    // "Line 12, column 3 (balance): "abc" is not a number."
    QString sentence() const;
    // The kind with the sentence, for a Result/Status.
    Error toError() const { return {kind, sentence()}; }
};
