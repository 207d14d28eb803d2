// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "async/StoreCall.h"
#include "common/Confirm.h"
#include "common/MessageBanner.h"
#include "export/ExportPackage.h"
#include "export/Passphrase.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(DbSession* session, qint64 requestId, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_requestId(requestId)
    , m_path(new QLineEdit(QDir(folder).filePath(ExportPackage::defaultFileName(requestId)), this))
    , m_browse(new QPushButton(this))
    , m_encrypt(new QCheckBox(this))
    , m_progress(new QProgressBar(this))
    , m_banner(new MessageBanner(this))
    , m_passphrase(new QLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_passphraseLabel(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_shaLabel(new QLabel(this))
    , m_sha256(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_start(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_path->setObjectName(QStringLiteral("targetPathEdit"));
    m_encrypt->setObjectName(QStringLiteral("encryptCheckBox"));
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_start->setObjectName(QStringLiteral("startExportButton"));
    m_encrypt->setChecked(true);
    m_fileLabel->setBuddy(m_path);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_passphrase->setReadOnly(true);
    QFont mono = m_passphrase->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_passphrase->setFont(mono);
    m_passphraseLabel->setWordWrap(true);
    m_sha256->setObjectName(QStringLiteral("sha256Edit"));
    m_sha256->setReadOnly(true);
    m_sha256->setFont(mono);
    m_sha256->hide();
    m_shaLabel->hide();
    for (QWidget* w : std::initializer_list<QWidget*>{m_passphraseLabel, m_passphrase, m_copy})
        w->hide();

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_fileLabel, pathRow);
    form->addRow(QString(), m_encrypt);
    form->addRow(m_shaLabel, m_sha256);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_passphrase, 1);
    secretRow->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_banner);
    layout->addWidget(m_passphraseLabel);
    layout->addLayout(secretRow);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(700, sizeHint().height());

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_start, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_secret);
        m_copied = true;
    });
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export package for request %1").arg(m_requestId));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("Choose…"));
    m_encrypt->setText(tr("Encrypt the ZIP file with AES-256 (recommended)"));
    m_start->setText(tr("Create package"));
    m_copy->setText(tr("Copy"));
    m_copy->setAccessibleName(tr("Copy passphrase"));
    m_passphraseLabel->setText(tr("Passphrase — shown only now and stored nowhere. Give it to the requester on a "
                                  "different channel than the file:"));
    m_buttons->button(QDialogButtonBox::Close)->setText(m_running ? tr("Cancel") : tr("Close"));
    m_shaLabel->setText(tr("SHA-256:"));
    if (m_succeeded)
        m_banner->showMessage(MessageBanner::Kind::Information, successText());
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ExportDialog::targetPath() const
{
    return m_path->text();
}

void ExportDialog::setTargetPath(const QString& path)
{
    m_path->setText(path);
}

QString ExportDialog::passphrase() const
{
    return m_secret;
}

void ExportDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save export package"), m_path->text(), tr("ZIP archives (*.zip)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::start()
{
    if (m_running || m_succeeded)
        return;
    if (!Confirm::ask(this, tr("Create export package"),
                      tr("Create the export package of request %1 and mark the request as fulfilled? This is logged "
                         "and cannot be undone; a new export needs a new request.")
                          .arg(m_requestId),
                      tr("Create and fulfil")))
        return;
    m_running = true;
    m_banner->clear();
    m_start->setEnabled(false);
    m_path->setEnabled(false);
    m_browse->setEnabled(false);
    m_encrypt->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    ExportOptions options;
    options.requestId = m_requestId;
    options.targetPath = m_path->text().trimmed();
    if (m_encrypt->isChecked())
        options.passphrase = Passphrase::generate();
    m_secret = options.passphrase;

    QPointer<ExportDialog> self(this);
    StoreCall::call<ExportResult>(
        m_session, this,
        [options, cancel = m_cancel, self](Stores& stores, ExportResult* result, QString* error) {
            ExportPackage package = stores.exportPackage();
            package.setProgress([&package, cancel, self](int permille) {
                if (*cancel)
                    package.cancel();
                QMetaObject::invokeMethod(
                    qApp,
                    [self, permille] {
                        if (self)
                            self->onProgress(permille);
                    },
                    Qt::QueuedConnection);
            });
            return package.run(options, result, error);
        },
        [this](const Result<ExportResult>& result) {
            m_result = result.value;
            onFinished(result.ok, result.ok ? successText() : result.error);
        },
        DbSession::Lane::Long);
}

void ExportDialog::onProgress(int permille)
{
    if (m_running)
        m_progress->setValue(permille);
}

QString ExportDialog::successText() const
{
    return tr("Saved %1 (%Ln record(s)); the request is fulfilled.", nullptr, int(m_result.rows))
        .arg(QDir::toNativeSeparators(m_result.path));
}

void ExportDialog::onFinished(bool ok, const QString& message)
{
    m_running = false;
    m_succeeded = ok;
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_banner->showMessage(ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error, message);
    if (ok) {
        m_progress->setValue(1000);
        m_sha256->setText(m_result.sha256);
        m_sha256->show();
        m_shaLabel->show();
        if (!m_secret.isEmpty()) {
            m_passphrase->setText(m_secret);
            for (QWidget* w : std::initializer_list<QWidget*>{m_passphraseLabel, m_passphrase, m_copy})
                w->show();
        }
    } else {
        m_secret.clear();
        m_progress->setValue(0);
        m_start->setEnabled(true);
        m_path->setEnabled(true);
        m_browse->setEnabled(true);
        m_encrypt->setEnabled(true);
    }
    emit exportFinished(ok);
}

void ExportDialog::reject()
{
    if (m_running) {
        *m_cancel = true; // the worker stops at its next page and cleans up
        return;
    }
    QDialog::reject();
}

// Every way of closing (Close, Escape, the window's button) comes here: the passphrase is shown
// only now, so closing before it was copied is asked about first.
void ExportDialog::done(int result)
{
    if (!m_mayClose && m_succeeded && !m_secret.isEmpty() && !m_copied &&
        !Confirm::ask(this, tr("Passphrase not copied"),
                      tr("The passphrase has not been copied. It is shown only now and stored nowhere: without it "
                         "the package cannot be opened. Close anyway?"),
                      tr("Close without copying")))
        return;
    m_mayClose = true;
    QDialog::done(result);
}
