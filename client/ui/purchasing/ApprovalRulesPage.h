#pragma once

#include "client/ui/RecordListPage.h"

class QLabel;
class QMessageBox;

namespace erp::client {

class ApprovalRuleForm;

// Administration > Approval Rules: the organisation's approval bands by
// amount, who approves each and how many; adds, edits and deletes bands.
// Above the list it says whether every order total is covered: a total no
// band covers cannot be submitted.
class ApprovalRulesPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit ApprovalRulesPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    QString baseCurrency() const { return m_baseCurrency; }
    QString coverageText() const;
    ApprovalRuleForm *editBand(qint64 id);
    QMessageBox *deletePrompt() const { return m_deletePrompt; }
    void deleteCurrentBand();

protected:
    RecordForm *createForm(bool readOnly) override;
    QString savedMessage(const QJsonObject &record, bool created) const override;
    void retranslate() override;

private:
    void updateCoverage();
    QString amount(const QJsonValue &value) const;

    QString m_baseCurrency = QStringLiteral("EUR");
    QLabel *m_coverage;
    QAction *m_delete;
    QPointer<QMessageBox> m_deletePrompt;
};

} // namespace erp::client
