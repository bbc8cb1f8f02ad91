#include "AboutDialog.h"

#include "AppIcons.h"
#include "Version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// The holders and the two-clause text as Debian's copyright file for libqt6keychain1 records
// them (BSD-2-Clause); QtKeychain's README calls this the "Modified BSD License". Binaries must
// reproduce it, and the Windows and macOS packages ship QtKeychain's library.
const char kQtKeychainNotice[] =
    "Copyright (C) 2011-2015 Frank Osterfeld &lt;frank.osterfeld@gmail.com&gt;, "
    "2016 Mathias Hasselmann, 2018 François Revol and other contributors.<br><br>"
    "Redistribution and use in source and binary forms, with or without modification, are permitted "
    "provided that the following conditions are met:<br>"
    "1. Redistributions of source code must retain the above copyright notice, this list of conditions "
    "and the following disclaimer.<br>"
    "2. Redistributions in binary form must reproduce the above copyright notice, this list of "
    "conditions and the following disclaimer in the documentation and/or other materials provided with "
    "the distribution.<br><br>"
    "THIS SOFTWARE IS PROVIDED BY THE AUTHOR ``AS IS'' AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, "
    "BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE "
    "ARE DISCLAIMED. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, "
    "SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF "
    "SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER "
    "CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING "
    "NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE "
    "POSSIBILITY OF SUCH DAMAGE.";

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_version(new QLabel(this))
    , m_licences(new QTextBrowser(this))
{
    setWindowTitle(tr("About Kilowatch"));
    setWindowIcon(AppIcons::application());

    auto *icon = new QLabel(this);
    icon->setPixmap(AppIcons::application().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title =
        new QLabel(QStringLiteral("<h2>Kilowatch %1</h2>").arg(QLatin1String(KILOWATCH_VERSION)), this);
    auto *summary = new QLabel(tr("A tracker for prepaid electricity meters: balance, usage and "
                                  "what a recharge buys, from every meter you have."),
                               this);
    summary->setWordWrap(true);
    m_version->setText(versionText());
    m_version->setWordWrap(true);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_licences->setOpenExternalLinks(true);
    m_licences->setHtml(licenceText());
    m_licences->setMinimumSize(520, 240);
    m_licences->setAccessibleName(tr("Licences"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addWidget(m_version);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_licences, 1);
    layout->addWidget(buttons);
}

QString AboutDialog::versionText() const
{
    return tr("Version %1, built with Qt %2 and QtKeychain %3; running on Qt %4.")
        .arg(QLatin1String(KILOWATCH_VERSION), QLatin1String(QT_VERSION_STR),
             QLatin1String(KILOWATCH_QTKEYCHAIN_VERSION), QLatin1String(qVersion()));
}

QString AboutDialog::licenceText() const
{
    QString html;
    html +=
        QStringLiteral("<h3>Kilowatch</h3><p>%1</p>")
            .arg(tr("Kilowatch is free software under the GNU General Public License version 3 or later "
                    "(GPL-3.0-or-later), which Qt Charts requires; it comes with no warranty. The licence "
                    "text: <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GPL-3.0</a>."));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Qt"));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("Kilowatch uses the Qt libraries (Core, GUI, Widgets, Network, SQL, SVG) under the GNU "
                    "Lesser General Public License version 3 (LGPL-3.0-only), and Qt Charts, which draws "
                    "the usage charts, under the GNU General Public License version 3 (GPL-3.0-only); "
                    "Qt Charts has no LGPL edition. Qt is Copyright (C) The Qt Company Ltd. and other "
                    "contributors. Qt's source code is available from "
                    "<a href=\"https://download.qt.io/\">download.qt.io</a>; the Qt libraries Kilowatch "
                    "loads can be replaced by other builds of the same version. The licence texts: "
                    "<a href=\"https://www.gnu.org/licenses/lgpl-3.0.html\">LGPL-3.0</a>, "
                    "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GPL-3.0</a>."));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("QtKeychain"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Kilowatch keeps credentials in the operating system's keychain through QtKeychain, "
                        "which is distributed under the BSD 2-Clause licence (BSD-2-Clause; its README calls "
                        "it the Modified BSD License):"));
    html += QStringLiteral("<p><small>%1</small></p>").arg(QString::fromUtf8(kQtKeychainNotice));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("SQLite"));
    html += QStringLiteral("<p>%1</p>").arg(tr("The database engine, SQLite, is in the public domain."));
    return html;
}
