// The rules deciding whether only administrators can change the managed
// configuration on Windows (client/core/AdminOnlyAcl), run on every platform.
// The owners and entries below are what Windows stores for the `icacls`
// grants named in each row; the masks are the documented values of those
// rights (icacls F = 0x1F01FF, M = 0x1301BF, RX = 0x1200A9, W = 0x100116,
// WD = 0x2, AD = 0x4, DC = 0x40, D = 0x10000, WDAC = 0x40000, WO = 0x80000,
// GA = 0x10000000, GW = 0x40000000, WA = 0x100, WEA = 0x10), not taken from
// the code under test. Reading real security descriptors through the Win32
// API is tested under Windows or Wine by tests/windows/run-acl-check.sh.
#include "client/core/AdminOnlyAcl.h"

#include <QTest>

using namespace erp::client::adminonlyacl;

namespace {

const std::string Administrators = "S-1-5-32-544";
const std::string System = "S-1-5-18";
const std::string TrustedInstaller = "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464";
const std::string Users = "S-1-5-32-545";
const std::string AuthenticatedUsers = "S-1-5-11";
const std::string Everyone = "S-1-1-0";
const std::string CreatorOwner = "S-1-3-0";
const std::string OwnerRights = "S-1-3-4";
const std::string SomeUser = "S-1-5-21-1004336348-1177238915-682003330-1001";
const std::string DomainAdminUser = "S-1-5-21-1004336348-1177238915-682003330-500";

constexpr std::uint32_t Full = 0x1F01FF;
constexpr std::uint32_t Modify = 0x1301BF;
constexpr std::uint32_t ReadExecute = 0x1200A9;
constexpr std::uint32_t Read = 0x120089;
constexpr std::uint32_t Write = 0x100116;

AccessEntry allow(const std::string &sid, std::uint32_t mask, bool inheritOnly = false)
{
    return {AccessEntry::Kind::Allow, inheritOnly, mask, sid, {}};
}

AccessEntry deny(const std::string &sid, std::uint32_t mask)
{
    return {AccessEntry::Kind::Deny, false, mask, sid, {}};
}

// What the installer sets: Administrators and SYSTEM full control, Users read.
SecurityInfo installerAcl()
{
    return {Administrators, {}, true, {allow(Administrators, Full), allow(System, Full), allow(Users, ReadExecute)}};
}

SecurityInfo withEntry(const AccessEntry &extra, const std::string &owner = Administrators)
{
    SecurityInfo info = installerAcl();
    info.ownerSid = owner;
    info.entries.push_back(extra);
    return info;
}

} // namespace

Q_DECLARE_METATYPE(erp::client::adminonlyacl::SecurityInfo)

