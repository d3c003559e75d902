<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <source>Mark &amp;Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer wants, e.g. 40 office chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade fair, website, referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an expected close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated val&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ow&amp;ner:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the server address and organisation your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is one of the most commonly used passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be one repeated character, your email address or the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Accounts payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProfileDialog</name>
    <message>
        <source>Server Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://erp.example.com:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies as soon as you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours change at once. Text size follows your system&apos;s font settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (can sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::Accessibility</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::AccountForm</name>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts at this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads were converted to this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Accounts are created here or when a lead is converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its activities are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ActivitiesPanel</name>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activities could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record first; then you can plan activities for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ActivityActions</name>
    <message>
        <source>Activity Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the activity “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is removed for everyone. The audit log keeps a record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ActivityForm</name>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;ne:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lead, contact or account this activity is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the activity is about a lead, a contact or an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people to assign to could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities you create are yours; a manager can give them to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::AddressEditor</name>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ApprovalInboxPage</name>
    <message>
        <source>Approval Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partially received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n approver(s)</source>
        <translation>
            <numerusform>%1: %n approver</numerusform>
            <numerusform>%1: %n approvers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with the role “%1”</source>
        <translation>
            <numerusform>, %n with the role “%1”</numerusform>
            <numerusform>, %n with the role “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: someone else has already dealt with this order; it is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: you created this order, so someone else has to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: approving an order of this amount needs a permission you do not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: you have approved this order already; it needs another approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the approval still missing must come from someone with the role “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a rejection needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in Base Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order waiting for you matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected orders (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected orders back to their buyers with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n purchase order(s)?</source>
        <translation>
            <numerusform>Approve %n purchase order?</numerusform>
            <numerusform>Approve %n purchase orders?</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the base currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Purchase Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n Order(s)</source>
        <translation>
            <numerusform>Approve %n Order</numerusform>
            <numerusform>Approve %n Orders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rejected; the buyer sees your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: your approval is recorded; it needs %n more.</source>
        <translation>
            <numerusform>%1: your approval is recorded; it needs %n more.</numerusform>
            <numerusform>%1: your approval is recorded; it needs %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) done.</source>
        <translation>
            <numerusform>%n order done.</numerusform>
            <numerusform>%n orders done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be changed; see the list above.</source>
        <translation>
            <numerusform>%n order could not be changed; see the list above.</numerusform>
            <numerusform>%n orders could not be changed; see the list above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::client::ApprovalRuleForm</name>
    <message>
        <source>New approval band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval band from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval band %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Approval Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone with the permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up &amp;to (not including):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approvers needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvers hold &amp;permission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of &amp;whom some hold role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no role needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How many with the role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are order totals in the base currency (%1). With 0 approvers, submitting an order approves it at once. The creator of an order never counts as its approver.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ApprovalRulesPage</name>
    <message>
        <source>Approval Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (approved at submit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of whom with role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approval bands: no order can be submitted until one exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Band…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 upwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order total is covered by a band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders with a total %1 cannot be submitted: no band covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval band %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval band %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Approval Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the band from %1 up to %2? Orders whose total no band covers cannot be submitted; orders already submitted keep their band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval band deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::AuditDetailView</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no details recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to another owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password change failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads moved to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles (numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::AuditLogPage</name>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::CertificateTrustDialog</name>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itself (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted fingerprint (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint now (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown Server Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you trust the server %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not vouched for by any certificate authority this computer knows. This is normal for a company server with its own certificate, but it is also what an impostor&apos;s certificate looks like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your IT department gave you. Trust the server only if they match; the client will then remember this certificate and refuse any other for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust This Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Certificate Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server presented a different certificate from the one you trusted before. Someone may be intercepting the connection, or IT may have replaced the certificate. The client will not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your IT department and tell them both fingerprints. Once they confirm the new certificate, they can update the trusted fingerprint for this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the change, your other signed-in devices are signed out; this one stays signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters and must not be a common or easily guessed one (such as your email address or the organisation&apos;s name). A passphrase of several words is best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confir&amp;m new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ClientApplication</name>
    <message>
        <source>Configuration Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings provided by your IT department could not be used. Please tell them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Your unsaved entries are kept; you will be asked to sign in when you save or reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the server did not confirm that your session has ended (%1). Until it expires, anyone holding a copy of it could go on using it: sign in and end it under Sessions, or ask an administrator to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file from your IT department was ignored because it is not protected: users other than administrators could change it, and it decides which servers the client trusts. Please tell your IT department:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ColorScheme</name>
    <message>
        <source>High contrast, light (black on white)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast, dark (white on black)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (system colours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload (Discard My Changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite with My Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the record as it is on the server now. Your edits are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your values, replacing the other change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed “%1” while you were editing it. Compare the values below and decide which to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ContactForm</name>
    <message>
        <source>(no account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contacts are yours; a manager can give them to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet. Contacts are created here or when a lead is converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its activities are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ConvertLeadDialog</name>
    <message>
        <source>Enter the name of the new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the new contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contact to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert “%1” into an account and a contact. The lead is then marked converted and cannot be converted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xisting account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exi&amp;sting contact:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::CrmText</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::DecimalInput</name>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n digit(s) before the decimal point.</source>
        <translation>
            <numerusform>At most %n digit before the decimal point.</numerusform>
            <numerusform>At most %n digits before the decimal point.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::client::ErrorText</name>
    <message>
        <source>If this keeps happening, give your administrator this reference: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again; nothing you entered has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be found. Check the server address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. Check the server address and port, or whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was interrupted. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy could not be used. Ask your IT department to check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be confirmed automatically. Compare the certificate fingerprint with the one your administrator gave you before trusting this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the server presented a different certificate than the one you trusted before. Someone may be intercepting the connection. The connection was refused. Contact your IT department before continuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid (for example expired or issued for another name). The connection was refused. Contact your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established. The server may not support TLS 1.2 or later. Contact your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://. Unencrypted connections are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation, email address or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Please wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>Too many failed sign-in attempts. Please wait %n minute and try again.</numerusform>
            <numerusform>Too many failed sign-in attempts. Please wait %n minutes and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Please wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Reload it to see their changes, or overwrite them deliberately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved because the record&apos;s version was missing. Reload the record and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active administrator of the organisation. Make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot give permissions or roles that you do not have yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role is still assigned to users. Remove it from them before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in administrator role cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the values are not valid. Please check your input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the request from this program version. Please update the program or contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter contains a value the server does not accept. Check the filter fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this. Ask your administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists. Someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with these values already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was already sent with different content. Please start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the request from this program version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this action. Please update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is too large to send in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large. Try a shorter search or fewer filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unable to process requests. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is not possible in the record&apos;s current state. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not complete the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address is already in use by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is one of the most commonly used passwords. Choose a less common one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be one repeated character, your email address or the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the selected roles no longer exists. Reload and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the selected permissions is not known to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value has the wrong format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 2 to 63 lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identifier is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must have at most %n character(s).</source>
        <translation>
            <numerusform>The password must have at most %n character.</numerusform>
            <numerusform>The password must have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previously trusted fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead has already been converted. Open its account or contact instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead has been converted and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s status does not allow this. Reload it to see its current status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads are still in this stage. Move them to another stage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records still refer to this one, so it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lines of the file have problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no leads to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount such as 1250.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is outside the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a known currency code (ISO 4217, for example EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline stage does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not an active user of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can only make yourself the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not exist or is not visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact does not exist or is not visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead does not exist or is not visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the activity to exactly one lead, contact or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required column is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must be UTF-8 encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has too many lines; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user has permissions that you do not have. Only someone with all of them can change their password, email address, roles or active state, or end their sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a new password of your own to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This band overlaps another approval band. Change the other band first, or choose amounts outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band must end above the amount it starts at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A band cannot need more approvers with the role than approvers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit does not exist or does not fit the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This warehouse does not exist or is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is set when the record is created and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s)</source>
        <translation>
            <numerusform>%n purchase order</numerusform>
            <numerusform>%n purchase orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s)</source>
        <translation>
            <numerusform>%n stock movement</numerusform>
            <numerusform>%n stock movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock balance(s)</source>
        <translation>
            <numerusform>%n stock balance</numerusform>
            <numerusform>%n stock balances</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be deleted because other records still refer to it: %1. Remove or change those first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ExchangeRateForm</name>
    <message>
        <source>New exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Exchange Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the base currency one unit of this currency is worth. Orders use the latest rate on or before their order date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ExchangeRatesPage</name>
    <message>
        <source>Exchange Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (base currency per unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rates yet. Orders in a currency other than the base currency need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rates for this currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::FieldErrorStyle</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::KeyboardShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lists, the arrow keys move between rows and Enter opens the selected row; Tab moves on to the next field or button. Each page keeps its shortcut whichever pages your roles show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::LeadForm</name>
    <message>
        <source>The stages or owners could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title for the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 12 digits before the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard your changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Lead Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason the lead was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your leads are yours; a manager can give them to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::LeadImportWizard</name>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB. Split it into smaller files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the server accepts. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) in the file can be imported. Press “Import” to import them.</source>
        <translation>
            <numerusform>The %Ln lead in the file can be imported. Press “Import” to import it.</numerusform>
            <numerusform>All %Ln leads in the file can be imported. Press “Import” to import them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found; nothing can be imported until the file is corrected. Fix the lines below, then go back and check the file again.</source>
        <translation>
            <numerusform>%Ln problem found; nothing can be imported until the file is corrected. Fix the line below, then go back and check the file again.</numerusform>
            <numerusform>%Ln problems found; nothing can be imported until the file is corrected. Fix the lines below, then go back and check the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln lead(s)…</source>
        <translation>
            <numerusform>Importing %Ln lead…</numerusform>
            <numerusform>Importing %Ln leads…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) imported.</source>
        <translation>
            <numerusform>%Ln lead imported.</numerusform>
            <numerusform>%Ln leads imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line names the columns; “title” and “currency” are required. Other columns: contact_name, company, email, phone, source, estimated_value (for example 1250.00), probability (0-100), expected_close_date (YYYY-MM-DD), stage (its name), owner_email, notes. The file must be UTF-8 and at most 1 MiB.

Nothing is imported before the server has checked every line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Only the first problem is listed.</numerusform>
            <numerusform>Only the first %n problems are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::client::LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of winning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, company, contact or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads yet. Create one with “New Lead” or import a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads match the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) imported.</source>
        <translation>
            <numerusform>%Ln lead imported.</numerusform>
            <numerusform>%Ln leads imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its activities are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ListPage</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load more rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows; scroll down for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of about %2 rows; scroll down for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1… %2 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows matching the current search and filters as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed “%1” a moment ago. The list has been refreshed; please check and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the selected row. Click a column header to sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The list updates as you type; Enter searches at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::LocaleFormat</name>
    <message>
        <source>%1 or %2</source>
        <comment>two ways to write a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only one decimal mark (%1). Enter the number like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be part of a number. Enter the number like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal(s). Enter the number like %1.</source>
        <translation>
            <numerusform>At most %n decimal. Enter the number like %1.</numerusform>
            <numerusform>At most %n decimals. Enter the number like %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals. Enter the amount like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date and time like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces are not used in numbers in this language. Enter the number like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not used in numbers in this language. Enter the number like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this language a space separates groups of three digits and “%1” is the decimal mark. Enter the number like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this language “%1” separates groups of three digits and “%2” is the decimal mark. Enter the number like %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::LocationForm</name>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a short code, for example A-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the location&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::LoginDialog</name>
    <message>
        <source>https://erp.example.com:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up by your IT department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client only connects securely: use an address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example https://erp.example.com:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s short name (lower-case letters, digits and hyphens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming your session on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate has changed since you last trusted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation, email address or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: you chose not to trust the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many unsuccessful sign-in attempts. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many unsuccessful sign-in attempts. Please wait %n second before trying again.</numerusform>
            <numerusform>Too many unsuccessful sign-in attempts. Please wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue; your unsaved work is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a new password of your own to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confir&amp;m new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; a passphrase of several words is best. Nobody else will know it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP desktop client %1

Built with Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the server&apos;s API reference in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed. Your other devices were signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module is open to you yet.

Your roles in %1 do not include any part of the ERP (CRM, Purchasing, Inventory or Administration).

Ask your organisation&apos;s administrator to give you a role in Administration → Users, for example Sales representative or Purchaser. Then sign out and in again.

Your own sessions are under Your Account; File → Change Password… changes your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules and their pages. Arrow keys choose a page, which opens at once; Ctrl+1 to Ctrl+9 go to a page from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::MyActivitiesPage</name>
    <message>
        <source>My Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: you have no open activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open activities in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected activity done (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: it was due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::OrganisationSettingsPage</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes. Save them or press Undo Changes before reloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company name printed on documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 10 letters, digits and hyphens, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed the settings, and they could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the settings as they are now; your changes were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed the settings. Save again to review the differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase orders are numbered like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval bands are judged in this currency; orders in another currency are converted at the exchange rate of the order date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default tax &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt t&amp;olerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;negative stock (withdrawals may go below zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PageRegistry</name>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PagedListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PermissionCatalogModel</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers (CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit and deactivate users and assign roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See roles and their permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename, change and delete roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and revoke other users&apos; sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the organisation&apos;s settings, exchange rates and approval rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See leads, contacts, accounts and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and change CRM records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every user&apos;s CRM records, not only one&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See suppliers, products and purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and change purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve or reject purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See stock and stock moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive goods and transfer stock between locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct stock after a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See shipments and carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and update shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the sales pipeline&apos;s stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineBoardPage</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead no longer exists or is no longer visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not moved to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by someone else and was not moved; the board shows it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open leads by stage. Enter opens the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the pipeline again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” moved within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card to another stage or place, or select it and press Ctrl+Left / Ctrl+Right / Ctrl+Up / Ctrl+Down. Enter opens the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, reorder or remove the pipeline&apos;s stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineCardAccessibility</name>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Left or Ctrl+Right moves the lead to the neighbouring stage; Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the lead to the previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the lead to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineColumn</name>
    <message numerus="yes">
        <source>%Ln open lead(s)</source>
        <translation>
            <numerusform>%Ln open lead</numerusform>
            <numerusform>%Ln open leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more (%1 of %2 shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineColumnModel</name>
    <message>
        <source>Expected close: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, owner %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineStagesDialog</name>
    <message>
        <source>Add Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages of your organisation&apos;s pipeline, in the order of the board&apos;s columns. Changes apply at once for everyone. Removing a stage that still holds leads moves them to a stage you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads are still in “%1”. Choose the stage they move to; then “%1” is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move leads to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Leads and Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” kept; its leads were not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” removed; its leads are now in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ProductForm</name>
    <message>
        <source>The units could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product&apos;s SKU (your article number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit stock is counted in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock unit is chosen when the product is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new product has no stock yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the product first; then add the prices its suppliers ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier prices could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock in any location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stock in %n location(s), in the stock unit.</source>
        <translation>
            <numerusform>Stock in %n location, in the stock unit.</numerusform>
            <numerusform>Stock in %n locations, in the stock unit.</numerusform>
        </translation>
    </message>
    <message>
        <source>supplier&apos;s usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No supplier prices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new order line takes the best price for its quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard &amp;cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reorder point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder &amp;quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve (may be ordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at standard cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Price…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ProductsPage</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by SKU, barcode or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products match the search or filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderEditor</name>
    <message>
        <source>Su&amp;pplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or code; Down for a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert adds a line, Delete removes it; Tab or Enter moves to the next cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Purchase Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not counted yet: the server fills in missing prices and the default tax rate on saving.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the warehouse the goods go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods cannot be expected before they are ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please save your changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the order rejected? The buyer sees this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the order cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not go through: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Purchase Order as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Line Short…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the current line with less than ordered: the rest will not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Line Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): why will the rest not come? Nothing more can be received on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderLineDelegate</name>
    <message>
        <source>SKU, barcode or name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderLinesModel</name>
    <message>
        <source>Line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s price for this quantity; type a price to override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier price known; the server fills in a price on saving, or type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s default tax rate; type a rate to override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed short: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed short: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderPrinter</name>
    <message>
        <source>Tax ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase Order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrdersPage</name>
    <message>
        <source>Purchase Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 approvals given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase orders yet. Create one with “New Order”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase orders match the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders dated on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders dated on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for my approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::PurchasingText</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Short…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is no longer in a state that allows this; someone may have changed it. It has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You created this order, so you cannot approve or reject it; another approver must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already approved this order; it waits for another approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval rule for this order&apos;s amount does not allow you to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the order&apos;s creator or a buyer may withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs at least one line before it can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line refers to a product that is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exchange rate for the order&apos;s currency on or before its order date. Ask an administrator to enter one, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approval rule covers this order&apos;s total. Ask an administrator to check the approval rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason for rejecting the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is not one the product knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity has at most 3 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit price has at most 4 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate has at most 2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier lists no price for this product and unit; please enter the unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is not one the product is counted in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity cannot be converted exactly into the product&apos;s stock unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line amount is above %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order total is above %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Line Short…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is already fully received or closed short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been received on this order yet, so its last open line cannot be closed short; cancel the order instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ReceiveDialog</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received So Far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for Closing Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note number, carrier, damage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2, into %3. Tolerance: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 with the receipt tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive now, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for closing %1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is %1; only approved or ordered orders can be received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this order has the barcode or SKU “%1”. Check the product or the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 may still be received; this item was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the quantity typed cannot be read; correct it before scanning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one added, %2 to receive now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 may still be received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: say why the line is closed short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing short ends every line that is still open. Receive the rest of %1 or close it short as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quantity to receive or scan a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than may still be received; someone may have received goods for this order in the meantime. The remaining quantities are updated; your entries are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the line was closed short meanwhile and receives nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order cannot be received any more: it is now %1. Your entries are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines could not be closed short: only an order with some goods received can be closed short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::RecordForm</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session ended before the changes were saved. Your entries are still here: sign in again, then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled. Your entries are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record; fetching their version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted this record while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the record as it is now; your changes were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record. Save again to review the differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save your changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::RecordListPage</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ReferencePicker</name>
    <message>
        <source>Type to search, Down for a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::RejectOrderDialog</name>
    <message>
        <source>Reject Purchase Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1 and send it back to its buyer as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the buyer (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer sees this reason; say what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::RelatedRecordsList</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::RoleForm</name>
    <message>
        <source>The list of permissions could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator role always holds every permission; it cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in role. You can adjust its permissions to suit your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::RoleText</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse clerk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::RolesPage</name>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles match the search or filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The role %1 cannot be deleted because %n user(s) still have it. Remove the role from them on the Users page (filter by this role), then delete it.</source>
        <translation>
            <numerusform>The role %1 cannot be deleted because %n user still has it. Remove the role from them on the Users page (filter by this role), then delete it.</numerusform>
            <numerusform>The role %1 cannot be deleted because %n users still have it. Remove the role from them on the Users page (filter by this role), then delete it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The role %1 cannot be deleted because users still have it. Remove the role from them on the Users page (filter by this role), then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the role %1 a moment ago. The list has been refreshed; please check and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All permissions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::ServerProfileDialog</name>
    <message>
        <source>Enter the server&apos;s address, for example https://erp.example.com:8443. Only secure (https) connections are possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation is the short name you sign in with: lower-case letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password reset by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended for safety: a sign-in token was used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this session out: the device must sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the session of this device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the session on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will be signed out of this client at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device will have to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session Not Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line tool (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Server Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Server Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up by your IT department, so it cannot be changed or removed here. Ask your IT department to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of your own server profiles first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::StockAdjustmentDialog</name>
    <message>
        <source>Adjust Stock After a Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU, barcode or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual count, damaged goods, found in another bin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product and a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product that was counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the location that was counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted quantity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the stock is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation does not allow negative stock; the count cannot go below zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::StockMovesPage</name>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock moves yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock moves match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves booked on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves booked on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::StockPage</name>
    <message>
        <source>Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below reorder point (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s stock over all locations is below its reorder point of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search SKU, barcode or product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock booked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock matches the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below reorder point only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a count for the selected product and location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stock of the selected product to another location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand at standard cost, in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::StockTransferDialog</name>
    <message>
        <source>Transfer Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU, barcode or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the goods come from and where they go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods must go to another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity: move more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock: %1 has only %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::SupplierForm</name>
    <message>
        <source>Enter a short code for the supplier, for example ACME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the supplier&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ACME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30 days net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve (new orders may go to this supplier)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::SupplierPriceForm</name>
    <message>
        <source>Choose the supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit the price is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supplier price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Supplier Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier Price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::SuppliersPage</name>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by code, name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suppliers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suppliers match the search or filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::UnitForm</name>
    <message>
        <source>Choose the unit&apos;s category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name, for example Box of 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a short symbol, for example box12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the category&apos;s base unit one of this unit is, exactly: a box of 12 pieces is 12, a gram is 0.001 kilograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::UnitsPage</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::UserForm</name>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an initial password for the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a new password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; a passphrase of several words is best. Give it to the user in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current password. A new password signs the user out on every device, and they must replace it with one of their own at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet. Create the first one with “New User”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users match the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be signed out on every device and cannot sign in until reactivated. Their records stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this user a moment ago. The list has been refreshed; please check and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the user sign in again at once after too many failed attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not locked out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::WarehouseForm</name>
    <message>
        <source>Enter a short code, for example MAIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the warehouse&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the warehouse first; then add its receiving and storage locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locations could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods for this warehouse are received into its receiving location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This warehouse has no active receiving location: goods cannot be received into it until one is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Loca&amp;tion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Locat&amp;ion…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erp::client::WarehousesPage</name>
    <message>
        <source>Warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warehouses yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warehouses match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
