// Runs client/core/AdminOnlyAcl (the Windows check of the managed client
// configuration) through the real Win32 security API: security descriptors
// written in SDDL and converted by Windows, and real files whose permissions
// are set with SetNamedSecurityInfoW and read back with GetNamedSecurityInfoW.
// Built with MinGW and run on Windows or under Wine by run-acl-check.sh.
// Prints one line per check; exit status 0 only when every check passed.
//
// Where the platform cannot arrange a situation (Wine maps a DACL onto Unix
// mode bits and keeps no owner other than the user's), the check says so on
// a "NOT VERIFIABLE" line instead of passing.
#include "client/core/AdminOnlyAcl.h"

#include <windows.h>
// after windows.h
#include <aclapi.h>
#include <cstdio>
#include <sddl.h>
#include <string>

using namespace erp::client::adminonlyacl;

namespace {

int failures = 0;
int passes = 0;
int notVerifiable = 0;

std::string narrow(const std::wstring &text)
{
    std::string result;
    for (wchar_t c : text)
        result.push_back(c < 128 ? char(c) : '?');
    return result;
}

void report(bool ok, const std::string &name, const std::string &detail)
{
    (ok ? passes : failures)++;
    std::printf("%s %s%s%s\n", ok ? "PASS" : "FAIL", name.c_str(), detail.empty() ? "" : ": ", detail.c_str());
}

void notVerified(const std::string &name, const std::string &why)
{
    ++notVerifiable;
    std::printf("NOT VERIFIABLE %s: %s\n", name.c_str(), why.c_str());
}

// `expected`: a phrase the refusal must contain, or "" for accepted.
void expect(const std::string &name, const std::string &problem, const char *expected)
{
    const bool ok = *expected ? problem.find(expected) != std::string::npos : problem.empty();
    report(ok, name, problem.empty() ? std::string("accepted") : problem);
}

struct DescriptorCase
{
    const char *name;
    const wchar_t *sddl;
    const char *expected;
};

// The expected answers follow the rule in docs/client-configuration.md, with
// the rights spelt as SDDL (FA full, FW file generic write, FR read, GA, GW,
// SD delete, WD write DAC, WO write owner; 0x2 write data / add file, 0x4
// append / add subfolder, 0x40 delete child, 0x100 write attributes, 0x10
// write extended attributes) and the accounts as SDDL aliases (BA
// Administrators, SY SYSTEM, BU Users, AU Authenticated Users, WD Everyone,
// CO CREATOR OWNER, OW OWNER RIGHTS).
const DescriptorCase descriptorCases[] = {
    {"installer folder ACL", L"O:BAD:PAI(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)(A;OICI;0x1200a9;;;BU)", ""},
    {"owner SYSTEM", L"O:SYD:P(A;;FA;;;SY)(A;;FR;;;BU)", ""},
    {"owner TrustedInstaller",
     L"O:S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464"
     L"D:P(A;;FA;;;S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464)(A;;FR;;;BU)",
     ""},
    {"owner Users", L"O:BUD:P(A;;FA;;;BA)", "is owned by"},
    {"owner an ordinary user", L"O:S-1-5-21-1-2-3-1001D:P(A;;FA;;;BA)", "is owned by"},
    {"no DACL", L"O:BA", "no access control list"},
    {"ProgramData's Users entry applied to the folder", L"O:BAD:(A;;FA;;;BA)(A;CI;0x116;;;BU)", "may be changed by"},
    {"Users entry inherit-only", L"O:BAD:(A;;FA;;;BA)(A;CIIO;0x116;;;BU)", ""},
    {"CREATOR OWNER inherit-only", L"O:BAD:(A;;FA;;;BA)(A;OICIIO;FA;;;CO)", ""},
    {"CREATOR OWNER on the object", L"O:BAD:(A;;FA;;;BA)(A;;FA;;;CO)", ""},
    {"OWNER RIGHTS, admin owner", L"O:BAD:(A;;FA;;;BA)(A;;FA;;;OW)", ""},
    {"Users full control", L"O:BAD:(A;;FA;;;BA)(A;;FA;;;BU)", "may be changed by"},
    {"Users generic write", L"O:BAD:(A;;GW;;;BU)", "may be changed by"},
    {"Everyone generic all", L"O:BAD:(A;;GA;;;WD)", "may be changed by"},
    {"Authenticated Users file write", L"O:BAD:(A;;FW;;;AU)", "may be changed by"},
    {"Users write data", L"O:BAD:(A;;0x2;;;BU)", "may be changed by"},
    {"Users append data", L"O:BAD:(A;;0x4;;;BU)", "may be changed by"},
    {"Users delete child", L"O:BAD:(A;;0x40;;;BU)", "may be changed by"},
    {"Users delete", L"O:BAD:(A;;SD;;;BU)", "may be changed by"},
    {"Users write DAC", L"O:BAD:(A;;WD;;;BU)", "may be changed by"},
    {"Users write owner", L"O:BAD:(A;;WO;;;BU)", "may be changed by"},
    {"Users read", L"O:BAD:(A;;FA;;;BA)(A;;FR;;;BU)", ""},
    {"Users write attributes", L"O:BAD:(A;;0x100;;;BU)", ""},
    {"Users write extended attributes", L"O:BAD:(A;;0x10;;;BU)", ""},
    {"deny before allow is not credited", L"O:BAD:(D;;FA;;;BU)(A;;FW;;;BU)", "may be changed by"},
    {"deny only", L"O:BAD:(A;;FA;;;BA)(D;;FW;;;WD)", ""},
};

// Optional entry kinds: some SDDL parsers (Wine's) do not know them.
const DescriptorCase optionalDescriptorCases[] = {
    {"conditional (callback) allow for Users", L"O:BAD:(A;;FA;;;BA)(XA;;FA;;;BU;(WIN://SYSAPPID Contains \"x\"))",
     "may be changed by"},
    {"object allow for Users", L"O:BAD:(A;;FA;;;BA)(OA;;FA;bf967aba-0de6-11d0-a285-00aa003049e2;;BU)",
     "may be changed by"},
};

// A NULL DACL (everyone has full control) built with the API itself, not
// from SDDL: Wine's SDDL parser turns "D:NO_ACCESS_CONTROL" into an empty DACL.
void checkNullDacl()
{
    SECURITY_DESCRIPTOR sd;
    PSID administrators = nullptr;
    const bool built = InitializeSecurityDescriptor(&sd, SECURITY_DESCRIPTOR_REVISION)
        && ConvertStringSidToSidW(L"S-1-5-32-544", &administrators)
        && SetSecurityDescriptorOwner(&sd, administrators, FALSE)
        && SetSecurityDescriptorDacl(&sd, TRUE, nullptr, FALSE);
    SecurityInfo info;
    std::string error;
    std::string problem = !built                     ? "cannot build: error " + std::to_string(GetLastError())
        : readSecurityDescriptor(&sd, &info, &error) ? problemWith(info, "object")
                                                     : "cannot read: " + error;
    expect("descriptor: NULL DACL", problem, "no access control list");
    if (administrators)
        LocalFree(administrators);

    // What this system's SDDL parser makes of NO_ACCESS_CONTROL (information only).
    PSECURITY_DESCRIPTOR parsed = nullptr;
    if (ConvertStringSecurityDescriptorToSecurityDescriptorW(L"O:BAD:NO_ACCESS_CONTROL", SDDL_REVISION_1, &parsed,
                                                             nullptr)) {
        BOOL present = FALSE, defaulted = FALSE;
        PACL dacl = nullptr;
        GetSecurityDescriptorDacl(parsed, &present, &dacl, &defaulted);
        std::printf("INFO SDDL D:NO_ACCESS_CONTROL parsed to %s\n",
                    !present   ? "no DACL"
                        : dacl ? "an empty DACL (Windows gives a NULL DACL)"
                               : "a NULL DACL");
        LocalFree(parsed);
    }
}

bool checkDescriptor(const DescriptorCase &c, bool optional)
{
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(c.sddl, SDDL_REVISION_1, &sd, nullptr)) {
        const std::string why = "this system cannot convert the SDDL (error " + std::to_string(GetLastError()) + ")";
        if (optional)
            notVerified(std::string("descriptor: ") + c.name, why);
        else
            report(false, std::string("descriptor: ") + c.name, why);
        return false;
    }
    SecurityInfo info;
    std::string error;
    std::string problem;
    if (!readSecurityDescriptor(sd, &info, &error))
        problem = "cannot read: " + error;
    else
        problem = problemWith(info, "object");
    LocalFree(sd);
    expect(std::string("descriptor: ") + c.name, problem, c.expected);
    return true;
}

