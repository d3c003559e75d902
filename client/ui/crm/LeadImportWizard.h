#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QPointer>
#include <QWizard>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace erp::client {

class ApiClient;
class ApiReply;
class BusyIndicator;
class ImportWizardPage;

// Imports leads from a CSV file in three steps: choose the file; the server
// checks it (POST /leads/import?dry_run=true) and the wizard shows its report,
// every bad row with its line number, column and reason, and goes on only
// when the file is clean; then the import, all rows or none, and its result
// (or, should the data have changed meanwhile, the server's new report).
class LeadImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage = 0, CheckPage = 1, ResultPage = 2 };
    static constexpr qint64 MaxFileSize = 1024 * 1024; // the server's body limit

    explicit LeadImportWizard(ApiClient *api, QWidget *parent = nullptr);

    // Sets the file (what Browse… does); returns false with a reason shown
    // on the page when it cannot be read or is too large.
    bool setFile(const QString &path);
    QString filePath() const;
    QLineEdit *fileEdit() const { return m_fileEdit; }

    // The report table (line, column, reason) and the summary above it.
    QTableWidget *reportTable() const { return m_report; }
    QString checkSummary() const;
    QString resultText() const;
    bool isBusy() const { return m_reply != nullptr; }
    // True once the dry run found no problems.
    bool isFileValid() const { return m_valid; }

    bool validateCurrentPage() override;

Q_SIGNALS:
    // Emitted after the import succeeded, with the number of new leads.
    void imported(int count);
    // The dry run answered (tests).
    void checked(bool valid);
    void importFinished(bool success);

protected:
    void initializePage(int id) override;
    void cleanupPage(int id) override;
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void runCheck();
    void runImport();
    void showReport(const QJsonArray &errors);
    void retranslate();

    ApiClient *m_api;
    QByteArray m_data;
    bool m_valid = false;
    int m_rows = 0;
    QPointer<ApiReply> m_reply;

    QWizardPage *m_filePage;
    QLabel *m_fileIntro;
    QLabel *m_fileLabel;
    QLineEdit *m_fileEdit;
    QPushButton *m_browse;
    QLabel *m_fileError;

    ImportWizardPage *m_checkPage;
    BusyIndicator *m_checkBusy;
    QLabel *m_summary;
    QTableWidget *m_report;

    ImportWizardPage *m_resultPage;
    BusyIndicator *m_importBusy;
    QLabel *m_result;
};

} // namespace erp::client
