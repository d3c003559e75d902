#pragma once

// Whether only administrators can change a file or folder on Windows: the
// check behind the managed client configuration (ManagedConfiguration,
// docs/client-configuration.md).
//
// Deliberately free of Qt and of <windows.h> so it can be cross-compiled and
// run on its own under Windows or Wine (tests/windows/run-acl-check.sh), and
// so its rules (problemWith(SecurityInfo)) are tested on every platform
// (tests/client/core/tst_adminonlyacl.cpp).

#include <cstdint>
#include <string>
#include <vector>

namespace erp::client::adminonlyacl {

// One entry of a discretionary access control list, as Windows stores it.
struct AccessEntry
{
    enum class Kind { Allow, Deny, Other };
    Kind kind = Kind::Other;
    bool inheritOnly = false; // INHERIT_ONLY_ACE: applies to children only, not to this object
    std::uint32_t mask = 0; // ACCESS_MASK
    std::string sid; // "S-1-5-32-545"
    std::string account; // "BUILTIN\Users" when known (for messages only)
};

// Owner and DACL of one file or folder.
struct SecurityInfo
{
    std::string ownerSid;
    std::string ownerAccount; // for messages only
    bool hasDacl = false; // false: a NULL DACL, everyone has full control
    std::vector<AccessEntry> entries;
};

// The Windows rights that change a file or a folder's contents, or who may
// change them: write/add file, append/add subfolder, delete, delete child,
// change permissions, take ownership, and the generic write/all rights.
// Reading and the attribute/extended-attribute rights are not among them.
std::uint32_t changingRights();

// Empty when `info` allows only administrators to change the object:
// - the owner is Administrators (S-1-5-32-544), SYSTEM (S-1-5-18) or
//   TrustedInstaller (an owner may always rewrite the permissions), and
// - no allow entry that applies to the object itself grants one of
//   changingRights() to any other account. CREATOR OWNER entries are ignored
//   (they grant nothing on the object itself) and OWNER RIGHTS entries count
//   as the owner's (an administrator, by the first rule). Deny entries are
//   not credited, so an allow that a deny would cancel is still refused.
// Otherwise one English sentence naming `what` and the offending account.
std::string problemWith(const SecurityInfo &info, const std::string &what);

// True when `sid` is one of the accounts allowed to change the object.
bool isAdministrativeSid(const std::string &sid);

// Windows only (elsewhere they report that they are not available).
//
// Reads the owner and DACL of `path` (a file or folder) with
// GetNamedSecurityInfoW. False with a sentence in *error when it cannot.
bool readSecurityInfo(const std::wstring &path, SecurityInfo *info, std::string *error);
// The same for a security descriptor in memory (a PSECURITY_DESCRIPTOR).
bool readSecurityDescriptor(const void *descriptor, SecurityInfo *info, std::string *error);
// readSecurityInfo() then problemWith(); a descriptor that cannot be read is a problem.
std::string problemWithPath(const std::wstring &path);

} // namespace erp::client::adminonlyacl
