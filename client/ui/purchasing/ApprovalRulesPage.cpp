#include "client/ui/purchasing/ApprovalRulesPage.h"

#include "client/core/RoleText.h"
#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/JsonId.h"
#include "client/core/LocaleFormat.h"
#include "client/core/PermissionCatalogModel.h"
#include "client/core/PagedListModel.h"
#include "client/ui/purchasing/ApprovalRuleForm.h"
#include "shared/Decimal.h"
#include "shared/Permissions.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;
using erp::shared::Decimal;

namespace erp::client {

namespace P = erp::shared::Permission;

ApprovalRulesPage::ApprovalRulesPage(ApiClient *api, QWidget *parent)
    : RecordListPage(api, u"/approval-rules"_s, P::SettingsManage, parent)
    , m_coverage(new QLabel(this))
{
    m_coverage->setObjectName(u"coverageLabel"_s);
    m_coverage->setWordWrap(true);
    m_coverage->setTextFormat(Qt::PlainText);
    m_coverage->setMinimumWidth(360);
    addFilterWidget(m_coverage);
    m_delete = new QAction(this);
    m_delete->setObjectName(u"deleteAction"_s);
    m_delete->setEnabled(false);
    m_delete->setVisible(canEdit());
    connect(m_delete, &QAction::triggered, this, &ApprovalRulesPage::deleteCurrentBand);
    addPageAction(m_delete);
    connect(this, &ListPage::currentItemChanged, this, [this] { m_delete->setEnabled(canEdit() && currentId() > 0); });
    connect(model(), &PagedListModel::stateChanged, this, &ApprovalRulesPage::updateCoverage);
    setSearchEnabled(false);
    setDefaultSort(u"from_amount"_s);
    setExportBaseName(u"approval-rules"_s);
    // Bands are amounts in the base currency: show which.
    ApiReply *settings = api->get(u"/settings"_s);
    connect(settings, &ApiReply::finished, this, [this, settings] {
        if (!settings->isSuccess())
            return;
        m_baseCurrency = settings->json().value(u"base_currency"_s).toString(m_baseCurrency);
        retranslate();
    });
    retranslate();
}

QString ApprovalRulesPage::title() const
{
    return tr("Approval Rules");
}

QString ApprovalRulesPage::amount(const QJsonValue &value) const
{
    return value.isString() ? LocaleFormat::amount(value.toString(), m_baseCurrency) : tr("no upper limit");
}

void ApprovalRulesPage::retranslate()
{
    RecordListPage::retranslate();
    const auto amountColumn = [this](const QString &key, const QString &title) {
        ListColumn c = ListColumn::text(key, title);
        c.alignment = Qt::AlignRight | Qt::AlignVCenter;
        c.format = [this, key](const QJsonObject &item) -> QVariant { return amount(item.value(key)); };
        return c;
    };
    ListColumn approvers = ListColumn::text(u"approvers_needed"_s, tr("Approvers"));
    approvers.alignment = Qt::AlignRight | Qt::AlignVCenter;
    approvers.format = [](const QJsonObject &item) -> QVariant {
        const int n = item.value(u"approvers_needed"_s).toInt();
        return n == 0 ? tr("none (approved at submit)") : LocaleFormat::count(n);
    };
    ListColumn role = ListColumn::text(u"role_name"_s, tr("Of whom with role"));
    role.format = [](const QJsonObject &item) -> QVariant {
        const QString name = item.value(u"role_name"_s).toString();
        return name.isEmpty() ? QString()
                              : tr("%1 × %2").arg(LocaleFormat::count(item.value(u"role_approvers_needed"_s).toInt()),
                                                  RoleText::displayList(name));
    };
    // The permission by what it allows, in the user's language, not its key.
    ListColumn permission = ListColumn::text(u"permission"_s, tr("Permission"));
    permission.format = [](const QJsonObject &item) -> QVariant {
        const QString name = item.value(u"permission"_s).toString();
        return PermissionCatalogModel::permissionLabel(name, name);
    };
    ListColumn from = amountColumn(u"from_amount"_s, tr("From (%1)").arg(m_baseCurrency));
    from.sortKey = u"from_amount"_s;
    setColumns({from, amountColumn(u"to_amount"_s, tr("Up to (%1)").arg(m_baseCurrency)), approvers,
                permission, role});
    setEmptyTexts(tr("No approval bands: no order can be submitted until one exists."), QString());
    setCreateText(canEdit() ? tr("New Band") : QString());
    m_delete->setText(tr("Delete Band…"));
    updateCoverage();
}

// Whether the bands cover every total from 0 upwards; where they do not,
// which totals cannot be submitted.
void ApprovalRulesPage::updateCoverage()
{
    if (model()->state() != PagedListModel::State::Ready) {
        m_coverage->clear();
        return;
    }
    QList<std::pair<Decimal, std::optional<Decimal>>> bands;
    for (int r = 0; r < model()->rowCount(); ++r) {
        const QJsonObject item = model()->itemAt(r);
        const auto from = Decimal::parse(item.value(u"from_amount"_s).toString());
        if (!from)
            continue;
        bands.append({*from, item.value(u"to_amount"_s).isString()
                                 ? Decimal::parse(item.value(u"to_amount"_s).toString())
                                 : std::nullopt});
    }
    std::sort(bands.begin(), bands.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList gaps;
    Decimal covered; // every total below this is covered
    bool unbounded = false;
    for (const auto &[from, to] : bands) {
        if (covered < from)
            gaps << tr("from %1 to %2").arg(amount(covered.toString()), amount(from.toString()));
        if (!to) {
            unbounded = true;
            break;
        }
        if (covered < *to)
            covered = *to;
    }
    if (!unbounded)
        gaps << tr("from %1 upwards").arg(amount(covered.toString()));
    m_coverage->setText(gaps.isEmpty() ? tr("Every order total is covered by a band.")
                                       : tr("Orders with a total %1 cannot be submitted: no band covers them.")
                                             .arg(gaps.join(tr(", and "))));
    m_coverage->setStyleSheet(gaps.isEmpty() ? QString() : u"color: #b00020;"_s);
}

QString ApprovalRulesPage::coverageText() const
{
    return m_coverage->text();
}

RecordForm *ApprovalRulesPage::createForm(bool readOnly)
{
    auto *form = new ApprovalRuleForm(api(), m_baseCurrency, this);
    form->setReadOnly(readOnly);
    connect(form, &RecordForm::saved, this, [this] { refresh(); });
    return form;
}

ApprovalRuleForm *ApprovalRulesPage::editBand(qint64 id)
{
    return static_cast<ApprovalRuleForm *>(editRecord(id));
}

QString ApprovalRulesPage::savedMessage(const QJsonObject &record, bool created) const
{
    const QString what = record.value(u"to_amount"_s).isString()
        ? tr("%1 to %2").arg(amount(record.value(u"from_amount"_s)), amount(record.value(u"to_amount"_s)))
        : tr("from %1").arg(amount(record.value(u"from_amount"_s)));
    return created ? tr("Approval band %1 added.").arg(what) : tr("Approval band %1 saved.").arg(what);
}

void ApprovalRulesPage::deleteCurrentBand()
{
    const QJsonObject item = currentItem();
    if (!canEdit() || item.isEmpty())
        return;
    auto *prompt = new QMessageBox(QMessageBox::Question, tr("Delete Approval Band"),
                                   tr("Delete the band from %1 up to %2? Orders whose total no band covers cannot be "
                                      "submitted; orders already submitted keep their band.")
                                       .arg(amount(item.value(u"from_amount"_s)), amount(item.value(u"to_amount"_s))),
                                   QMessageBox::Cancel, this);
    prompt->setObjectName(u"deleteBandPrompt"_s);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = prompt->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    prompt->setDefaultButton(QMessageBox::Cancel);
    m_deletePrompt = prompt;
    connect(prompt, &QMessageBox::finished, this, [this, prompt, confirm, item] {
        if (prompt->clickedButton() != confirm)
            return;
        const qint64 id = jsonId(item.value(u"id"_s));
        const QByteArray etag = '"' + QByteArray::number(item.value(u"version"_s).toInt()) + '"';
        ApiReply *reply = api()->remove(u"/approval-rules/%1"_s.arg(id), etag);
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (!reply->isSuccess()) {
                auto *failed = new QMessageBox(QMessageBox::Warning, tr("Delete Approval Band"),
                                               tr("The band was not deleted: %1")
                                                   .arg(ErrorText::forError(reply->error())),
                                               QMessageBox::Ok, this);
                failed->setAttribute(Qt::WA_DeleteOnClose);
                failed->open();
                refresh();
                return;
            }
            emit statusMessage(tr("Approval band deleted."), 5000);
            refresh();
        });
    });
    prompt->open();
}

} // namespace erp::client