class tst_AdminOnlyAcl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<SecurityInfo>("info");
        QTest::addColumn<QString>("problem"); // a word the refusal must contain; empty: accepted

        QTest::newRow("installer: BA F, SY F, BU RX") << installerAcl() << QString();
        QTest::newRow("owner SYSTEM") << withEntry(allow(System, Full), System) << QString();
        QTest::newRow("owner TrustedInstaller")
            << withEntry(allow(TrustedInstaller, Full), TrustedInstaller) << QString();
        QTest::newRow("owner: ordinary user") << withEntry(allow(SomeUser, Read), SomeUser) << "owned by";
        QTest::newRow("owner: Users") << withEntry(allow(Users, Read), Users) << "owned by";
        QTest::newRow("owner: Everyone") << withEntry(allow(Users, Read), Everyone) << "owned by";
        // An administrator's own account is not the Administrators group:
        // IT sets the group as owner (icacls /setowner *S-1-5-32-544).
        QTest::newRow("owner: an admin's user account") << withEntry(allow(Users, Read), DomainAdminUser) << "owned by";
        QTest::newRow("owner unknown") << withEntry(allow(Users, Read), std::string()) << "owned by";
        QTest::newRow("NULL DACL") << SecurityInfo {Administrators, {}, false, {}} << "no access control list";

        // Every right that changes the object, granted to Users, refuses it.
        const std::pair<const char *, std::uint32_t> changing[] = {
            {"F", Full},    {"M", Modify},     {"W", Write},    {"WD", 0x2},        {"AD", 0x4},        {"DC", 0x40},
            {"D", 0x10000}, {"WDAC", 0x40000}, {"WO", 0x80000}, {"GA", 0x10000000}, {"GW", 0x40000000},
        };
        for (const auto &[name, mask] : changing)
            QTest::addRow("Users %s", name) << withEntry(allow(Users, mask)) << "may be changed by";
        QTest::newRow("Everyone M") << withEntry(allow(Everyone, Modify)) << "may be changed by";
        QTest::newRow("Authenticated Users M") << withEntry(allow(AuthenticatedUsers, Modify)) << "may be changed by";
        QTest::newRow("one user W") << withEntry(allow(SomeUser, Write)) << "may be changed by";
        QTest::newRow("an admin's own account F") << withEntry(allow(DomainAdminUser, Full)) << "may be changed by";
        // What %ProgramData% gives Users on a folder created inside it:
        // (CI)(WD,AD,WEA,WA), which applies to the folder itself.
        QTest::newRow("ProgramData's Users entry inherited") << withEntry(allow(Users, 0x116)) << "may be changed by";

        // Rights that do not change the object.
        const std::pair<const char *, std::uint32_t> harmless[] = {
            {"R", Read}, {"RX", ReadExecute}, {"WA", 0x100}, {"WEA", 0x10}, {"RC", 0x20000}, {"S", 0x100000},
        };
        for (const auto &[name, mask] : harmless)
            QTest::addRow("Users %s", name) << withEntry(allow(Users, mask)) << QString();

        // Entries that do not apply to the object itself.
        QTest::newRow("Users (CI)(IO) W") << withEntry(allow(Users, Write, true)) << QString();
        QTest::newRow("CREATOR OWNER (OI)(CI)(IO) F") << withEntry(allow(CreatorOwner, Full, true)) << QString();
        QTest::newRow("CREATOR OWNER F on the object") << withEntry(allow(CreatorOwner, Full)) << QString();
        QTest::newRow("OWNER RIGHTS F, owner Administrators") << withEntry(allow(OwnerRights, Full)) << QString();
        QTest::newRow("OWNER RIGHTS F, owner a user") << withEntry(allow(OwnerRights, Full), SomeUser) << "owned by";

        // Deny entries are never credited.
        {
            SecurityInfo info = installerAcl();
            info.entries.insert(info.entries.begin(), deny(Users, Full));
            info.entries.push_back(allow(Users, Write));
            QTest::newRow("deny Users F, then allow Users W") << info << "may be changed by";
        }
        QTest::newRow("deny Everyone W only") << withEntry(deny(Everyone, Write)) << QString();
        QTest::newRow("an audit entry for Everyone")
            << withEntry({AccessEntry::Kind::Other, false, Full, Everyone, {}}) << QString();
    }

    void rules()
    {
        QFETCH(SecurityInfo, info);
        QFETCH(QString, problem);
        const QString found = QString::fromStdString(problemWith(info, "C:\\ProgramData\\erp"));
        if (problem.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found));
        } else {
            QVERIFY2(found.contains(problem), qPrintable(found));
            QVERIFY2(found.startsWith(u"C:\\ProgramData\\erp "), qPrintable(found));
        }
    }

    void refusalNamesTheAccount()
    {
        SecurityInfo info = withEntry(allow(Users, Modify));
        info.entries.back().account = "BUILTIN\\Users";
        QCOMPARE(QString::fromStdString(problemWith(info, "erp-client.ini")),
                 u"erp-client.ini may be changed by BUILTIN\\Users (S-1-5-32-545), not only by Administrators, "
                 "SYSTEM and TrustedInstaller");
        info = withEntry(allow(Users, Read), SomeUser);
        QCOMPARE(QString::fromStdString(problemWith(info, "erp")),
                 QString::fromStdString("erp is owned by " + SomeUser
                                        + ", not by Administrators, SYSTEM or TrustedInstaller"));
    }

    void administrativeAccounts()
    {
        QVERIFY(isAdministrativeSid(Administrators));
        QVERIFY(isAdministrativeSid(System));
        QVERIFY(isAdministrativeSid(TrustedInstaller));
        for (const std::string &sid : {Users, Everyone, AuthenticatedUsers, CreatorOwner, DomainAdminUser, SomeUser})
            QVERIFY2(!isAdministrativeSid(sid), sid.c_str());
    }

#ifndef _WIN32
    void win32PartIsWindowsOnly()
    {
        SecurityInfo info;
        std::string error;
        QVERIFY(!readSecurityInfo(L"C:\\ProgramData\\erp", &info, &error));
        QVERIFY(!error.empty());
        QVERIFY(!problemWithPath(L"C:\\ProgramData\\erp").empty());
    }
#endif
};

QTEST_GUILESS_MAIN(tst_AdminOnlyAcl)
#include "tst_adminonlyacl.moc"
