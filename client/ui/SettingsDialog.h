#pragma once

#include "client/core/ServerProfile.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace erp::client {

class LanguageManager;
class ClientSettings;

// Language (applied at once on OK: every window re-translates itself), the
// colour scheme (standard or high contrast, applied as soon as it is chosen) and
// the user's server profiles. IT's managed profiles are listed but locked.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // managed: IT's profiles (ManagedConfiguration::servers()), shown locked.
    SettingsDialog(LanguageManager *languages, ClientSettings *settings, const QList<ServerProfile> &managed,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;
    void reject() override;

    // For tests: the profile dialogs open with open(); these run when they close.
    void addProfile();
    void editProfile();
    void removeProfile();
    // Why a profile set up by IT is greyed out (its tooltip and the buttons').
    static QString managedProfileText();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();
    void fillColorSchemes();
    void fillProfiles();
    void updateButtons();
    int selectedOwnProfile() const; // index into m_own, -1 for none or a managed one

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    LanguageManager *m_languages;
    ClientSettings *m_settings;
    QList<ServerProfile> m_managed;
    QList<ServerProfile> m_own;
};

} // namespace erp::client
