#include "client/core/AdminOnlyAcl.h"

#ifdef _WIN32
#include <windows.h>
// after windows.h
#include <aclapi.h>
#include <sddl.h>
#endif

namespace erp::client::adminonlyacl {

namespace {

// Access-mask bits (winnt.h). Spelled out so the rules compile and are
// tested without the Windows headers; checked against them below.
constexpr std::uint32_t WriteData = 0x0002; // FILE_WRITE_DATA, FILE_ADD_FILE on a folder
constexpr std::uint32_t AppendData = 0x0004; // FILE_APPEND_DATA, FILE_ADD_SUBDIRECTORY on a folder
constexpr std::uint32_t DeleteChild = 0x0040; // FILE_DELETE_CHILD
constexpr std::uint32_t Delete = 0x00010000; // DELETE
constexpr std::uint32_t WriteDac = 0x00040000; // WRITE_DAC
constexpr std::uint32_t WriteOwner = 0x00080000; // WRITE_OWNER
constexpr std::uint32_t GenericAll = 0x10000000; // GENERIC_ALL
constexpr std::uint32_t GenericWrite = 0x40000000; // GENERIC_WRITE
constexpr std::uint32_t Changing
    = WriteData | AppendData | DeleteChild | Delete | WriteDac | WriteOwner | GenericAll | GenericWrite;

#ifdef _WIN32
static_assert(WriteData == FILE_WRITE_DATA && WriteData == FILE_ADD_FILE);
static_assert(AppendData == FILE_APPEND_DATA && AppendData == FILE_ADD_SUBDIRECTORY);
static_assert(DeleteChild == FILE_DELETE_CHILD && Delete == DELETE);
static_assert(WriteDac == WRITE_DAC && WriteOwner == WRITE_OWNER);
static_assert(GenericAll == GENERIC_ALL && GenericWrite == GENERIC_WRITE);
#endif

const char *const Administrators = "S-1-5-32-544";
const char *const LocalSystem = "S-1-5-18";
const char *const TrustedInstaller = "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464";
// Placeholders replaced by the creator when a child inherits the entry; on
// the object itself they grant nothing.
const char *const CreatorOwner = "S-1-3-0";
const char *const CreatorGroup = "S-1-3-1";
// Rights of whoever owns the object (checked to be an administrator).
const char *const OwnerRights = "S-1-3-4";

std::string accountText(const std::string &account, const std::string &sid)
{
    if (sid.empty())
        return "an unknown account";
    return account.empty() ? sid : account + " (" + sid + ")";
}

} // namespace

std::uint32_t changingRights()
{
    return Changing;
}

bool isAdministrativeSid(const std::string &sid)
{
    return sid == Administrators || sid == LocalSystem || sid == TrustedInstaller;
}

std::string problemWith(const SecurityInfo &info, const std::string &what)
{
    if (!isAdministrativeSid(info.ownerSid))
        return what + " is owned by " + accountText(info.ownerAccount, info.ownerSid)
            + ", not by Administrators, SYSTEM or TrustedInstaller";
    if (!info.hasDacl)
        return what + " has no access control list, so everyone may change it";
    for (const AccessEntry &entry : info.entries) {
        if (entry.kind != AccessEntry::Kind::Allow || entry.inheritOnly || !(entry.mask & Changing))
            continue;
        if (isAdministrativeSid(entry.sid) || entry.sid == CreatorOwner || entry.sid == CreatorGroup
            || entry.sid == OwnerRights)
            continue;
        return what + " may be changed by " + accountText(entry.account, entry.sid)
            + ", not only by Administrators, SYSTEM and TrustedInstaller";
    }
    return {};
}

#ifdef _WIN32

namespace {

std::string utf8(const std::wstring &text)
{
    if (text.empty())
        return {};
    const int size = WideCharToMultiByte(CP_UTF8, 0, text.data(), int(text.size()), nullptr, 0, nullptr, nullptr);
    std::string result(size_t(size > 0 ? size : 0), '\0');
    if (size > 0)
        WideCharToMultiByte(CP_UTF8, 0, text.data(), int(text.size()), result.data(), size, nullptr, nullptr);
    return result;
}

std::string windowsError(DWORD code)
{
    wchar_t *message = nullptr;
    const DWORD length
        = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                         nullptr, code, 0, reinterpret_cast<wchar_t *>(&message), 0, nullptr);
    std::wstring text = length && message ? std::wstring(message, length) : std::wstring();
    if (message)
        LocalFree(message);
    while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r' || text.back() == L' '))
        text.pop_back();
    return "Windows error " + std::to_string(code) + (text.empty() ? std::string() : ": " + utf8(text));
}

std::string sidString(PSID sid)
{
    if (!sid || !IsValidSid(sid))
        return {};
    char *text = nullptr;
    if (!ConvertSidToStringSidA(sid, &text))
        return {};
    std::string result(text);
    LocalFree(text);
    return result;
}

// "BUILTIN\Users"; empty when the account cannot be named (messages only).
std::string accountName(PSID sid)
{
    if (!sid || !IsValidSid(sid))
        return {};
    wchar_t name[256];
    wchar_t domain[256];
    DWORD nameSize = 256;
    DWORD domainSize = 256;
    SID_NAME_USE use;
    if (!LookupAccountSidW(nullptr, sid, name, &nameSize, domain, &domainSize, &use))
        return {};
    const std::wstring account = domainSize ? std::wstring(domain) + L'\\' + name : std::wstring(name);
    return utf8(account);
}

// The SID of an allow or deny entry; object entries carry optional GUIDs before it.
PSID entrySid(const ACE_HEADER *header)
{
    switch (header->AceType) {
    case ACCESS_ALLOWED_ACE_TYPE:
    case ACCESS_DENIED_ACE_TYPE:
    case ACCESS_ALLOWED_CALLBACK_ACE_TYPE:
    case ACCESS_DENIED_CALLBACK_ACE_TYPE:
        // Same layout: header, mask, SID.
        return const_cast<DWORD *>(&reinterpret_cast<const ACCESS_ALLOWED_ACE *>(header)->SidStart);
    case ACCESS_ALLOWED_OBJECT_ACE_TYPE:
    case ACCESS_DENIED_OBJECT_ACE_TYPE:
    case ACCESS_ALLOWED_CALLBACK_OBJECT_ACE_TYPE:
    case ACCESS_DENIED_CALLBACK_OBJECT_ACE_TYPE: {
        const auto *object = reinterpret_cast<const ACCESS_ALLOWED_OBJECT_ACE *>(header);
        auto *position = reinterpret_cast<const BYTE *>(&object->ObjectType);
        if (object->Flags & ACE_OBJECT_TYPE_PRESENT)
            position += sizeof(GUID);
        if (object->Flags & ACE_INHERITED_OBJECT_TYPE_PRESENT)
            position += sizeof(GUID);
        return const_cast<BYTE *>(position);
    }
    default:
        return nullptr;
    }
}

AccessEntry::Kind entryKind(BYTE type)
{
    switch (type) {
    case ACCESS_ALLOWED_ACE_TYPE:
    case ACCESS_ALLOWED_CALLBACK_ACE_TYPE:
    case ACCESS_ALLOWED_OBJECT_ACE_TYPE:
    case ACCESS_ALLOWED_CALLBACK_OBJECT_ACE_TYPE:
        return AccessEntry::Kind::Allow;
    case ACCESS_DENIED_ACE_TYPE:
    case ACCESS_DENIED_CALLBACK_ACE_TYPE:
    case ACCESS_DENIED_OBJECT_ACE_TYPE:
    case ACCESS_DENIED_CALLBACK_OBJECT_ACE_TYPE:
        return AccessEntry::Kind::Deny;
    default:
        return AccessEntry::Kind::Other;
    }
}

} // namespace

