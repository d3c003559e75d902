#pragma once

#include "client/core/ServerProfile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ServerProfileDialog;
}

namespace erp::client {

// Adds or edits one server profile: name, address, default organisation.
class ServerProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerProfileDialog(QWidget *parent = nullptr);
    ~ServerProfileDialog() override;

    void setProfile(const ServerProfile &profile);
    ServerProfile profile() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ServerProfileDialog> m_ui;
};

} // namespace erp::client
