#pragma once

#include <QCoreApplication>
#include <QString>

namespace erp::client {

// The pipeline board's cards as a screen reader sees them. A card is
// painted by a delegate, so Qt alone would offer a nameless list item; the
// board installs an accessibility factory that gives each stage's card list
// an interface whose children are the cards: role list item, name "title,
// company, value, stage", the owner and the keys as description, selected
// and focused as on screen, and the actions "Move left", "Move right"
// (what Ctrl+Left/Right do) and Press (open, what Enter does).
class PipelineCardAccessibility
{
    Q_DECLARE_TR_FUNCTIONS(erp::client::PipelineCardAccessibility)

public:
    // Action names (not translated, like Qt's own; localized names and
    // descriptions come with the interface).
    static QString moveLeftAction() { return QStringLiteral("Move left"); }
    static QString moveRightAction() { return QStringLiteral("Move right"); }
    // Installs the factory once (each PipelineColumn calls it).
    static void install();
};

} // namespace erp::client
