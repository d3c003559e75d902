#include "client/core/RoleText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {

QString builtinName(const QString &name)
{
    if (name == u"admin"_s)
        return RoleText::tr("Administrator");
    if (name == u"manager"_s)
        return RoleText::tr("Manager");
    if (name == u"sales_rep"_s)
        return RoleText::tr("Sales representative");
    if (name == u"purchaser"_s)
        return RoleText::tr("Purchaser");
    if (name == u"warehouse_clerk"_s)
        return RoleText::tr("Warehouse clerk");
    return QString();
}

} // namespace

QString RoleText::displayName(const QString &name, bool isBuiltin)
{
    if (!isBuiltin)
        return name;
    const QString shown = builtinName(name);
    return shown.isEmpty() ? name : shown;
}

QString RoleText::displayList(const QString &commaSeparatedNames)
{
    if (commaSeparatedNames.isEmpty())
        return QString();
    QStringList shown;
    for (const QString &name : commaSeparatedNames.split(u", "_s)) {
        const QString builtin = builtinName(name);
        shown << (builtin.isEmpty() ? name : builtin);
    }
    return shown.join(u", "_s);
}

} // namespace erp::client