// A descriptor's DACL applied to a real file; the owner too when `owner`.
DWORD applyToFile(const std::wstring &path, const wchar_t *sddl, bool owner)
{
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl, SDDL_REVISION_1, &sd, nullptr))
        return GetLastError();
    BOOL present = FALSE, defaulted = FALSE;
    PACL dacl = nullptr;
    PSID ownerSid = nullptr;
    GetSecurityDescriptorDacl(sd, &present, &dacl, &defaulted);
    GetSecurityDescriptorOwner(sd, &ownerSid, &defaulted);
    SECURITY_INFORMATION what = DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION;
    if (owner)
        what |= OWNER_SECURITY_INFORMATION;
    const DWORD result = SetNamedSecurityInfoW(const_cast<wchar_t *>(path.c_str()), SE_FILE_OBJECT, what,
                                               owner ? ownerSid : nullptr, nullptr, dacl, nullptr);
    LocalFree(sd);
    return result;
}

std::string ownerOf(const std::wstring &path)
{
    SecurityInfo info;
    std::string error;
    return readSecurityInfo(path, &info, &error) ? info.ownerSid : "(" + error + ")";
}

void checkFiles(const std::wstring &folder)
{
    const std::wstring file = folder + L"\\erp-client.ini";
    HANDLE h = CreateFileW(file.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        report(false, "file: create", "error " + std::to_string(GetLastError()));
        return;
    }
    DWORD written = 0;
    WriteFile(h, "[general]\r\n", 11, &written, nullptr);
    CloseHandle(h);

    // Reading a missing file is a refusal with the reason, not a crash or a pass.
    {
        const std::string problem = problemWithPath(folder + L"\\missing.ini");
        expect("file: missing file", problem, "cannot be read");
        report(problem.find(narrow(folder)) != std::string::npos, "file: refusal names the path", problem);
    }

    // Admin-only, as the installer leaves it. Setting Administrators as owner
    // needs an elevated administrator on Windows.
    const wchar_t *adminOnly = L"O:BAD:P(A;;FA;;;BA)(A;;FA;;;SY)(A;;0x1200a9;;;BU)";
    const DWORD setResult = applyToFile(file, adminOnly, true);
    const std::string owner = ownerOf(file);
    std::printf("INFO set owner BA + admin-only DACL: SetNamedSecurityInfoW=%lu, owner read back %s\n", setResult,
                owner.c_str());
    if (setResult == ERROR_SUCCESS && owner == "S-1-5-32-544") {
        expect("file: admin-only file accepted", problemWithPath(file), "");
        // Then Users may write: refused.
        const DWORD r = applyToFile(file, L"O:BAD:P(A;;FA;;;BA)(A;;FA;;;SY)(A;;0x1301bf;;;BU)", false);
        report(r == ERROR_SUCCESS, "file: grant Users modify", "SetNamedSecurityInfoW=" + std::to_string(r));
        expect("file: Users may modify -> refused", problemWithPath(file), "may be changed by");
        applyToFile(file, adminOnly, false);
    } else {
        notVerified("file: admin-only file accepted",
                    "the owner could not be set to Administrators here (owner is " + owner
                        + "); on Windows run elevated");
        // What the platform keeps: an owner other than the administrators is refused.
        expect("file: owned by a non-administrator -> refused", problemWithPath(file), "is owned by");
    }

    // Everyone may write: whatever the owner, refused for the ACL or the owner.
    {
        const DWORD r = applyToFile(file, L"D:P(A;;FA;;;BA)(A;;FA;;;SY)(A;;FA;;;WD)", false);
        SecurityInfo info;
        std::string error;
        readSecurityInfo(file, &info, &error);
        bool everyoneWrites = false;
        for (const AccessEntry &e : info.entries)
            if (e.kind == AccessEntry::Kind::Allow && e.sid == "S-1-1-0" && (e.mask & changingRights()))
                everyoneWrites = true;
        report(r == ERROR_SUCCESS && everyoneWrites, "file: grant Everyone full control read back",
               "SetNamedSecurityInfoW=" + std::to_string(r));
        // The ACL check on its own, as if an administrator owned the file.
        // Wine keeps the file's Unix owner and adds an entry for it; Windows
        // would have exactly the entries set above. Leave the owner's out.
        const std::string realOwner = info.ownerSid;
        info.ownerSid = "S-1-5-32-544";
        for (auto it = info.entries.begin(); it != info.entries.end();)
            it = it->sid == realOwner ? info.entries.erase(it) : it + 1;
        expect("file: Everyone may write -> refused by the ACL", problemWith(info, "erp-client.ini"),
               "may be changed by Everyone (S-1-1-0)");
        expect("file: Everyone may write -> refused", problemWithPath(file), "erp-client.ini");
        // The account is named in words when Windows can name it.
        bool named = false;
        for (const AccessEntry &e : info.entries)
            if (e.sid == "S-1-1-0" && !e.account.empty())
                named = true;
        report(named, "file: Everyone is named", "");
    }

    // The folder is read the same way.
    {
        SecurityInfo info;
        std::string error;
        const bool ok = readSecurityInfo(folder, &info, &error);
        report(ok && !info.ownerSid.empty(), "folder: owner and DACL read",
               ok ? "owner " + info.ownerSid + ", " + std::to_string(info.entries.size()) + " entries" : error);
    }
    DeleteFileW(file.c_str());
}

} // namespace

