#pragma once

// Helpers shared by the UI tests: a real server in the process (TestServer),
// a client with its own settings file that trusts the test certificate,
// and ways to find and drive the dialogs the UI opens with open().
#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ClientSettings.h"
#include "client/core/ServerCertificateInfo.h"
#include "client/core/Session.h"
#include "client/core/TrustStore.h"
#include "tests/support/TestCertificate.h"
#include "tests/support/TestServer.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

namespace erp::test {

inline QUrl serverUrl(const TestServer &server)
{
    return QUrl(QStringLiteral("https://localhost:%1").arg(server.port()));
}

inline QString serverKey(const TestServer &server)
{
    return erp::client::TrustStore::serverKey(serverUrl(server));
}

// The test certificate pinned for the server, as if the user had trusted it before.
inline void trustTestCertificate(erp::client::TrustStore *store, const TestServer &server)
{
    store->pinFingerprint(serverKey(server),
                          erp::client::ServerCertificateInfo::fingerprintOf(TestCertificate::instance().certificate()));
}

// The visible top-level widget of type T (optionally with that object name), or null.
template<typename T> T *findTopLevel(const QString &objectName = QString())
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (auto *t = qobject_cast<T *>(w);
            t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName))
            return t;
    }
    return nullptr;
}

// A visible dialog among the children of parent (dialogs opened with open()).
template<typename T> T *findChildDialog(QWidget *parent, const QString &objectName = QString())
{
    const auto all = parent->findChildren<T *>();
    for (T *d : all)
        if (d->isVisible() && (objectName.isEmpty() || d->objectName() == objectName))
            return d;
    return nullptr;
}

inline QAbstractButton *messageBoxButton(QMessageBox *box, QMessageBox::StandardButton which)
{
    return box ? box->button(which) : nullptr;
}

// A client signed in through the API (not through the UI), for tests that
// start at the main window or a page.
struct SignedInClient
{
    QTemporaryDir dir;
    std::unique_ptr<erp::client::ClientSettings> settings;
    std::unique_ptr<erp::client::TrustStore> trust;
    std::unique_ptr<erp::client::ApiClient> api;

    bool signIn(const TestServer &server, const QString &organisation, const QString &email, const QString &password,
                const QByteArray &userAgent = {})
    {
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        settings = std::make_unique<erp::client::ClientSettings>(file);
        trust = std::make_unique<erp::client::TrustStore>(file);
        trustTestCertificate(trust.get(), server);
        api = std::make_unique<erp::client::ApiClient>(trust.get());
        api->setServerUrl(serverUrl(server));
        if (!userAgent.isEmpty())
            api->setUserAgent(userAgent);
        erp::client::ApiReply *reply = api->signIn(organisation, email, password);
        QSignalSpy done(reply, &erp::client::ApiReply::finished);
        if (!done.wait(15000))
            return false;
        return api->session()->isSignedIn();
    }
};

#ifdef ERP_SCREENSHOT_DIR
// Writes widget->grab() as <build>/screenshots/<name> (".png" added when name
// has no suffix), for looking at, not comparing. Returns the path, or an empty
// string when the picture could not be written.
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(ERP_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name.contains(QLatin1Char('.')) ? name : name + QStringLiteral(".png"));
    return widget->grab().save(path) ? path : QString();
}
#endif

// Runs an API call synchronously for test set-up (never in product code).
inline std::unique_ptr<erp::client::ApiReply> waitFor(erp::client::ApiReply *reply, int timeoutMs = 15000)
{
    reply->setAutoDelete(false);
    if (!reply->isFinished()) {
        QSignalSpy done(reply, &erp::client::ApiReply::finished);
        done.wait(timeoutMs);
    }
    return std::unique_ptr<erp::client::ApiReply>(reply);
}

// Whether label paints less of its text than it would with room to spare,
// seen in its pictures: the columns its text covers at its own size and
// 100 px wider (any alignment) differ by more than a pixel of anti-aliasing.
// Catches a character Qt drops although the label is as wide as its size
// hint (a shortcut letter's lost kerning), which no size check sees.
inline bool labelTextCut(QLabel *label)
{
    const auto inkColumns = [](const QImage &image) {
        // The background: the last column, empty in the wide picture.
        const int background = qGray(image.pixel(image.width() - 1, image.height() / 2));
        int first = -1;
        int last = -1;
        for (int x = 0; x < image.width(); ++x)
            for (int y = 0; y < image.height(); ++y)
                if (qAbs(qGray(image.pixel(x, y)) - background) > 60) {
                    if (first < 0)
                        first = x;
                    last = x;
                    break;
                }
        return first < 0 ? 0 : last - first + 1;
    };
    const QSize size = label->size();
    label->resize(size.width() + 100, size.height());
    const int roomy = inkColumns(label->grab().toImage());
    label->resize(size);
    const int shown = inkColumns(label->grab().toImage());
    return roomy > shown + 1;
}

// What a screenshot of `top` must show, checked on the live widgets rather
// than on the picture: every named child exists and is visible, and no
// visible label, button, field or box is cut off: it lies inside the window
// and is at least its minimum size (what its text and frame need), or, for a
// word-wrapped label, as tall as its text needs at its width. Widgets inside
// scroll areas scroll and are not checked. Empty when all is well.
inline QStringList layoutProblems(QWidget *top, const QStringList &requiredChildren = {})
{
    QStringList problems;
    for (const QString &name : requiredChildren) {
        auto *w = top->findChild<QWidget *>(name);
        if (!w)
            problems << name + QStringLiteral(": missing");
        else if (!w->isVisibleTo(top))
            problems << name + QStringLiteral(": not visible");
    }
    const QRect bounds = top->rect();
    const auto children = top->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (w->isWindow() || !w->isVisibleTo(top))
            continue;
        auto *label = qobject_cast<QLabel *>(w);
        auto *button = qobject_cast<QAbstractButton *>(w);
        const bool field = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w);
        if (!label && !button && !field)
            continue;
        // Parts of a combo, spin box or line edit (its clear button, which Qt
        // places and sizes inside the edit) are checked as the box.
        if (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget())
            || qobject_cast<QLineEdit *>(w->parentWidget()))
            continue;
        bool scrolls = false;
        for (QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget())
            scrolls |= qobject_cast<QAbstractScrollArea *>(p) != nullptr;
        if (scrolls)
            continue;
        QString id = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            id += QLatin1Char(' ') + w->objectName();
        else if (label)
            id += QStringLiteral(" \"%1\"").arg(label->text().left(40));
        else if (button)
            id += QStringLiteral(" \"%1\"").arg(button->text().left(40));
        const QRect r(w->mapTo(top, QPoint(0, 0)), w->size());
        if (!bounds.contains(r))
            problems << id + QStringLiteral(": outside the window");
        if (label && label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height())
                problems << id + QStringLiteral(": text cut at the bottom");
        } else {
            const QSize needed = w->minimumSizeHint();
            if (w->width() < needed.width() || w->height() < needed.height())
                problems << id
                        + QStringLiteral(": %1x%2, needs %3x%4")
                              .arg(w->width())
                              .arg(w->height())
                              .arg(needed.width())
                              .arg(needed.height());
        }
    }
    return problems;
}

} // namespace erp::test
