#include "client/ui/CertificateTrustDialog.h"

#include "client/core/LocaleFormat.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {

// "AB:CD:...:EF" in two lines of 16 pairs, so it fits and reads like IT's printout.
QString twoLineFingerprint(const QString &fp)
{
    const QStringList pairs = fp.split(u':');
    if (pairs.size() != 32)
        return fp;
    return pairs.mid(0, 16).join(u':') + u'\n' + pairs.mid(16).join(u':');
}

} // namespace

CertificateTrustDialog::CertificateTrustDialog(Mode mode, const ServerCertificateInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_info(info)
{
    setObjectName(mode == Mode::AskTrust ? u"certificateTrustDialog"_s : u"certificateChangedDialog"_s);
    m_icon = new QLabel(this);
    const QStyle::StandardPixmap pixmap
        = mode == Mode::AskTrust ? QStyle::SP_MessageBoxQuestion : QStyle::SP_MessageBoxCritical;
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(48, 48));
    m_icon->setAlignment(Qt::AlignTop);

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_details = new QWidget(this);
    m_details->setObjectName(u"certificateDetails"_s);
    auto *grid = new QGridLayout(m_details);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    m_advice = new QLabel(this);
    m_advice->setWordWrap(true);

    m_buttons = new QDialogButtonBox(this);
    if (mode == Mode::AskTrust) {
        m_trustButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
        m_trustButton->setObjectName(u"trustButton"_s);
        QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
        // Trusting must be a deliberate click, never Enter on autopilot.
        cancel->setDefault(true);
        cancel->setFocus();
        m_trustButton->setAutoDefault(false);
    } else {
        QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
        close->setDefault(true);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_heading);
    text->addWidget(m_explanation);
    text->addWidget(m_details);
    text->addWidget(m_advice);
    auto *row = new QHBoxLayout;
    row->addWidget(m_icon);
    row->addSpacing(8);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addSpacing(8);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    retranslate();
}

QString CertificateTrustDialog::shownFingerprint() const
{
    auto *label = m_details->findChild<QLabel *>(u"fingerprint"_s);
    return label ? label->text() : QString();
}

QString CertificateTrustDialog::shownExpectedFingerprint() const
{
    auto *label = m_details->findChild<QLabel *>(u"expectedFingerprint"_s);
    return label ? label->text() : QString();
}

void CertificateTrustDialog::retranslate()
{
    const QString server = m_info.port ? u"%1:%2"_s.arg(m_info.host).arg(m_info.port) : m_info.host;
    auto *grid = static_cast<QGridLayout *>(m_details->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QFont bold = font();
    bold.setBold(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    auto add = [&](const QString &label, const QString &value, const QString &name = QString(), bool fixed = false) {
        auto *l = new QLabel(label, m_details);
        l->setFont(bold);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *v = new QLabel(value, m_details);
        v->setTextFormat(Qt::PlainText);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setObjectName(name);
        if (fixed)
            v->setFont(mono);
        grid->addWidget(l, row, 0);
        grid->addWidget(v, row, 1);
        ++row;
    };
    add(tr("Server:"), server);
    add(tr("Issued to:"), m_info.subject);
    add(tr("Issued by:"), m_info.selfSigned ? tr("itself (self-signed)") : m_info.issuer);
    if (m_info.effectiveDate.isValid() && m_info.expiryDate.isValid())
        add(tr("Valid:"),
            tr("%1 to %2")
                .arg(LocaleFormat::date(m_info.effectiveDate.toLocalTime().date()),
                     LocaleFormat::date(m_info.expiryDate.toLocalTime().date())));
    if (m_mode == Mode::PinMismatch && !m_info.expectedSha256Fingerprint.isEmpty()) {
        add(tr("Trusted fingerprint (SHA-256):"), twoLineFingerprint(m_info.expectedSha256Fingerprint),
            u"expectedFingerprint"_s, true);
        add(tr("Fingerprint now (SHA-256):"), twoLineFingerprint(m_info.sha256Fingerprint), u"fingerprint"_s, true);
    } else {
        add(tr("Fingerprint (SHA-256):"), twoLineFingerprint(m_info.sha256Fingerprint), u"fingerprint"_s, true);
    }

    if (m_mode == Mode::AskTrust) {
        setWindowTitle(tr("Unknown Server Certificate"));
        m_heading->setText(tr("Do you trust the server %1?").arg(m_info.host));
        m_explanation->setText(tr("The server's certificate is not vouched for by any certificate authority this "
                                  "computer knows. This is normal for a company server with its own certificate, "
                                  "but it is also what an impostor's certificate looks like."));
        m_advice->setText(tr("Compare the fingerprint with the one your IT department gave you. Trust the server "
                             "only if they match; the client will then remember this certificate and refuse any "
                             "other for this server."));
        m_trustButton->setText(tr("&Trust This Server"));
    } else {
        setWindowTitle(tr("Server Certificate Changed"));
        m_heading->setText(tr("The certificate of %1 has changed").arg(m_info.host));
        m_explanation->setText(tr("This server presented a different certificate from the one you trusted before. "
                                  "Someone may be intercepting the connection, or IT may have replaced the "
                                  "certificate. The client will not connect."));
        m_advice->setText(tr("Contact your IT department and tell them both fingerprints. Once they confirm the "
                             "new certificate, they can update the trusted fingerprint for this server."));
    }
    // An explicit minimum width replaces the one the layout would impose:
    // keep it at least as wide as the details need (the fingerprints in the
    // fixed-width font, the labels in the current language), or they are cut.
    if (layout())
        setMinimumWidth(qMax(560, layout()->totalMinimumSize().width()));
}

void CertificateTrustDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace erp::client