int wmain(int argc, wchar_t **argv)
{
    for (const DescriptorCase &c : descriptorCases)
        checkDescriptor(c, false);
    for (const DescriptorCase &c : optionalDescriptorCases)
        checkDescriptor(c, true);
    checkNullDacl();

    // The accounts named in messages: BUILTIN\Users and the like.
    {
        PSECURITY_DESCRIPTOR sd = nullptr;
        ConvertStringSecurityDescriptorToSecurityDescriptorW(L"O:BAD:(A;;FA;;;BU)", SDDL_REVISION_1, &sd, nullptr);
        SecurityInfo info;
        std::string error;
        readSecurityDescriptor(sd, &info, &error);
        LocalFree(sd);
        const std::string problem = problemWith(info, "erp-client.ini");
        report(problem.find("Users (S-1-5-32-545)") != std::string::npos, "message names Users", problem);
    }
    // An invalid descriptor is refused, not trusted.
    {
        unsigned char garbage[64] = {0xff, 0xff, 0xff, 0xff};
        SecurityInfo info;
        std::string error;
        report(!readSecurityDescriptor(garbage, &info, &error) && !error.empty(), "invalid descriptor refused", error);
    }

    if (argc > 1)
        checkFiles(argv[1]);
    else
        notVerified("files", "no scratch folder given on the command line");

    std::printf("SUMMARY %d passed, %d failed, %d not verifiable\n", passes, failures, notVerifiable);
    return failures ? 1 : 0;
}
