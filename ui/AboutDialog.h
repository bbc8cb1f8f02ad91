#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

// Help > About Kilowatch: the version, the Qt and QtKeychain it runs on, and the licences under
// which those libraries come (with the notices their licences ask binaries to reproduce).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QString versionText() const;
    QString licenceText() const;

private:
    QLabel *m_version;
    QTextBrowser *m_licences;
};
