#pragma once

#include <QTableView>

// A table that copies: Ctrl+C (or the context menu) puts the selected cells on the clipboard
// as tab-separated text with a header line, ready to paste into a spreadsheet. Enter or a
// double click on a row emits rowActivated (charts use it to drill down by keyboard).
class CopyableTableView : public QTableView
{
    Q_OBJECT
public:
    explicit CopyableTableView(QWidget *parent = nullptr);

    // The selection as it would be copied: the selected columns' headers, then one line per
    // selected row, cells as displayed.
    QString selectionAsTsv() const;
    void copySelection() const;

signals:
    void rowActivated(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
