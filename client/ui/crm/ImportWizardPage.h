#pragma once

#include <QWizardPage>

namespace erp::client {

// A wizard page whose "Next"/"Finish" waits for work the wizard does
// asynchronously (a dry run, the import): complete only after setComplete(true).
class ImportWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardPage(QWidget *parent = nullptr)
        : QWizardPage(parent)
    {
    }

    bool isComplete() const override { return m_complete; }
    void setComplete(bool complete)
    {
        if (m_complete == complete)
            return;
        m_complete = complete;
        emit completeChanged();
    }

private:
    bool m_complete = false;
};

} // namespace erp::client
