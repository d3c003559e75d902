#include "client/ui/crm/LeadImportWizard.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/ui/BusyIndicator.h"
#include "client/ui/FieldErrorStyle.h"
#include "client/ui/crm/ImportWizardPage.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {

// The server's field for a row problem is "rows[<line>].<column>" in the
// 422 of a failed import; the dry run sends line and column separately.
QJsonObject rowError(const QJsonObject &e)
{
    if (e.contains(u"line"_s))
        return e;
    static const QRegularExpression shape(u"^rows\\[(\\d+)\\](?:\\.(.+))?$"_s);
    QJsonObject out = e;
    const auto m = shape.match(e.value(u"field"_s).toString());
    if (m.hasMatch()) {
        out.insert(u"line"_s, m.captured(1).toInt());
        out.insert(u"column"_s, m.captured(2));
    }
    return out;
}

QString reasonFor(const QJsonObject &e)
{
    const QString code = e.value(u"code"_s).toString();
    const QString generic = ErrorText::forFieldCode(u"\x01"_s);
    const QString text = ErrorText::forFieldCode(code);
    if (text != generic)
        return text;
    // Unknown to this client: the server's own sentence (without its "Line n: ").
    QString message = e.value(u"message"_s).toString();
    message.remove(QRegularExpression(u"^Line \\d+: "_s));
    return message.isEmpty() ? generic : message;
}

} // namespace

LeadImportWizard::LeadImportWizard(ApiClient *api, QWidget *parent)
    : QWizard(parent)
    , m_api(api)
{
    setObjectName(u"leadImportWizard"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    // 1. The file.
    m_filePage = new QWizardPage(this);
    m_fileIntro = new QLabel(m_filePage);
    m_fileIntro->setWordWrap(true);
    m_fileIntro->setTextFormat(Qt::PlainText);
    m_fileLabel = new QLabel(m_filePage);
    m_fileEdit = new QLineEdit(m_filePage);
    m_fileEdit->setObjectName(u"fileEdit"_s);
    m_fileLabel->setBuddy(m_fileEdit);
    m_browse = new QPushButton(m_filePage);
    m_browse->setObjectName(u"browseButton"_s);
    m_fileError = new QLabel(m_filePage);
    m_fileError->setObjectName(u"fileError"_s);
    FieldErrorStyle::applyTo(m_fileError);
    m_fileError->hide();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browse);
    auto *fileLayout = new QVBoxLayout(m_filePage);
    fileLayout->addWidget(m_fileIntro);
    fileLayout->addSpacing(8);
    fileLayout->addLayout(fileRow);
    fileLayout->addWidget(m_fileError);
    fileLayout->addStretch(1);
    connect(m_browse, &QPushButton::clicked, this, &LeadImportWizard::browse);
    connect(m_fileEdit, &QLineEdit::textEdited, m_fileError, &QWidget::hide);

    // 2. The server's dry run.
    m_checkPage = new ImportWizardPage(this);
    m_checkPage->setCommitPage(true);
    m_checkBusy = new BusyIndicator(m_checkPage);
    m_summary = new QLabel(m_checkPage);
    m_summary->setObjectName(u"checkSummary"_s);
    m_summary->setWordWrap(true);
    m_report = new QTableWidget(0, 3, m_checkPage);
    m_report->setObjectName(u"reportTable"_s);
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_report->verticalHeader()->hide();
    m_report->horizontalHeader()->setStretchLastSection(true);
    m_report->setWordWrap(true);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_checkBusy);
    summaryRow->addWidget(m_summary, 1);
    auto *checkLayout = new QVBoxLayout(m_checkPage);
    checkLayout->addLayout(summaryRow);
    checkLayout->addWidget(m_report, 1);

    // 3. The import.
    m_resultPage = new ImportWizardPage(this);
    m_importBusy = new BusyIndicator(m_resultPage);
    m_result = new QLabel(m_resultPage);
    m_result->setObjectName(u"resultText"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_importBusy, 0, Qt::AlignTop);
    resultRow->addWidget(m_result, 1);
    auto *resultLayout = new QVBoxLayout(m_resultPage);
    resultLayout->addLayout(resultRow);
    resultLayout->addStretch(1);

    setPage(FilePage, m_filePage);
    setPage(CheckPage, m_checkPage);
    setPage(ResultPage, m_resultPage);
    retranslate();
    resize(680, 460);
}

bool LeadImportWizard::setFile(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    const auto fail = [this](const QString &text) {
        m_fileError->setText(text);
        m_fileError->show();
        m_data.clear();
        return false;
    };
    QFile file(path);
    if (path.trimmed().isEmpty())
        return fail(tr("Choose the CSV file to import."));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be read: %1").arg(file.errorString()));
    if (file.size() > MaxFileSize)
        return fail(tr("The file is larger than 1 MiB. Split it into smaller files and import them one by one."));
    m_data = file.readAll();
    if (m_data.trimmed().isEmpty())
        return fail(tr("The file is empty."));
    m_fileError->hide();
    return true;
}

QString LeadImportWizard::filePath() const
{
    return QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
}

QString LeadImportWizard::checkSummary() const
{
    return m_summary->text();
}

QString LeadImportWizard::resultText() const
{
    return m_result->text();
}

void LeadImportWizard::browse()
{
    auto *dialog = new QFileDialog(this, tr("Import Leads"), QFileInfo(filePath()).absolutePath(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { setFile(path); });
    dialog->open();
}

bool LeadImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage)
        return setFile(filePath());
    return QWizard::validateCurrentPage();
}

