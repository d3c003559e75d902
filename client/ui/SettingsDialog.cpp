#include "client/ui/SettingsDialog.h"

#include "client/core/ClientSettings.h"
#include "client/ui/ColorScheme.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/ServerProfileDialog.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
constexpr int OwnIndexRole = Qt::UserRole + 1;
}

SettingsDialog::SettingsDialog(LanguageManager *languages, ClientSettings *settings,
                               const QList<ServerProfile> &managed, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_languages(languages)
    , m_settings(settings)
    , m_managed(managed)
    , m_own(settings->serverProfiles())
{
    m_ui->setupUi(this);
    m_ui->profilesView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->profilesView->header()->setStretchLastSection(true);
    fillLanguages();
    fillColorSchemes();
    // Applied at once, so the user sees the result before pressing OK;
    // Cancel goes back to the stored scheme.
    connect(m_ui->colorSchemeCombo, &QComboBox::currentIndexChanged, this, [this] {
        ColorScheme::apply(ColorScheme::fromId(m_ui->colorSchemeCombo->currentData().toString()));
    });
    fillProfiles();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_ui->editProfileButton, &QPushButton::clicked, this, &SettingsDialog::editProfile);
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_ui->profilesView, &QTreeWidget::itemSelectionChanged, this, &SettingsDialog::updateButtons);
    connect(m_ui->profilesView, &QTreeWidget::itemDoubleClicked, this, &SettingsDialog::editProfile);
    updateButtons();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    const QString preferred = m_settings->language();
    const QSignalBlocker block(m_ui->languageCombo);
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const auto &language : LanguageManager::availableLanguages())
        m_ui->languageCombo->addItem(language.nativeName, language.code);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(preferred)));
}

void SettingsDialog::fillProfiles()
{
    m_ui->profilesView->clear();
    for (const ServerProfile &p : m_managed) {
        auto *item = new QTreeWidgetItem(m_ui->profilesView, {p.name, p.url.toDisplayString(), p.organisation});
        item->setData(0, OwnIndexRole, -1);
        for (int c = 0; c < 3; ++c) {
            item->setToolTip(c, managedProfileText());
            item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    for (int i = 0; i < m_own.size(); ++i) {
        const ServerProfile &p = m_own[i];
        auto *item = new QTreeWidgetItem(m_ui->profilesView, {p.name, p.url.toDisplayString(), p.organisation});
        item->setData(0, OwnIndexRole, i);
    }
    updateButtons();
}

QString SettingsDialog::managedProfileText()
{
    return tr("Set up by your IT department, so it cannot be changed or removed here. Ask your IT department to "
              "change it.");
}

int SettingsDialog::selectedOwnProfile() const
{
    const auto items = m_ui->profilesView->selectedItems();
    return items.isEmpty() ? -1 : items.first()->data(0, OwnIndexRole).toInt();
}

void SettingsDialog::updateButtons()
{
    const bool own = selectedOwnProfile() >= 0;
    const bool managed = !own && !m_ui->profilesView->selectedItems().isEmpty();
    m_ui->editProfileButton->setEnabled(own);
    m_ui->removeProfileButton->setEnabled(own);
    // Greyed out for a reason the user should not have to guess.
    const QString why = managed ? managedProfileText() : tr("Select one of your own server profiles first.");
    m_ui->editProfileButton->setToolTip(own ? QString() : why);
    m_ui->removeProfileButton->setToolTip(own ? QString() : why);
}

void SettingsDialog::addProfile()
{
    auto *dialog = new ServerProfileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Server Profile"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_own.append(dialog->profile());
        fillProfiles();
    });
    dialog->open();
}

void SettingsDialog::editProfile()
{
    const int index = selectedOwnProfile();
    if (index < 0)
        return;
    auto *dialog = new ServerProfileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit Server Profile"));
    dialog->setProfile(m_own[index]);
    connect(dialog, &QDialog::accepted, this, [this, dialog, index] {
        if (index < m_own.size())
            m_own[index] = dialog->profile();
        fillProfiles();
    });
    dialog->open();
}

void SettingsDialog::removeProfile()
{
    const int index = selectedOwnProfile();
    if (index < 0)
        return;
    m_own.removeAt(index);
    fillProfiles();
}

void SettingsDialog::fillColorSchemes()
{
    const QSignalBlocker block(m_ui->colorSchemeCombo);
    const int current = m_ui->colorSchemeCombo->currentIndex();
    m_ui->colorSchemeCombo->clear();
    for (ColorScheme::Kind kind : ColorScheme::kinds())
        m_ui->colorSchemeCombo->addItem(ColorScheme::displayName(kind), ColorScheme::id(kind));
    const int stored = m_ui->colorSchemeCombo->findData(ColorScheme::id(ColorScheme::fromId(m_settings->colorScheme())));
    m_ui->colorSchemeCombo->setCurrentIndex(current >= 0 ? current : qMax(0, stored));
}

void SettingsDialog::reject()
{
    const ColorScheme::Kind stored = ColorScheme::fromId(m_settings->colorScheme());
    if (ColorScheme::current() != stored)
        ColorScheme::apply(stored);
    QDialog::reject();
}

void SettingsDialog::accept()
{
    m_settings->setColorScheme(m_ui->colorSchemeCombo->currentData().toString());
    m_settings->setServerProfiles(m_own);
    const QString preference = m_ui->languageCombo->currentData().toString();
    m_settings->setLanguage(preference);
    if (m_languages)
        m_languages->apply(LanguageManager::resolve(preference));
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        const int current = m_ui->languageCombo->currentIndex();
        m_ui->languageCombo->setItemText(0, tr("System default"));
        m_ui->languageCombo->setCurrentIndex(current);
        fillColorSchemes();
    }
    QDialog::changeEvent(event);
}

} // namespace erp::client