bool readSecurityDescriptor(const void *descriptor, SecurityInfo *info, std::string *error)
{
    *info = SecurityInfo();
    auto *sd = const_cast<void *>(descriptor);
    if (!sd || !IsValidSecurityDescriptor(sd)) {
        *error = "its security descriptor is not valid";
        return false;
    }
    PSID owner = nullptr;
    BOOL ownerDefaulted = FALSE;
    if (!GetSecurityDescriptorOwner(sd, &owner, &ownerDefaulted)) {
        *error = "its owner cannot be read (" + windowsError(GetLastError()) + ")";
        return false;
    }
    info->ownerSid = sidString(owner);
    info->ownerAccount = accountName(owner);

    BOOL present = FALSE;
    BOOL daclDefaulted = FALSE;
    PACL dacl = nullptr;
    if (!GetSecurityDescriptorDacl(sd, &present, &dacl, &daclDefaulted)) {
        *error = "its access control list cannot be read (" + windowsError(GetLastError()) + ")";
        return false;
    }
    // No DACL at all and a NULL DACL both give everyone full control.
    info->hasDacl = present && dacl;
    if (!info->hasDacl)
        return true;
    for (DWORD i = 0; i < dacl->AceCount; ++i) {
        void *ace = nullptr;
        if (!GetAce(dacl, i, &ace)) {
            *error = "entry " + std::to_string(i) + " of its access control list cannot be read ("
                + windowsError(GetLastError()) + ")";
            return false;
        }
        const auto *header = static_cast<const ACE_HEADER *>(ace);
        AccessEntry entry;
        entry.kind = entryKind(header->AceType);
        entry.inheritOnly = (header->AceFlags & INHERIT_ONLY_ACE) != 0;
        if (entry.kind != AccessEntry::Kind::Other) {
            // Every allow and deny entry starts with header and mask.
            entry.mask = reinterpret_cast<const ACCESS_ALLOWED_ACE *>(header)->Mask;
            PSID sid = entrySid(header);
            entry.sid = sidString(sid);
            entry.account = accountName(sid);
            if (entry.sid.empty()) {
                *error = "entry " + std::to_string(i) + " of its access control list names no valid account";
                return false;
            }
        }
        info->entries.push_back(entry);
    }
    return true;
}

bool readSecurityInfo(const std::wstring &path, SecurityInfo *info, std::string *error)
{
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    const DWORD result
        = GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                                &owner, nullptr, &dacl, nullptr, &descriptor);
    if (result != ERROR_SUCCESS) {
        *info = SecurityInfo();
        *error = "its permissions cannot be read (" + windowsError(result) + ")";
        return false;
    }
    const bool ok = readSecurityDescriptor(descriptor, info, error);
    LocalFree(descriptor);
    return ok;
}

std::string problemWithPath(const std::wstring &path)
{
    SecurityInfo info;
    std::string error;
    if (!readSecurityInfo(path, &info, &error))
        return utf8(path) + ": " + error;
    return problemWith(info, utf8(path));
}

#else

bool readSecurityDescriptor(const void *, SecurityInfo *info, std::string *error)
{
    *info = SecurityInfo();
    *error = "Windows security descriptors are read on Windows only";
    return false;
}

bool readSecurityInfo(const std::wstring &, SecurityInfo *info, std::string *error)
{
    return readSecurityDescriptor(nullptr, info, error);
}

std::string problemWithPath(const std::wstring &)
{
    return "Windows permissions are checked on Windows only";
}

#endif

} // namespace erp::client::adminonlyacl