void LeadImportWizard::initializePage(int id)
{
    if (id == CheckPage)
        runCheck();
    else if (id == ResultPage)
        runImport();
    QWizard::initializePage(id);
}

void LeadImportWizard::cleanupPage(int id)
{
    // Back from the report: forget it (the file may be fixed and checked again).
    if (id == CheckPage) {
        if (m_reply)
            m_reply->cancel();
        m_valid = false;
        m_checkPage->setComplete(false);
    }
    QWizard::cleanupPage(id);
}

void LeadImportWizard::runCheck()
{
    m_valid = false;
    m_checkPage->setComplete(false);
    m_report->setRowCount(0);
    m_report->hide();
    m_summary->setText(tr("The server is checking the file…"));
    m_checkBusy->start();
    QUrlQuery query;
    query.addQueryItem(u"dry_run"_s, u"true"_s);
    ApiReply *reply = m_api->postData(u"/leads/import"_s, query, m_data, "text/csv; charset=utf-8");
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_reply = nullptr;
        m_checkBusy->stop();
        if (!reply->isSuccess()) {
            QString text = ErrorText::forError(reply->error());
            if (reply->error().code() == u"payload_too_large"_s)
                text = tr("The file is larger than the server accepts. Split it into smaller files.");
            m_summary->setText(tr("The file could not be checked: %1").arg(text));
            emit checked(false);
            return;
        }
        const QJsonObject report = reply->json();
        m_rows = report.value(u"rows"_s).toInt();
        m_valid = report.value(u"valid"_s).toBool();
        const QJsonArray errors = report.value(u"errors"_s).toArray();
        showReport(errors);
        if (m_valid) {
            m_summary->setText(m_rows == 0 ? tr("The file contains no leads.")
                                           : tr("All %Ln lead(s) in the file can be imported. Press “Import” to "
                                                "import them.",
                                                nullptr, m_rows));
            m_valid = m_rows > 0;
        } else {
            // The server lists the first problems and counts the rest.
            const int total = report.value(u"error_count"_s).toInt(int(errors.size()));
            QString text = tr("%Ln problem(s) found; nothing can be imported until the file is corrected. "
                              "Fix the lines below, then go back and check the file again.",
                              nullptr, total);
            const int unlisted = report.value(u"errors_not_listed"_s).toInt();
            if (unlisted > 0)
                text += u' ' + tr("Only the first %n problem(s) are listed.", nullptr, int(errors.size()));
            m_summary->setText(text);
        }
        m_checkPage->setComplete(m_valid);
        emit checked(m_valid);
    });
}

void LeadImportWizard::showReport(const QJsonArray &errors)
{
    m_report->setRowCount(int(errors.size()));
    for (int row = 0; row < errors.size(); ++row) {
        const QJsonObject e = rowError(errors.at(row).toObject());
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, e.value(u"line"_s).toInt());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_report->setItem(row, 0, line);
        m_report->setItem(row, 1, new QTableWidgetItem(e.value(u"column"_s).toString()));
        auto *reason = new QTableWidgetItem(reasonFor(e));
        reason->setToolTip(e.value(u"message"_s).toString());
        m_report->setItem(row, 2, reason);
    }
    m_report->resizeColumnToContents(0);
    m_report->resizeColumnToContents(1);
    m_report->setVisible(!errors.isEmpty());
}

void LeadImportWizard::runImport()
{
    m_resultPage->setComplete(false);
    m_result->setText(tr("Importing %Ln lead(s)…", nullptr, m_rows));
    m_importBusy->start();
    ApiReply *reply = m_api->postData(u"/leads/import"_s, {}, m_data, "text/csv; charset=utf-8", true);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_reply = nullptr;
        m_importBusy->stop();
        m_resultPage->setComplete(true);
        if (reply->isSuccess()) {
            const int count = reply->json().value(u"imported"_s).toInt();
            m_result->setText(tr("%Ln lead(s) imported.", nullptr, count));
            emit imported(count);
            emit importFinished(true);
            return;
        }
        const ApiError &error = reply->error();
        QStringList lines {tr("Nothing was imported: %1").arg(ErrorText::forError(error))};
        const QJsonArray errors = QJsonDocument::fromJson(reply->body()).object().value(u"errors"_s).toArray();
        for (const QJsonValue &v : errors) {
            const QJsonObject e = rowError(v.toObject());
            lines << tr("Line %1, %2: %3")
                         .arg(e.value(u"line"_s).toInt())
                         .arg(e.value(u"column"_s).toString(), reasonFor(e));
        }
        m_result->setText(lines.join(u'\n'));
        emit importFinished(false);
    });
}

void LeadImportWizard::retranslate()
{
    setWindowTitle(tr("Import Leads"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_filePage->setTitle(tr("Choose a CSV file"));
    m_fileIntro->setText(tr("The first line names the columns; “title” and “currency” are required. Other "
                            "columns: contact_name, company, email, phone, source, estimated_value (for example "
                            "1250.00), probability (0-100), expected_close_date (YYYY-MM-DD), stage (its name), "
                            "owner_email, notes. The file must be UTF-8 and at most 1 MiB.\n\nNothing is "
                            "imported before the server has checked every line."));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_checkPage->setTitle(tr("Check"));
    m_report->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_resultPage->setTitle(tr("Import"));
}

void LeadImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

} // namespace erp::client
