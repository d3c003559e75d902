<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <source>Mark &amp;Won</source>
        <translation>Als &amp;gewonnen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Lost…</source>
        <translation>Als ve&amp;rloren markieren…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Wieder öffne&amp;n</translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation>&amp;Umwandeln…</translation>
    </message>
    <message>
        <source>What the customer wants, e.g. 40 office chairs</source>
        <translation>Was der Kunde möchte, z. B. 40 Bürostühle</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Trade fair, website, referral…</source>
        <translation>Messe, Website, Empfehlung…</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>Wahrscheinlich&amp;keit:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>Erwarteter A&amp;bschluss:</translation>
    </message>
    <message>
        <source>Set an expected close date</source>
        <translation>Erwartetes Abschlussdatum festlegen</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>F&amp;irma:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Ansprechpartner:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Estimated val&amp;ue:</source>
        <translation>Geschätzter &amp;Wert:</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>Ow&amp;ner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to your organisation</source>
        <translation>Bei Ihrer Organisation anmelden</translation>
    </message>
    <message>
        <source>Use the server address and organisation your administrator gave you.</source>
        <translation>Verwenden Sie die Serveradresse und Organisation, die Ihnen Ihr Administrator genannt hat.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>z. B. acme</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The password must have at most 1024 characters.</source>
        <translation>Das Passwort darf höchstens 1024 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used passwords.</source>
        <translation>Dieses Passwort gehört zu den am häufigsten verwendeten Passwörtern.</translation>
    </message>
    <message>
        <source>The password must not be one repeated character, your email address or the organisation&apos;s name.</source>
        <translation>Das Passwort darf nicht aus einem wiederholten Zeichen, Ihrer E-Mail-Adresse oder dem Namen der Organisation bestehen.</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Accounts payable</source>
        <translation>z. B. Kreditorenbuchhaltung</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Berechtigungen:</translation>
    </message>
</context>
<context>
    <name>ServerProfileDialog</name>
    <message>
        <source>Server Profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Hauptsitz</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>https://erp.example.com:8443</source>
        <translation>https://erp.example.com:8443</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language applies as soon as you press OK.</source>
        <translation>Die neue Sprache gilt, sobald Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Colours change at once. Text size follows your system&apos;s font settings.</source>
        <translation>Farben ändern sich sofort. Die Textgröße folgt den Schrifteinstellungen des Systems.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Active (can sign in)</source>
        <translation>&amp;Aktiv (kann sich anmelden)</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
</context>
<context>
    <name>erp::client::Accessibility</name>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>%1 choices</source>
        <translation>%1 – Auswahl</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>erp::client::AccountForm</name>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Geben Sie den Namen der Firma ein.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>Account “%1”</source>
        <translation>Firma „%1“</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Firma bearbeiten</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>No contacts at this account yet.</source>
        <translation>Noch keine Kontakte bei dieser Firma.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>No leads were converted to this account.</source>
        <translation>Keine Leads wurden in diese Firma umgewandelt.</translation>
    </message>
</context>
<context>
    <name>erp::client::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Name suchen</translation>
    </message>
    <message>
        <source>No accounts yet. Accounts are created here or when a lead is converted.</source>
        <translation>Noch keine Firmen. Firmen werden hier angelegt oder beim Umwandeln eines Leads.</translation>
    </message>
    <message>
        <source>No accounts match the search.</source>
        <translation>Keine Firma entspricht der Suche.</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Account “%1” created.</source>
        <translation>Firma „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Its activities are deleted with it.</source>
        <translation>Seine Aktivitäten werden mit gelöscht.</translation>
    </message>
</context>
<context>
    <name>erp::client::ActivitiesPanel</name>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New Activity…</source>
        <translation>Neue Aktivität…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>The activities could not be loaded: %1</source>
        <translation>Die Aktivitäten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Noch keine Aktivitäten.</translation>
    </message>
    <message>
        <source>Save the record first; then you can plan activities for it.</source>
        <translation>Speichern Sie zuerst den Datensatz; danach können Sie Aktivitäten dafür planen.</translation>
    </message>
    <message>
        <source>Activity “%1” created.</source>
        <translation>Aktivität „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>erp::client::ActivityActions</name>
    <message>
        <source>Activity Not Changed</source>
        <translation>Aktivität nicht geändert</translation>
    </message>
    <message>
        <source>“%1” is done.</source>
        <translation>„%1“ ist erledigt.</translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation>Aktivität löschen</translation>
    </message>
    <message>
        <source>Delete the activity “%1”?</source>
        <translation>Die Aktivität „%1“ löschen?</translation>
    </message>
    <message>
        <source>It is removed for everyone. The audit log keeps a record of it.</source>
        <translation>Sie wird für alle entfernt. Das Protokoll behält einen Eintrag darüber.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Activity Not Deleted</source>
        <translation>Aktivität nicht gelöscht</translation>
    </message>
    <message>
        <source>Activity “%1” deleted.</source>
        <translation>Aktivität „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>erp::client::ActivityForm</name>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>F&amp;ällig:</translation>
    </message>
    <message>
        <source>Do&amp;ne:</source>
        <translation>Er&amp;ledigt:</translation>
    </message>
    <message>
        <source>This activity is done</source>
        <translation>Diese Aktivität ist erledigt</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Say in a few words what is to be done.</source>
        <translation>Beschreiben Sie in wenigen Worten, was zu tun ist.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation>Aktivität „%1“</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Aktivität: %1</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Zum Suchen tippen…</translation>
    </message>
    <message>
        <source>Choose the lead, contact or account this activity is about.</source>
        <translation>Wählen Sie den Lead, Kontakt oder die Firma, um die es bei dieser Aktivität geht.</translation>
    </message>
    <message>
        <source>About a</source>
        <translation>Bezieht sich auf</translation>
    </message>
    <message>
        <source>Whether the activity is about a lead, a contact or an account</source>
        <translation>Ob es bei der Aktivität um einen Lead, einen Kontakt oder eine Firma geht</translation>
    </message>
    <message>
        <source>The people to assign to could not be loaded: %1</source>
        <translation>Die Personen für die Zuweisung konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Activities you create are yours; a manager can give them to someone else.</source>
        <translation>Aktivitäten, die Sie anlegen, gehören Ihnen; eine Führungskraft kann sie jemand anderem zuweisen.</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>&amp;Zugewiesen an:</translation>
    </message>
</context>
<context>
    <name>erp::client::AddressEditor</name>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Post&amp;leitzahl:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>Or&amp;t:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Lan&amp;d:</translation>
    </message>
</context>
<context>
    <name>erp::client::ApprovalInboxPage</name>
    <message>
        <source>Approval Inbox</source>
        <translation>Genehmigungseingang</translation>
    </message>
    <message>
        <source>a draft again</source>
        <translation>wieder ein Entwurf</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>bestellt</translation>
    </message>
    <message>
        <source>partially received</source>
        <translation>teilweise geliefert</translation>
    </message>
    <message>
        <source>received</source>
        <translation>geliefert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>%1 bis unter %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n approver(s)</source>
        <translation>
            <numerusform>%1: %n genehmigende Person</numerusform>
            <numerusform>%1: %n genehmigende Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with the role “%1”</source>
        <translation>
            <numerusform>, davon %n mit der Rolle „%1“</numerusform>
            <numerusform>, davon %n mit der Rolle „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: someone else has already dealt with this order; it is now %2.</source>
        <translation>%1: Jemand anderes hat diese Bestellung bereits bearbeitet; sie ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1: you created this order, so someone else has to approve it.</source>
        <translation>%1: Sie haben diese Bestellung angelegt, daher muss jemand anderes sie genehmigen.</translation>
    </message>
    <message>
        <source>%1: approving an order of this amount needs a permission you do not have.</source>
        <translation>%1: Für Bestellungen dieser Höhe fehlt Ihnen die Genehmigungsberechtigung.</translation>
    </message>
    <message>
        <source>%1: you have approved this order already; it needs another approver.</source>
        <translation>%1: Sie haben diese Bestellung bereits genehmigt; sie braucht eine weitere Person.</translation>
    </message>
    <message>
        <source>%1: the approval still missing must come from someone with the role “%2”.</source>
        <translation>%1: Die noch fehlende Genehmigung muss von jemandem mit der Rolle „%2“ kommen.</translation>
    </message>
    <message>
        <source>%1: this order no longer exists.</source>
        <translation>%1: Diese Bestellung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1: a rejection needs a reason.</source>
        <translation>%1: Eine Ablehnung braucht eine Begründung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Approval Rule</source>
        <translation>Genehmigungsregel</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Order Date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Total in Base Currency</source>
        <translation>Summe in Hauswährung</translation>
    </message>
    <message>
        <source>Search order number</source>
        <translation>Bestellnummer suchen</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>Nichts wartet auf Ihre Genehmigung.</translation>
    </message>
    <message>
        <source>No order waiting for you matches the search.</source>
        <translation>Keine auf Sie wartende Bestellung passt zur Suche.</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Genehmigen…</translation>
    </message>
    <message>
        <source>Approve the selected orders (Ctrl+Enter)</source>
        <translation>Ausgewählte Bestellungen genehmigen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Send the selected orders back to their buyers with a reason</source>
        <translation>Ausgewählte Bestellungen mit Begründung an die Einkäufer zurückgeben</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n purchase order(s)?</source>
        <translation>
            <numerusform>%n Bestellung genehmigen?</numerusform>
            <numerusform>%n Bestellungen genehmigen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>In the base currency: %1</source>
        <translation>In Hauswährung: %1</translation>
    </message>
    <message>
        <source>Approve Purchase Orders</source>
        <translation>Bestellungen genehmigen</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n Order(s)</source>
        <translation>
            <numerusform>%n Bestellung genehmigen</numerusform>
            <numerusform>%n Bestellungen genehmigen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rejected; the buyer sees your reason.</source>
        <translation>%1: abgelehnt; der Einkäufer sieht Ihre Begründung.</translation>
    </message>
    <message>
        <source>%1: approved.</source>
        <translation>%1: genehmigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: your approval is recorded; it needs %n more.</source>
        <translation>
            <numerusform>%1: Ihre Genehmigung ist erfasst; es fehlt noch %n.</numerusform>
            <numerusform>%1: Ihre Genehmigung ist erfasst; es fehlen noch %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) done.</source>
        <translation>
            <numerusform>%n Bestellung erledigt.</numerusform>
            <numerusform>%n Bestellungen erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be changed; see the list above.</source>
        <translation>
            <numerusform>%n Bestellung konnte nicht geändert werden; siehe die Liste oben.</numerusform>
            <numerusform>%n Bestellungen konnten nicht geändert werden; siehe die Liste oben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::client::ApprovalRuleForm</name>
    <message>
        <source>New approval band</source>
        <translation>Neue Freigabestufe</translation>
    </message>
    <message>
        <source>Approval band from %1</source>
        <translation>Freigabestufe ab %1</translation>
    </message>
    <message>
        <source>Approval band %1 to %2</source>
        <translation>Freigabestufe %1 bis %2</translation>
    </message>
    <message>
        <source>New Approval Band</source>
        <translation>Neue Freigabestufe</translation>
    </message>
    <message>
        <source>Approval Band</source>
        <translation>Freigabestufe</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>ohne Obergrenze</translation>
    </message>
    <message>
        <source>anyone with the permission</source>
        <translation>jeder mit der Berechtigung</translation>
    </message>
    <message>
        <source>Order total &amp;from:</source>
        <translation>Bestellsumme &amp;ab:</translation>
    </message>
    <message>
        <source>up &amp;to (not including):</source>
        <translation>&amp;bis unter:</translation>
    </message>
    <message>
        <source>&amp;Approvers needed:</source>
        <translation>Benötigte &amp;Freigebende:</translation>
    </message>
    <message>
        <source>Approvers hold &amp;permission:</source>
        <translation>Freigebende haben &amp;Berechtigung:</translation>
    </message>
    <message>
        <source>Of &amp;whom some hold role:</source>
        <translation>Davon mit &amp;Rolle:</translation>
    </message>
    <message>
        <source>(no role needed)</source>
        <translation>(keine Rolle nötig)</translation>
    </message>
    <message>
        <source>&amp;How many with the role:</source>
        <translation>&amp;Wie viele mit der Rolle:</translation>
    </message>
    <message>
        <source>Amounts are order totals in the base currency (%1). With 0 approvers, submitting an order approves it at once. The creator of an order never counts as its approver.</source>
        <translation>Beträge sind Bestellsummen in der Basiswährung (%1). Mit 0 Freigebenden ist eine Bestellung mit dem Einreichen sofort freigegeben. Wer eine Bestellung anlegt, zählt nie als ihr Freigebender.</translation>
    </message>
</context>
<context>
    <name>erp::client::ApprovalRulesPage</name>
    <message>
        <source>Approval Rules</source>
        <translation>Freigaberegeln</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>ohne Obergrenze</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Freigebende</translation>
    </message>
    <message>
        <source>none (approved at submit)</source>
        <translation>keine (beim Einreichen freigegeben)</translation>
    </message>
    <message>
        <source>Of whom with role</source>
        <translation>Davon mit Rolle</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>From (%1)</source>
        <translation>Ab (%1)</translation>
    </message>
    <message>
        <source>Up to (%1)</source>
        <translation>Bis unter (%1)</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>No approval bands: no order can be submitted until one exists.</source>
        <translation>Keine Freigabestufen: Keine Bestellung kann eingereicht werden, bis es eine gibt.</translation>
    </message>
    <message>
        <source>New Band</source>
        <translation>Neue Stufe</translation>
    </message>
    <message>
        <source>Delete Band…</source>
        <translation>Stufe löschen…</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>from %1 upwards</source>
        <translation>ab %1 aufwärts</translation>
    </message>
    <message>
        <source>Every order total is covered by a band.</source>
        <translation>Jede Bestellsumme ist von einer Stufe abgedeckt.</translation>
    </message>
    <message>
        <source>Orders with a total %1 cannot be submitted: no band covers them.</source>
        <translation>Bestellungen mit einer Summe %1 können nicht eingereicht werden: Keine Stufe deckt sie ab.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>Approval band %1 added.</source>
        <translation>Freigabestufe %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Approval band %1 saved.</source>
        <translation>Freigabestufe %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete Approval Band</source>
        <translation>Freigabestufe löschen</translation>
    </message>
    <message>
        <source>Delete the band from %1 up to %2? Orders whose total no band covers cannot be submitted; orders already submitted keep their band.</source>
        <translation>Die Stufe von %1 bis %2 löschen? Bestellungen, deren Summe keine Stufe abdeckt, können nicht eingereicht werden; bereits eingereichte Bestellungen behalten ihre Stufe.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The band was not deleted: %1</source>
        <translation>Die Stufe wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Approval band deleted.</source>
        <translation>Freigabestufe gelöscht.</translation>
    </message>
</context>
<context>
    <name>erp::client::AuditDetailView</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Wählen Sie einen Eintrag, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Zeitpunkt: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>das System</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>(no details recorded)</source>
        <translation>(keine Details aufgezeichnet)</translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation>Organisationseinstellungen</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Pipeline-Phase</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Supplier price</source>
        <translation>Lieferantenpreis</translation>
    </message>
    <message>
        <source>Approval rule</source>
        <translation>Freigaberegel</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Umgewandelt</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Moved in the order</source>
        <translation>In der Reihenfolge verschoben</translation>
    </message>
    <message>
        <source>Moved to another stage</source>
        <translation>In eine andere Phase verschoben</translation>
    </message>
    <message>
        <source>Given to another owner</source>
        <translation>An andere Verantwortliche übergeben</translation>
    </message>
    <message>
        <source>Lines changed</source>
        <translation>Positionen geändert</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Zur Freigabe eingereicht</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Ware eingegangen</translation>
    </message>
    <message>
        <source>Closed short</source>
        <translation>Mit Restmenge abgeschlossen</translation>
    </message>
    <message>
        <source>Taken back to draft</source>
        <translation>Zurück in Entwurf</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Wieder aktiviert</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Sign-in unlocked</source>
        <translation>Anmeldung entsperrt</translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation>E-Mail-Adresse geändert</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Session renewed</source>
        <translation>Sitzung verlängert</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Password change failed</source>
        <translation>Passwortänderung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Owner (number)</source>
        <translation>Verantwortlich (Nummer)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Stage (number)</source>
        <translation>Phase (Nummer)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Converted to account</source>
        <translation>Umgewandelt in Firma</translation>
    </message>
    <message>
        <source>Converted to contact</source>
        <translation>Umgewandelt in Kontakt</translation>
    </message>
    <message>
        <source>Converted on</source>
        <translation>Umgewandelt am</translation>
    </message>
    <message>
        <source>Account (number)</source>
        <translation>Firma (Nummer)</translation>
    </message>
    <message>
        <source>Contact (number)</source>
        <translation>Kontakt (Nummer)</translation>
    </message>
    <message>
        <source>Lead (number)</source>
        <translation>Lead (Nummer)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Assigned to (number)</source>
        <translation>Zugewiesen an (Nummer)</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Created by (number)</source>
        <translation>Angelegt von (Nummer)</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Leads moved</source>
        <translation>Verschobene Leads</translation>
    </message>
    <message>
        <source>Leads moved to stage</source>
        <translation>Leads verschoben in Phase</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Vordefiniert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Roles (numbers)</source>
        <translation>Rollen (Nummern)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Muss Passwort ändern</translation>
    </message>
    <message>
        <source>User (number)</source>
        <translation>Benutzer (Nummer)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Netzwerkadresse</translation>
    </message>
    <message>
        <source>Sessions ended</source>
        <translation>Beendete Sitzungen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Supplier (number)</source>
        <translation>Lieferant (Nummer)</translation>
    </message>
    <message>
        <source>Warehouse (number)</source>
        <translation>Lager (Nummer)</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>Erwartete Lieferung</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Approval band</source>
        <translation>Freigabestufe</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>Organisationskürzel</translation>
    </message>
    <message>
        <source>Administrator&apos;s email</source>
        <translation>E-Mail der Administration</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sitzung von %1</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 ab %3</translation>
    </message>
    <message>
        <source>%1 of %2 for %3</source>
        <translation>%1 von %2 für %3</translation>
    </message>
</context>
<context>
    <name>erp::client::AuditLogPage</name>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(System)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Das Audit-Protokoll ist leer.</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Keine Einträge entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>erp::client::CertificateTrustDialog</name>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>itself (self-signed)</source>
        <translation>sich selbst (selbstsigniert)</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Trusted fingerprint (SHA-256):</source>
        <translation>Vertrauenswürdiger Fingerabdruck (SHA-256):</translation>
    </message>
    <message>
        <source>Fingerprint now (SHA-256):</source>
        <translation>Aktueller Fingerabdruck (SHA-256):</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingerabdruck (SHA-256):</translation>
    </message>
    <message>
        <source>Unknown Server Certificate</source>
        <translation>Unbekanntes Serverzertifikat</translation>
    </message>
    <message>
        <source>Do you trust the server %1?</source>
        <translation>Vertrauen Sie dem Server %1?</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not vouched for by any certificate authority this computer knows. This is normal for a company server with its own certificate, but it is also what an impostor&apos;s certificate looks like.</source>
        <translation>Für das Zertifikat des Servers bürgt keine Zertifizierungsstelle, die dieser Computer kennt. Das ist bei einem Firmenserver mit eigenem Zertifikat normal, aber genau so sieht auch das Zertifikat eines Betrügers aus.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your IT department gave you. Trust the server only if they match; the client will then remember this certificate and refuse any other for this server.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen Ihre IT-Abteilung gegeben hat. Vertrauen Sie dem Server nur, wenn beide übereinstimmen; das Programm merkt sich dann dieses Zertifikat und lehnt für diesen Server jedes andere ab.</translation>
    </message>
    <message>
        <source>&amp;Trust This Server</source>
        <translation>Diesem Server &amp;vertrauen</translation>
    </message>
    <message>
        <source>Server Certificate Changed</source>
        <translation>Serverzertifikat geändert</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed</source>
        <translation>Das Zertifikat von %1 hat sich geändert</translation>
    </message>
    <message>
        <source>This server presented a different certificate from the one you trusted before. Someone may be intercepting the connection, or IT may have replaced the certificate. The client will not connect.</source>
        <translation>Dieser Server hat ein anderes Zertifikat vorgelegt als das, dem Sie vertraut haben. Möglicherweise fängt jemand die Verbindung ab, oder die IT hat das Zertifikat ersetzt. Das Programm stellt keine Verbindung her.</translation>
    </message>
    <message>
        <source>Contact your IT department and tell them both fingerprints. Once they confirm the new certificate, they can update the trusted fingerprint for this server.</source>
        <translation>Wenden Sie sich an Ihre IT-Abteilung und nennen Sie beide Fingerabdrücke. Sobald sie das neue Zertifikat bestätigt, kann sie den vertrauenswürdigen Fingerabdruck für diesen Server aktualisieren.</translation>
    </message>
</context>
<context>
    <name>erp::client::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>After the change, your other signed-in devices are signed out; this one stays signed in.</source>
        <translation>Nach der Änderung werden Ihre anderen angemeldeten Geräte abgemeldet; dieses bleibt angemeldet.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters and must not be a common or easily guessed one (such as your email address or the organisation&apos;s name). A passphrase of several words is best.</source>
        <translation>Das neue Passwort braucht mindestens %1 Zeichen und darf nicht verbreitet oder leicht zu erraten sein (etwa Ihre E-Mail-Adresse oder der Name der Organisation). Am besten ist ein Satz aus mehreren Wörtern.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Confir&amp;m new password:</source>
        <translation>Neues Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Geben Sie ein neues Passwort ein.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Das neue Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>erp::client::ClientApplication</name>
    <message>
        <source>Configuration Problem</source>
        <translation>Problem mit der Konfiguration</translation>
    </message>
    <message>
        <source>Some settings provided by your IT department could not be used. Please tell them:</source>
        <translation>Einige Einstellungen Ihrer IT-Abteilung konnten nicht verwendet werden. Bitte teilen Sie ihr Folgendes mit:</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Erneut angemeldet.</translation>
    </message>
    <message>
        <source>Not signed in. Your unsaved entries are kept; you will be asked to sign in when you save or reload.</source>
        <translation>Nicht angemeldet. Ihre ungespeicherten Eingaben bleiben erhalten; beim Speichern oder Neuladen werden Sie zur Anmeldung aufgefordert.</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the server did not confirm that your session has ended (%1). Until it expires, anyone holding a copy of it could go on using it: sign in and end it under Sessions, or ask an administrator to.</source>
        <translation>Sie sind auf diesem Computer abgemeldet, aber der Server hat nicht bestätigt, dass Ihre Sitzung beendet ist (%1). Bis sie abläuft, könnte jeder, der eine Kopie davon hat, sie weiter nutzen: Melden Sie sich an und beenden Sie sie unter „Sitzungen“, oder bitten Sie einen Administrator darum.</translation>
    </message>
    <message>
        <source>The settings file from your IT department was ignored because it is not protected: users other than administrators could change it, and it decides which servers the client trusts. Please tell your IT department:</source>
        <translation>Die Einstellungsdatei Ihrer IT-Abteilung wurde ignoriert, weil sie nicht geschützt ist: Auch andere Benutzer als Administratoren könnten sie ändern, und sie bestimmt, welchen Servern der Client vertraut. Bitte teilen Sie Ihrer IT-Abteilung mit:</translation>
    </message>
</context>
<context>
    <name>erp::client::ColorScheme</name>
    <message>
        <source>High contrast, light (black on white)</source>
        <translation>Hoher Kontrast, hell (Schwarz auf Weiß)</translation>
    </message>
    <message>
        <source>High contrast, dark (white on black)</source>
        <translation>Hoher Kontrast, dunkel (Weiß auf Schwarz)</translation>
    </message>
    <message>
        <source>Standard (system colours)</source>
        <translation>Standard (Systemfarben)</translation>
    </message>
</context>
<context>
    <name>erp::client::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Saved on the server now</source>
        <translation>Jetzt auf dem Server gespeichert</translation>
    </message>
    <message>
        <source>&amp;Reload (Discard My Changes)</source>
        <translation>&amp;Neu laden (meine Änderungen verwerfen)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with My Values</source>
        <translation>Mit meinen Werten ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Show the record as it is on the server now. Your edits are lost.</source>
        <translation>Den Datensatz so anzeigen, wie er jetzt auf dem Server ist. Ihre Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>Save your values, replacing the other change.</source>
        <translation>Ihre Werte speichern und die andere Änderung ersetzen.</translation>
    </message>
    <message>
        <source>Someone else changed “%1” while you were editing it. Compare the values below and decide which to keep.</source>
        <translation>Jemand anderes hat „%1“ geändert, während Sie es bearbeitet haben. Vergleichen Sie die Werte unten und entscheiden Sie, welche gelten sollen.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
</context>
<context>
    <name>erp::client::ContactForm</name>
    <message>
        <source>(no account)</source>
        <translation>(keine Firma)</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Geben Sie den Namen des Kontakts ein.</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Contact “%1”</source>
        <translation>Kontakt „%1“</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Your contacts are yours; a manager can give them to someone else.</source>
        <translation>Ihre Kontakte gehören Ihnen; eine Führungskraft kann sie jemand anderem zuweisen.</translation>
    </message>
</context>
<context>
    <name>erp::client::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>No contacts yet. Contacts are created here or when a lead is converted.</source>
        <translation>Noch keine Kontakte. Kontakte werden hier angelegt oder beim Umwandeln eines Leads.</translation>
    </message>
    <message>
        <source>No contacts match the search.</source>
        <translation>Kein Kontakt entspricht der Suche.</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Contact “%1” created.</source>
        <translation>Kontakt „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Its activities are deleted with it.</source>
        <translation>Seine Aktivitäten werden mit gelöscht.</translation>
    </message>
</context>
<context>
    <name>erp::client::ConvertLeadDialog</name>
    <message>
        <source>Enter the name of the new account.</source>
        <translation>Geben Sie den Namen der neuen Firma ein.</translation>
    </message>
    <message>
        <source>Choose the account to link.</source>
        <translation>Wählen Sie die Firma, mit der verknüpft werden soll.</translation>
    </message>
    <message>
        <source>Enter the name of the new contact.</source>
        <translation>Geben Sie den Namen des neuen Kontakts ein.</translation>
    </message>
    <message>
        <source>Choose the contact to link.</source>
        <translation>Wählen Sie den Kontakt, mit dem verknüpft werden soll.</translation>
    </message>
    <message>
        <source>Convert Lead</source>
        <translation>Lead umwandeln</translation>
    </message>
    <message>
        <source>Convert “%1” into an account and a contact. The lead is then marked converted and cannot be converted again.</source>
        <translation>„%1“ in eine Firma und einen Kontakt umwandeln. Der Lead wird danach als umgewandelt markiert und kann nicht erneut umgewandelt werden.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>&amp;New account:</source>
        <translation>&amp;Neue Firma:</translation>
    </message>
    <message>
        <source>E&amp;xisting account:</source>
        <translation>&amp;Vorhandene Firma:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Umwandeln</translation>
    </message>
    <message>
        <source>New con&amp;tact:</source>
        <translation>Neuer &amp;Kontakt:</translation>
    </message>
    <message>
        <source>Exi&amp;sting contact:</source>
        <translation>Vorhandener K&amp;ontakt:</translation>
    </message>
</context>
<context>
    <name>erp::client::CrmText</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Umgewandelt</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>erp::client::DecimalInput</name>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n digit(s) before the decimal point.</source>
        <translation>
            <numerusform>Höchstens %n Stelle vor dem Komma.</numerusform>
            <numerusform>Höchstens %n Stellen vor dem Komma.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::client::ErrorText</name>
    <message>
        <source>If this keeps happening, give your administrator this reference: %1.</source>
        <translation>Wenn das wiederholt auftritt, nennen Sie Ihrem Administrator diese Referenz: %1.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again; nothing you entered has been sent yet.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an; Ihre Eingaben wurden noch nicht gesendet.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the server address and your network connection.</source>
        <translation>Der Server wurde nicht gefunden. Prüfen Sie die Serveradresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the server address and port, or whether the server is running.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie Serveradresse und Port oder ob der Server läuft.</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted. Try again.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The network proxy could not be used. Ask your IT department to check the proxy settings.</source>
        <translation>Der Netzwerk-Proxy konnte nicht verwendet werden. Bitten Sie Ihre IT-Abteilung, die Proxy-Einstellungen zu prüfen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>Die Antwort des Servers war nicht verständlich.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your network connection and try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be confirmed automatically. Compare the certificate fingerprint with the one your administrator gave you before trusting this server.</source>
        <translation>Die Identität des Servers konnte nicht automatisch bestätigt werden. Vergleichen Sie den Fingerabdruck des Zertifikats mit dem, den Ihnen Ihr Administrator gegeben hat, bevor Sie diesem Server vertrauen.</translation>
    </message>
    <message>
        <source>Warning: the server presented a different certificate than the one you trusted before. Someone may be intercepting the connection. The connection was refused. Contact your IT department before continuing.</source>
        <translation>Warnung: Der Server hat ein anderes Zertifikat vorgelegt als das, dem Sie vertraut haben. Möglicherweise fängt jemand die Verbindung ab. Die Verbindung wurde abgelehnt. Wenden Sie sich an Ihre IT-Abteilung, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid (for example expired or issued for another name). The connection was refused. Contact your IT department.</source>
        <translation>Das Zertifikat des Servers ist ungültig (zum Beispiel abgelaufen oder für einen anderen Namen ausgestellt). Die Verbindung wurde abgelehnt. Wenden Sie sich an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established. The server may not support TLS 1.2 or later. Contact your IT department.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden. Möglicherweise unterstützt der Server kein TLS 1.2 oder neuer. Wenden Sie sich an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>The server address must start with https://. Unencrypted connections are not allowed.</source>
        <translation>Die Serveradresse muss mit https:// beginnen. Unverschlüsselte Verbindungen sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden.</translation>
    </message>
    <message>
        <source>The organisation, email address or password is wrong.</source>
        <translation>Organisation, E-Mail-Adresse oder Passwort sind falsch.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Please wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie %n Minute und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie %n Minuten und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Please wait a few minutes and try again.</source>
        <translation>Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Reload it to see their changes, or overwrite them deliberately.</source>
        <translation>Jemand anderes hat diesen Datensatz geändert, während Sie ihn bearbeitet haben. Laden Sie ihn neu, um die Änderungen zu sehen, oder überschreiben Sie sie bewusst.</translation>
    </message>
    <message>
        <source>The change could not be saved because the record&apos;s version was missing. Reload the record and try again.</source>
        <translation>Die Änderung konnte nicht gespeichert werden, weil die Version des Datensatzes fehlte. Laden Sie den Datensatz neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This is the last active administrator of the organisation. Make someone else an administrator first.</source>
        <translation>Das ist der letzte aktive Administrator der Organisation. Machen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message>
        <source>You cannot give permissions or roles that you do not have yourself.</source>
        <translation>Sie können keine Berechtigungen oder Rollen vergeben, die Sie selbst nicht haben.</translation>
    </message>
    <message>
        <source>This role is still assigned to users. Remove it from them before deleting it.</source>
        <translation>Diese Rolle ist noch Benutzern zugewiesen. Entziehen Sie sie ihnen, bevor Sie sie löschen.</translation>
    </message>
    <message>
        <source>The built-in administrator role cannot be changed or deleted.</source>
        <translation>Die vordefinierte Administratorrolle kann weder geändert noch gelöscht werden.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Some of the values are not valid. Please check your input.</source>
        <translation>Einige Werte sind ungültig. Bitte prüfen Sie Ihre Eingaben.</translation>
    </message>
    <message>
        <source>The server did not accept the request from this program version. Please update the program or contact your administrator.</source>
        <translation>Der Server hat die Anfrage dieser Programmversion nicht angenommen. Bitte aktualisieren Sie das Programm oder wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>The filter contains a value the server does not accept. Check the filter fields.</source>
        <translation>Der Filter enthält einen Wert, den der Server nicht akzeptiert. Prüfen Sie die Filterfelder.</translation>
    </message>
    <message>
        <source>You do not have permission to do this. Ask your administrator if you need it.</source>
        <translation>Dazu fehlt Ihnen die Berechtigung. Wenden Sie sich an Ihren Administrator, wenn Sie sie benötigen.</translation>
    </message>
    <message>
        <source>This record no longer exists. Someone may have deleted it.</source>
        <translation>Dieser Datensatz existiert nicht mehr. Möglicherweise hat ihn jemand gelöscht.</translation>
    </message>
    <message>
        <source>A record with these values already exists.</source>
        <translation>Ein Datensatz mit diesen Werten existiert bereits.</translation>
    </message>
    <message>
        <source>This request was already sent with different content. Please start again.</source>
        <translation>Diese Anfrage wurde bereits mit anderem Inhalt gesendet. Bitte beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>The server did not accept the request from this program version.</source>
        <translation>Der Server hat die Anfrage dieser Programmversion nicht angenommen.</translation>
    </message>
    <message>
        <source>The server does not support this action. Please update the program.</source>
        <translation>Der Server unterstützt diese Aktion nicht. Bitte aktualisieren Sie das Programm.</translation>
    </message>
    <message>
        <source>The data is too large to send in one piece.</source>
        <translation>Die Daten sind zu groß, um sie auf einmal zu senden.</translation>
    </message>
    <message>
        <source>The request is too large. Try a shorter search or fewer filters.</source>
        <translation>Die Anfrage ist zu groß. Versuchen Sie eine kürzere Suche oder weniger Filter.</translation>
    </message>
    <message>
        <source>The server is temporarily unable to process requests. Please try again in a moment.</source>
        <translation>Der Server kann Anfragen vorübergehend nicht bearbeiten. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>An unexpected error occurred on the server.</source>
        <translation>Auf dem Server ist ein unerwarteter Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Der Server hat die Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>This action is not possible in the record&apos;s current state. Reload it and try again.</source>
        <translation>Diese Aktion ist im aktuellen Zustand des Datensatzes nicht möglich. Laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server reported an error (%1).</source>
        <translation>Der Server hat einen Fehler gemeldet (%1).</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <source>Unknown server certificate</source>
        <translation>Unbekanntes Serverzertifikat</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation>Serverproblem</translation>
    </message>
    <message>
        <source>Could not complete the action</source>
        <translation>Die Aktion konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Das ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>This email address is already in use by another user.</source>
        <translation>Diese E-Mail-Adresse wird bereits von einem anderen Benutzer verwendet.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>Das ist zu kurz.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Das ist zu lang.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used passwords. Choose a less common one.</source>
        <translation>Dieses Passwort gehört zu den am häufigsten verwendeten Passwörtern. Wählen Sie ein weniger verbreitetes.</translation>
    </message>
    <message>
        <source>The password must not be one repeated character, your email address or the organisation&apos;s name.</source>
        <translation>Das Passwort darf nicht aus einem wiederholten Zeichen, Ihrer E-Mail-Adresse oder dem Namen der Organisation bestehen.</translation>
    </message>
    <message>
        <source>This name is already in use.</source>
        <translation>Dieser Name wird bereits verwendet.</translation>
    </message>
    <message>
        <source>One of the selected roles no longer exists. Reload and choose again.</source>
        <translation>Eine der ausgewählten Rollen existiert nicht mehr. Laden Sie neu und wählen Sie erneut.</translation>
    </message>
    <message>
        <source>One of the selected permissions is not known to the server.</source>
        <translation>Eine der ausgewählten Berechtigungen ist dem Server nicht bekannt.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>This value has the wrong format.</source>
        <translation>Dieser Wert hat das falsche Format.</translation>
    </message>
    <message>
        <source>Use 2 to 63 lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>Verwenden Sie 2 bis 63 Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>This identifier is already in use.</source>
        <translation>Diese Kennung wird bereits verwendet.</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>Der Wert muss größer als null sein.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
    <message>
        <source>This value cannot be changed here.</source>
        <translation>Dieser Wert kann hier nicht geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>Das Passwort muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Das Passwort muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must have at most %n character(s).</source>
        <translation>
            <numerusform>Das Passwort darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Das Passwort darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig vom %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Previously trusted fingerprint: %1</source>
        <translation>Bisher vertrauenswürdiger Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>This lead has already been converted. Open its account or contact instead.</source>
        <translation>Dieser Lead wurde bereits umgewandelt. Öffnen Sie stattdessen seine Firma oder seinen Kontakt.</translation>
    </message>
    <message>
        <source>This lead has been converted and can no longer be changed.</source>
        <translation>Dieser Lead wurde umgewandelt und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The lead&apos;s status does not allow this. Reload it to see its current status.</source>
        <translation>Der Status des Leads lässt das nicht zu. Laden Sie ihn neu, um den aktuellen Status zu sehen.</translation>
    </message>
    <message>
        <source>Leads are still in this stage. Move them to another stage first.</source>
        <translation>In dieser Phase sind noch Leads. Verschieben Sie sie zuerst in eine andere Phase.</translation>
    </message>
    <message>
        <source>The pipeline needs at least one stage.</source>
        <translation>Die Pipeline braucht mindestens eine Phase.</translation>
    </message>
    <message>
        <source>Other records still refer to this one, so it cannot be deleted.</source>
        <translation>Andere Datensätze verweisen noch hierauf, daher kann er nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Some lines of the file have problems; nothing was imported.</source>
        <translation>Einige Zeilen der Datei sind fehlerhaft; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file has no leads to import.</source>
        <translation>Die Datei enthält keine Leads zum Importieren.</translation>
    </message>
    <message>
        <source>Enter an amount such as 1250.00.</source>
        <translation>Geben Sie einen Betrag wie 1250,00 ein.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>This number is outside the allowed range.</source>
        <translation>Diese Zahl liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <source>This is not a known currency code (ISO 4217, for example EUR).</source>
        <translation>Das ist kein bekannter Währungscode (ISO 4217, zum Beispiel EUR).</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Geben Sie ein Datum als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation>Geben Sie ein gültiges Datum mit Uhrzeit ein.</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>Wählen Sie einen der angebotenen Werte.</translation>
    </message>
    <message>
        <source>This pipeline stage does not exist.</source>
        <translation>Diese Pipeline-Phase gibt es nicht.</translation>
    </message>
    <message>
        <source>This person is not an active user of the organisation.</source>
        <translation>Diese Person ist kein aktiver Benutzer der Organisation.</translation>
    </message>
    <message>
        <source>You can only make yourself the owner.</source>
        <translation>Sie können nur sich selbst als Verantwortlichen eintragen.</translation>
    </message>
    <message>
        <source>This account does not exist or is not visible to you.</source>
        <translation>Diese Firma gibt es nicht oder sie ist für Sie nicht sichtbar.</translation>
    </message>
    <message>
        <source>This contact does not exist or is not visible to you.</source>
        <translation>Diesen Kontakt gibt es nicht oder er ist für Sie nicht sichtbar.</translation>
    </message>
    <message>
        <source>This lead does not exist or is not visible to you.</source>
        <translation>Diesen Lead gibt es nicht oder er ist für Sie nicht sichtbar.</translation>
    </message>
    <message>
        <source>Link the activity to exactly one lead, contact or account.</source>
        <translation>Verknüpfen Sie die Aktivität mit genau einem Lead, Kontakt oder einer Firma.</translation>
    </message>
    <message>
        <source>A required column is missing.</source>
        <translation>Eine Pflichtspalte fehlt.</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>Diese Spalte kommt doppelt vor.</translation>
    </message>
    <message>
        <source>This column is not known.</source>
        <translation>Diese Spalte ist unbekannt.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>The file must be UTF-8 encoded.</source>
        <translation>Die Datei muss UTF-8-kodiert sein.</translation>
    </message>
    <message>
        <source>The file has too many lines; split it.</source>
        <translation>Die Datei hat zu viele Zeilen; teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>This user has permissions that you do not have. Only someone with all of them can change their password, email address, roles or active state, or end their sessions.</source>
        <translation>Dieser Benutzer hat Berechtigungen, die Sie nicht haben. Nur wer alle davon hat, kann sein Passwort, seine E-Mail-Adresse, seine Rollen oder seinen Aktiv-Status ändern oder seine Sitzungen beenden.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a new password of your own to continue.</source>
        <translation>Ihr Passwort wurde von einem Administrator festgelegt. Wählen Sie ein eigenes neues Passwort, um fortzufahren.</translation>
    </message>
    <message>
        <source>New password needed</source>
        <translation>Neues Passwort erforderlich</translation>
    </message>
    <message>
        <source>This band overlaps another approval band. Change the other band first, or choose amounts outside it.</source>
        <translation>Diese Stufe überschneidet sich mit einer anderen Freigabestufe. Ändern Sie zuerst die andere Stufe oder wählen Sie Beträge außerhalb davon.</translation>
    </message>
    <message>
        <source>The band must end above the amount it starts at.</source>
        <translation>Die Stufe muss über dem Betrag enden, bei dem sie beginnt.</translation>
    </message>
    <message>
        <source>A band cannot need more approvers with the role than approvers.</source>
        <translation>Eine Stufe kann nicht mehr Freigebende mit der Rolle brauchen als Freigebende insgesamt.</translation>
    </message>
    <message>
        <source>This supplier does not exist.</source>
        <translation>Diesen Lieferanten gibt es nicht.</translation>
    </message>
    <message>
        <source>This unit does not exist or does not fit the product.</source>
        <translation>Diese Einheit gibt es nicht, oder sie passt nicht zum Artikel.</translation>
    </message>
    <message>
        <source>This product does not exist.</source>
        <translation>Diesen Artikel gibt es nicht.</translation>
    </message>
    <message>
        <source>This warehouse does not exist or is not active.</source>
        <translation>Dieses Lager gibt es nicht, oder es ist nicht aktiv.</translation>
    </message>
    <message>
        <source>This is set when the record is created and cannot be changed.</source>
        <translation>Dies wird beim Anlegen festgelegt und kann nicht geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s)</source>
        <translation>
            <numerusform>%n Lagerbewegung</numerusform>
            <numerusform>%n Lagerbewegungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock balance(s)</source>
        <translation>
            <numerusform>%n Lagerbestand</numerusform>
            <numerusform>%n Lagerbestände</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be deleted because other records still refer to it: %1. Remove or change those first.</source>
        <translation>Es kann nicht gelöscht werden, weil andere Datensätze noch darauf verweisen: %1. Entfernen oder ändern Sie diese zuerst.</translation>
    </message>
</context>
<context>
    <name>erp::client::ExchangeRateForm</name>
    <message>
        <source>New exchange rate</source>
        <translation>Neuer Wechselkurs</translation>
    </message>
    <message>
        <source>Rate of %1 from %2</source>
        <translation>Kurs von %1 ab %2</translation>
    </message>
    <message>
        <source>New Exchange Rate</source>
        <translation>Neuer Wechselkurs</translation>
    </message>
    <message>
        <source>Exchange Rate: %1</source>
        <translation>Wechselkurs: %1</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Gültig ab:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <source>How much of the base currency one unit of this currency is worth. Orders use the latest rate on or before their order date.</source>
        <translation>Wie viel Basiswährung eine Einheit dieser Währung wert ist. Bestellungen verwenden den letzten Kurs am oder vor ihrem Bestelldatum.</translation>
    </message>
</context>
<context>
    <name>erp::client::ExchangeRatesPage</name>
    <message>
        <source>Exchange Rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Rate (base currency per unit)</source>
        <translation>Kurs (Basiswährung je Einheit)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <source>No exchange rates yet. Orders in a currency other than the base currency need one.</source>
        <translation>Noch keine Wechselkurse. Bestellungen in einer anderen Währung als der Basiswährung brauchen einen.</translation>
    </message>
    <message>
        <source>No rates for this currency.</source>
        <translation>Keine Kurse für diese Währung.</translation>
    </message>
    <message>
        <source>New Rate</source>
        <translation>Neuer Kurs</translation>
    </message>
    <message>
        <source>Exchange rate %1 added.</source>
        <translation>Wechselkurs %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Exchange rate %1 saved.</source>
        <translation>Wechselkurs %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>erp::client::FieldErrorStyle</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>erp::client::KeyboardShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In lists, the arrow keys move between rows and Enter opens the selected row; Tab moves on to the next field or button. Each page keeps its shortcut whichever pages your roles show.</source>
        <translation>In Listen wechseln die Pfeiltasten die Zeile, und die Eingabetaste öffnet die gewählte Zeile; die Tabulatortaste springt zum nächsten Feld oder Knopf. Jede Seite behält ihr Tastenkürzel, gleich welche Seiten Ihre Rollen zeigen.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>erp::client::LeadForm</name>
    <message>
        <source>The stages or owners could not be loaded: %1</source>
        <translation>Die Phasen oder Verantwortlichen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Enter a title for the lead.</source>
        <translation>Geben Sie einen Titel für den Lead ein.</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.</translation>
    </message>
    <message>
        <source>At most 12 digits before the decimal point.</source>
        <translation>Höchstens 12 Stellen vor dem Komma.</translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation>Wählen Sie eine Währung aus der Liste.</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Lead “%1”</source>
        <translation>Lead „%1“</translation>
    </message>
    <message>
        <source>New Lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Edit Lead</source>
        <translation>Lead bearbeiten</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>Save or discard your changes first.</source>
        <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen.</translation>
    </message>
    <message>
        <source>Mark Lead Lost</source>
        <translation>Lead als verloren markieren</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Warum ging „%1“ verloren?</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>Als verloren markieren</translation>
    </message>
    <message>
        <source>Enter the reason the lead was lost.</source>
        <translation>Geben Sie an, warum der Lead verloren ging.</translation>
    </message>
    <message>
        <source>Your leads are yours; a manager can give them to someone else.</source>
        <translation>Ihre Leads gehören Ihnen; eine Führungskraft kann sie jemand anderem zuweisen.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Marked won</source>
        <translation>Als gewonnen markiert</translation>
    </message>
    <message>
        <source>Marked lost: %1</source>
        <translation>Als verloren markiert: %1</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Umgewandelt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Noch keine Änderungen erfasst.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>erp::client::LeadImportWizard</name>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Wählen Sie die CSV-Datei, die importiert werden soll.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB. Split it into smaller files and import them one by one.</source>
        <translation>Die Datei ist größer als 1 MiB. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese nacheinander.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Import Leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The server is checking the file…</source>
        <translation>Der Server prüft die Datei…</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts. Split it into smaller files.</source>
        <translation>Die Datei ist größer, als der Server annimmt. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Die Datei konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The file contains no leads.</source>
        <translation>Die Datei enthält keine Leads.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) in the file can be imported. Press “Import” to import them.</source>
        <translation>
            <numerusform>Der %Ln Lead in der Datei kann importiert werden. Klicken Sie auf „Importieren“, um ihn zu importieren.</numerusform>
            <numerusform>Alle %Ln Leads in der Datei können importiert werden. Klicken Sie auf „Importieren“, um sie zu importieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found; nothing can be imported until the file is corrected. Fix the lines below, then go back and check the file again.</source>
        <translation>
            <numerusform>%Ln Problem gefunden; nichts kann importiert werden, bevor die Datei korrigiert ist. Korrigieren Sie die Zeile unten, gehen Sie dann zurück und lassen Sie die Datei erneut prüfen.</numerusform>
            <numerusform>%Ln Probleme gefunden; nichts kann importiert werden, bevor die Datei korrigiert ist. Korrigieren Sie die Zeilen unten, gehen Sie dann zurück und lassen Sie die Datei erneut prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln lead(s)…</source>
        <translation>
            <numerusform>%Ln Lead wird importiert…</numerusform>
            <numerusform>%Ln Leads werden importiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) imported.</source>
        <translation>
            <numerusform>%Ln Lead importiert.</numerusform>
            <numerusform>%Ln Leads importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>The first line names the columns; “title” and “currency” are required. Other columns: contact_name, company, email, phone, source, estimated_value (for example 1250.00), probability (0-100), expected_close_date (YYYY-MM-DD), stage (its name), owner_email, notes. The file must be UTF-8 and at most 1 MiB.

Nothing is imported before the server has checked every line.</source>
        <translation>Die erste Zeile nennt die Spalten; „title“ und „currency“ sind Pflicht. Weitere Spalten: contact_name, company, email, phone, source, estimated_value (zum Beispiel 1250.00), probability (0-100), expected_close_date (JJJJ-MM-TT), stage (Name der Phase), owner_email, notes. Die Datei muss UTF-8-kodiert und höchstens 1 MiB groß sein.

Es wird nichts importiert, bevor der Server jede Zeile geprüft hat.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Nur das erste Problem wird aufgeführt.</numerusform>
            <numerusform>Nur die ersten %n Probleme werden aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::client::LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>Wahrsch.</translation>
    </message>
    <message>
        <source>Probability of winning</source>
        <translation>Gewinnwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Close Date</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Search title, company, contact or email</source>
        <translation>Titel, Firma, Kontakt oder E-Mail suchen</translation>
    </message>
    <message>
        <source>No leads yet. Create one with “New Lead” or import a CSV file.</source>
        <translation>Noch keine Leads. Legen Sie einen mit „Neuer Lead“ an oder importieren Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>No leads yet.</source>
        <translation>Noch keine Leads.</translation>
    </message>
    <message>
        <source>No leads match the search or filters.</source>
        <translation>Kein Lead entspricht der Suche oder den Filtern.</translation>
    </message>
    <message>
        <source>New Lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import leads from a CSV file</source>
        <translation>Leads aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Lead “%1” created.</source>
        <translation>Lead „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) imported.</source>
        <translation>
            <numerusform>%Ln Lead importiert.</numerusform>
            <numerusform>%Ln Leads importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Its activities are deleted with it.</source>
        <translation>Seine Aktivitäten werden mit gelöscht.</translation>
    </message>
</context>
<context>
    <name>erp::client::ListPage</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load more rows: %1</source>
        <translation>Weitere Zeilen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows; scroll down for more.</source>
        <translation>%1 von %2 Zeilen angezeigt; scrollen Sie nach unten für mehr.</translation>
    </message>
    <message>
        <source>Showing %1 of about %2 rows; scroll down for more.</source>
        <translation>%1 von etwa %2 Zeilen angezeigt; scrollen Sie nach unten für mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting to %1… %2 written</source>
        <translation>Export nach %1… %2 geschrieben</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation>Liste erneut vom Server laden (F5)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the rows matching the current search and filters as a CSV file (Ctrl+E)</source>
        <translation>Die Zeilen der aktuellen Suche und Filter als CSV-Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message>
        <source>Nothing matches the search or filters.</source>
        <translation>Nichts entspricht der Suche oder den Filtern.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Den ausgewählten Datensatz löschen (Entf)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Someone else changed “%1” a moment ago. The list has been refreshed; please check and try again.</source>
        <translation>Jemand anderes hat „%1“ gerade geändert. Die Liste wurde neu geladen; bitte prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>„%1“ wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Enter opens the selected row. Click a column header to sort.</source>
        <translation>Eingabe öffnet die ausgewählte Zeile. Ein Klick auf eine Spaltenüberschrift sortiert.</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>%1. The list updates as you type; Enter searches at once.</source>
        <translation>%1. Die Liste aktualisiert sich beim Tippen; Eingabe sucht sofort.</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>Aktionen für %1</translation>
    </message>
</context>
<context>
    <name>erp::client::LocaleFormat</name>
    <message>
        <source>%1 or %2</source>
        <comment>two ways to write a number</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Enter a number like %1.</source>
        <translation>Geben Sie eine Zahl wie %1 ein.</translation>
    </message>
    <message>
        <source>Use only one decimal mark (%1). Enter the number like %2.</source>
        <translation>Nur ein Dezimalzeichen (%1) ist erlaubt. Geben Sie die Zahl so ein: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a number. Enter the number like %2.</source>
        <translation>„%1“ kann nicht Teil einer Zahl sein. Geben Sie die Zahl so ein: %2.</translation>
    </message>
    <message>
        <source>Enter the number like %1.</source>
        <translation>Geben Sie die Zahl so ein: %1.</translation>
    </message>
    <message>
        <source>Enter a whole number like %1.</source>
        <translation>Geben Sie eine ganze Zahl wie %1 ein.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal(s). Enter the number like %1.</source>
        <translation>
            <numerusform>Höchstens %n Nachkommastelle. Geben Sie die Zahl so ein: %1.</numerusform>
            <numerusform>Höchstens %n Nachkommastellen. Geben Sie die Zahl so ein: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>Diese Zahl ist zu groß.</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>Die Zahl darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals. Enter the amount like %2.</source>
        <translation>Beträge in %1 haben keine Nachkommastellen. Geben Sie den Betrag so ein: %2.</translation>
    </message>
    <message>
        <source>Enter a date like %1.</source>
        <translation>Geben Sie ein Datum wie %1 ein.</translation>
    </message>
    <message>
        <source>Enter a date and time like %1.</source>
        <translation>Geben Sie Datum und Uhrzeit wie %1 ein.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Spaces are not used in numbers in this language. Enter the number like %1.</source>
        <translation>Leerzeichen werden in dieser Sprache nicht in Zahlen verwendet. Geben Sie die Zahl so ein: %1.</translation>
    </message>
    <message>
        <source>“%1” is not used in numbers in this language. Enter the number like %2.</source>
        <translation>„%1“ wird in dieser Sprache nicht in Zahlen verwendet. Geben Sie die Zahl so ein: %2.</translation>
    </message>
    <message>
        <source>In this language a space separates groups of three digits and “%1” is the decimal mark. Enter the number like %2.</source>
        <translation>In dieser Sprache trennt ein Leerzeichen Dreiergruppen von Ziffern, und „%1“ ist das Dezimalzeichen. Geben Sie die Zahl so ein: %2.</translation>
    </message>
    <message>
        <source>In this language “%1” separates groups of three digits and “%2” is the decimal mark. Enter the number like %3.</source>
        <translation>In dieser Sprache trennt „%1“ Dreiergruppen von Ziffern, und „%2“ ist das Dezimalzeichen. Geben Sie die Zahl so ein: %3.</translation>
    </message>
</context>
<context>
    <name>erp::client::LocationForm</name>
    <message>
        <source>Receiving</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Enter a short code, for example A-01.</source>
        <translation>Geben Sie ein kurzes Kürzel ein, zum Beispiel A-01.</translation>
    </message>
    <message>
        <source>Enter the location&apos;s name.</source>
        <translation>Geben Sie den Namen des Lagerplatzes ein.</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Neuer Lagerplatz</translation>
    </message>
    <message>
        <source>Location “%1”</source>
        <translation>Lagerplatz „%1“</translation>
    </message>
    <message>
        <source>New Location</source>
        <translation>Neuer Lagerplatz</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Lagerplatz: %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>A&amp;ktiv</translation>
    </message>
</context>
<context>
    <name>erp::client::LoginDialog</name>
    <message>
        <source>https://erp.example.com:8443</source>
        <translation>https://erp.example.com:8443</translation>
    </message>
    <message>
        <source>Set up by your IT department</source>
        <translation>Von Ihrer IT-Abteilung eingerichtet</translation>
    </message>
    <message>
        <source>The client only connects securely: use an address starting with https://.</source>
        <translation>Das Programm verbindet sich nur sicher: Verwenden Sie eine Adresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://erp.example.com:8443.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://erp.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s short name (lower-case letters, digits and hyphens).</source>
        <translation>Geben Sie das Kürzel Ihrer Organisation ein (Kleinbuchstaben, Ziffern und Bindestriche).</translation>
    </message>
    <message>
        <source>Enter your email address, for example name@example.com.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein, zum Beispiel name@example.com.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Resuming your session on %1…</source>
        <translation>Ihre Sitzung auf %1 wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate has changed since you last trusted it.</source>
        <translation>Nicht verbunden: Das Zertifikat des Servers hat sich geändert, seit Sie ihm vertraut haben.</translation>
    </message>
    <message>
        <source>The organisation, email address or password is not correct.</source>
        <translation>Organisation, E-Mail-Adresse oder Passwort sind nicht korrekt.</translation>
    </message>
    <message>
        <source>Not connected: you chose not to trust the server&apos;s certificate.</source>
        <translation>Nicht verbunden: Sie haben dem Zertifikat des Servers nicht vertraut.</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Sie können sich jetzt erneut anmelden.</translation>
    </message>
    <message numerus="yes">
        <source>Too many unsuccessful sign-in attempts. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Zu viele erfolglose Anmeldeversuche. Bitte warten Sie %n Sekunde, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>Zu viele erfolglose Anmeldeversuche. Bitte warten Sie %n Sekunden, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session Expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>Bitte melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue; your unsaved work is kept.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren; Ihre ungespeicherte Arbeit bleibt erhalten.</translation>
    </message>
    <message>
        <source>Enter the password you were given.</source>
        <translation>Geben Sie das Passwort ein, das Sie erhalten haben.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a new password of your own to continue.</source>
        <translation>Ihr Passwort wurde von einem Administrator festgelegt. Wählen Sie ein eigenes neues Passwort, um fortzufahren.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Geben Sie ein neues Passwort ein.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Confir&amp;m new password:</source>
        <translation>Neues Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <source>At least %1 characters; a passphrase of several words is best. Nobody else will know it.</source>
        <translation>Mindestens %1 Zeichen; eine Passphrase aus mehreren Wörtern ist am besten. Niemand sonst wird es kennen.</translation>
    </message>
</context>
<context>
    <name>erp::client::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>%1 — ERP</source>
        <translation>%1 — ERP</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>About ERP</source>
        <translation>Über ERP</translation>
    </message>
    <message>
        <source>ERP desktop client %1

Built with Qt %2.</source>
        <translation>ERP-Desktop-Client %1

Erstellt mit Qt %2.</translation>
    </message>
    <message>
        <source>&amp;API Reference</source>
        <translation>&amp;API-Referenz</translation>
    </message>
    <message>
        <source>Open the server&apos;s API reference in your web browser</source>
        <translation>Die API-Referenz des Servers im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Password changed. Your other devices were signed out.</source>
        <translation>Passwort geändert. Ihre anderen Geräte wurden abgemeldet.</translation>
    </message>
    <message>
        <source>No module is open to you yet.

Your roles in %1 do not include any part of the ERP (CRM, Purchasing, Inventory or Administration).

Ask your organisation&apos;s administrator to give you a role in Administration → Users, for example Sales representative or Purchaser. Then sign out and in again.

Your own sessions are under Your Account; File → Change Password… changes your password.</source>
        <translation>Für Sie ist noch kein Modul freigeschaltet.

Ihre Rollen in %1 umfassen keinen Teil des ERP (CRM, Einkauf, Lager oder Verwaltung).

Bitten Sie die Administration Ihrer Organisation, Ihnen unter Verwaltung → Benutzer eine Rolle zu geben, zum Beispiel Vertriebsmitarbeiter oder Einkäufer. Melden Sie sich danach ab und wieder an.

Ihre eigenen Sitzungen finden Sie unter Ihr Konto; Datei → Passwort ändern… ändert Ihr Passwort.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Modules and their pages. Arrow keys choose a page, which opens at once; Ctrl+1 to Ctrl+9 go to a page from anywhere.</source>
        <translation>Module und ihre Seiten. Die Pfeiltasten wählen eine Seite, die sofort geöffnet wird; Strg+1 bis Strg+9 springen von überall zu einer Seite.</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Aktuelle Seite</translation>
    </message>
</context>
<context>
    <name>erp::client::MyActivitiesPage</name>
    <message>
        <source>My Activities</source>
        <translation>Meine Aktivitäten</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Nothing to do: you have no open activities.</source>
        <translation>Nichts zu tun: Sie haben keine offenen Aktivitäten.</translation>
    </message>
    <message>
        <source>No open activities in this period.</source>
        <translation>Keine offenen Aktivitäten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark the selected activity done (Ctrl+D)</source>
        <translation>Die ausgewählte Aktivität als erledigt markieren (Strg+D)</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Overdue: it was due %1.</source>
        <translation>Überfällig: fällig war sie %1.</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation>Die ausgewählte Aktivität löschen</translation>
    </message>
    <message>
        <source>Activity “%1” created.</source>
        <translation>Aktivität „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>erp::client::OrganisationSettingsPage</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>You have unsaved changes. Save them or press Undo Changes before reloading.</source>
        <translation>Sie haben ungespeicherte Änderungen. Speichern Sie sie oder wählen Sie „Änderungen verwerfen“, bevor Sie neu laden.</translation>
    </message>
    <message>
        <source>The settings could not be loaded: %1</source>
        <translation>Die Einstellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Enter the company name printed on documents.</source>
        <translation>Geben Sie den Firmennamen ein, der auf Belegen gedruckt wird.</translation>
    </message>
    <message>
        <source>Use 1 to 10 letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>Verwenden Sie 1 bis 10 Buchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>Geben Sie einen Prozentsatz von 0 bis 100 ein.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Organisation settings saved.</source>
        <translation>Organisationseinstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the settings, and they could not be read again: %1</source>
        <translation>Nicht gespeichert: Jemand anderes hat die Einstellungen geändert, und sie konnten nicht neu gelesen werden: %1</translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation>Organisationseinstellungen</translation>
    </message>
    <message>
        <source>Showing the settings as they are now; your changes were discarded.</source>
        <translation>Die Einstellungen werden so gezeigt, wie sie jetzt sind; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the settings. Save again to review the differences.</source>
        <translation>Nicht gespeichert: Jemand anderes hat die Einstellungen geändert. Speichern Sie erneut, um die Unterschiede zu prüfen.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Purchase orders are numbered like %1.</source>
        <translation>Bestellungen werden wie %1 nummeriert.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>&amp;Steuernummer:</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>&amp;Basiswährung:</translation>
    </message>
    <message>
        <source>Approval bands are judged in this currency; orders in another currency are converted at the exchange rate of the order date.</source>
        <translation>Freigabestufen werden in dieser Währung bewertet; Bestellungen in einer anderen Währung werden zum Kurs des Bestelldatums umgerechnet.</translation>
    </message>
    <message>
        <source>Default tax &amp;rate:</source>
        <translation>Standard-&amp;Steuersatz:</translation>
    </message>
    <message>
        <source>Order number &amp;prefix:</source>
        <translation>&amp;Präfix der Bestellnummer:</translation>
    </message>
    <message>
        <source>Receipt t&amp;olerance:</source>
        <translation>Wareneingangs-&amp;Toleranz:</translation>
    </message>
    <message>
        <source>Allow &amp;negative stock (withdrawals may go below zero)</source>
        <translation>&amp;Negativen Bestand erlauben (Entnahmen dürfen unter null gehen)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Undo Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation>z. B. DE123456789</translation>
    </message>
</context>
<context>
    <name>erp::client::PageRegistry</name>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>My Sessions</source>
        <translation>Meine Sitzungen</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>My Activities</source>
        <translation>Meine Aktivitäten</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Lagerstandorte</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Approval Rules</source>
        <translation>Freigaberegeln</translation>
    </message>
    <message>
        <source>Purchase Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Approval Inbox</source>
        <translation>Genehmigungseingang</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Stock Moves</source>
        <translation>Lagerbewegungen</translation>
    </message>
    <message>
        <source>Your Account</source>
        <translation>Ihr Konto</translation>
    </message>
</context>
<context>
    <name>erp::client::PagedListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>erp::client::PermissionCatalogModel</name>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Customers (CRM)</source>
        <translation>Kunden (CRM)</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>See users</source>
        <translation>Benutzer sehen</translation>
    </message>
    <message>
        <source>Create, edit and deactivate users and assign roles</source>
        <translation>Benutzer anlegen, bearbeiten, deaktivieren und Rollen zuweisen</translation>
    </message>
    <message>
        <source>See roles and their permissions</source>
        <translation>Rollen und ihre Berechtigungen sehen</translation>
    </message>
    <message>
        <source>Create, rename, change and delete roles</source>
        <translation>Rollen anlegen, umbenennen, ändern und löschen</translation>
    </message>
    <message>
        <source>See and revoke other users&apos; sessions</source>
        <translation>Sitzungen anderer Benutzer sehen und widerrufen</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Audit-Protokoll lesen</translation>
    </message>
    <message>
        <source>Change the organisation&apos;s settings, exchange rates and approval rules</source>
        <translation>Einstellungen der Organisation, Wechselkurse und Freigaberegeln ändern</translation>
    </message>
    <message>
        <source>See leads, contacts, accounts and activities</source>
        <translation>Leads, Kontakte, Firmen und Aktivitäten sehen</translation>
    </message>
    <message>
        <source>Create and change CRM records</source>
        <translation>CRM-Datensätze anlegen und ändern</translation>
    </message>
    <message>
        <source>See every user&apos;s CRM records, not only one&apos;s own</source>
        <translation>CRM-Datensätze aller Benutzer sehen, nicht nur die eigenen</translation>
    </message>
    <message>
        <source>See suppliers, products and purchase orders</source>
        <translation>Lieferanten, Artikel und Bestellungen sehen</translation>
    </message>
    <message>
        <source>Create and change purchase orders</source>
        <translation>Bestellungen anlegen und ändern</translation>
    </message>
    <message>
        <source>Approve or reject purchase orders</source>
        <translation>Bestellungen genehmigen oder ablehnen</translation>
    </message>
    <message>
        <source>See stock and stock moves</source>
        <translation>Bestände und Lagerbewegungen sehen</translation>
    </message>
    <message>
        <source>Receive goods and transfer stock between locations</source>
        <translation>Wareneingang buchen und Bestände zwischen Lagerplätzen umlagern</translation>
    </message>
    <message>
        <source>Correct stock after a count</source>
        <translation>Bestände nach einer Inventur korrigieren</translation>
    </message>
    <message>
        <source>See shipments and carriers</source>
        <translation>Sendungen und Spediteure sehen</translation>
    </message>
    <message>
        <source>Create and update shipments</source>
        <translation>Sendungen anlegen und aktualisieren</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Change the sales pipeline&apos;s stages</source>
        <translation>Phasen der Vertriebspipeline ändern</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineBoardPage</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>The pipeline could not be loaded: %1</source>
        <translation>Die Pipeline konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The leads could not be loaded: %1</source>
        <translation>Die Leads konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>„%1“ nach %2 verschoben.</translation>
    </message>
    <message>
        <source>The lead no longer exists or is no longer visible to you.</source>
        <translation>Den Lead gibt es nicht mehr oder er ist für Sie nicht mehr sichtbar.</translation>
    </message>
    <message>
        <source>“%1” was not moved to %2: %3</source>
        <translation>„%1“ wurde nicht nach %2 verschoben: %3</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <source>Lead “%1”</source>
        <translation>Lead „%1“</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else and was not moved; the board shows it as it is now.</source>
        <translation>„%1“ wurde von jemand anderem geändert und nicht verschoben; die Tafel zeigt den aktuellen Stand.</translation>
    </message>
    <message>
        <source>Open leads by stage. Enter opens the lead.</source>
        <translation>Offene Leads nach Phase. Eingabe öffnet den Lead.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the pipeline again (F5)</source>
        <translation>Pipeline neu laden (F5)</translation>
    </message>
    <message>
        <source>“%1” moved within %2.</source>
        <translation>„%1“ innerhalb von %2 verschoben.</translation>
    </message>
    <message>
        <source>Drag a card to another stage or place, or select it and press Ctrl+Left / Ctrl+Right / Ctrl+Up / Ctrl+Down. Enter opens the lead.</source>
        <translation>Ziehen Sie eine Karte in eine andere Phase oder an eine andere Stelle, oder wählen Sie sie aus und drücken Sie Strg+Links / Strg+Rechts / Strg+Hoch / Strg+Runter. Eingabe öffnet den Lead.</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Phasen…</translation>
    </message>
    <message>
        <source>Add, rename, reorder or remove the pipeline&apos;s stages</source>
        <translation>Phasen der Pipeline hinzufügen, umbenennen, umsortieren oder entfernen</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Phasen der Pipeline</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineCardAccessibility</name>
    <message>
        <source>stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>wird verschoben</translation>
    </message>
    <message>
        <source>Ctrl+Left or Ctrl+Right moves the lead to the neighbouring stage; Enter opens it.</source>
        <translation>Strg+Links oder Strg+Rechts verschiebt den Lead in die benachbarte Phase; Eingabe öffnet ihn.</translation>
    </message>
    <message>
        <source>Owner %1. %2</source>
        <translation>Zuständig: %1. %2</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Nach links verschieben</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Moves the lead to the previous stage</source>
        <translation>Verschiebt den Lead in die vorige Phase</translation>
    </message>
    <message>
        <source>Moves the lead to the next stage</source>
        <translation>Verschiebt den Lead in die nächste Phase</translation>
    </message>
    <message>
        <source>Opens the lead</source>
        <translation>Öffnet den Lead</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineColumn</name>
    <message numerus="yes">
        <source>%Ln open lead(s)</source>
        <translation>
            <numerusform>%Ln offener Lead</numerusform>
            <numerusform>%Ln offene Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1, %2</source>
        <translation>Phase %1, %2</translation>
    </message>
    <message>
        <source>Load more (%1 of %2 shown)</source>
        <translation>Mehr laden (%1 von %2 angezeigt)</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineColumnModel</name>
    <message>
        <source>Expected close: %1</source>
        <translation>Erwarteter Abschluss: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3, owner %4</source>
        <translation>%1, %2, %3, verantwortlich: %4</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineStagesDialog</name>
    <message>
        <source>Add Stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Pipeline Stages</source>
        <translation>Pipeline-Phasen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The stages could not be loaded: %1</source>
        <translation>Die Phasen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Name der Phase:</translation>
    </message>
    <message>
        <source>Stage “%1” added.</source>
        <translation>Phase „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Stage renamed to “%1”.</source>
        <translation>Phase umbenannt in „%1“.</translation>
    </message>
    <message>
        <source>Stage “%1” moved.</source>
        <translation>Phase „%1“ verschoben.</translation>
    </message>
    <message>
        <source>Stage “%1” removed.</source>
        <translation>Phase „%1“ entfernt.</translation>
    </message>
    <message>
        <source>The stages of your organisation&apos;s pipeline, in the order of the board&apos;s columns. Changes apply at once for everyone. Removing a stage that still holds leads moves them to a stage you choose.</source>
        <translation>Die Phasen der Pipeline Ihrer Organisation, in der Reihenfolge der Spalten. Änderungen gelten sofort für alle. Wird eine Phase entfernt, in der noch Leads sind, kommen diese in eine Phase Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>Leads are still in “%1”. Choose the stage they move to; then “%1” is removed.</source>
        <translation>In „%1“ sind noch Leads. Wählen Sie die Phase, in die sie verschoben werden; danach wird „%1“ entfernt.</translation>
    </message>
    <message>
        <source>&amp;Move leads to:</source>
        <translation>Leads &amp;verschieben nach:</translation>
    </message>
    <message>
        <source>Move Leads and Remove</source>
        <translation>Leads verschieben und entfernen</translation>
    </message>
    <message>
        <source>Stage “%1” kept; its leads were not moved.</source>
        <translation>Phase „%1“ bleibt; ihre Leads wurden nicht verschoben.</translation>
    </message>
    <message>
        <source>Stage “%1” removed; its leads are now in “%2”.</source>
        <translation>Phase „%1“ entfernt; ihre Leads sind jetzt in „%2“.</translation>
    </message>
</context>
<context>
    <name>erp::client::ProductForm</name>
    <message>
        <source>The units could not be loaded: %1</source>
        <translation>Die Einheiten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Enter the product&apos;s SKU (your article number).</source>
        <translation>Geben Sie die Artikelnummer ein.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Geben Sie den Namen des Artikels ein.</translation>
    </message>
    <message>
        <source>Choose the unit stock is counted in.</source>
        <translation>Wählen Sie die Einheit, in der der Bestand gezählt wird.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Product “%1”</source>
        <translation>Artikel „%1“</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation>Artikel bearbeiten</translation>
    </message>
    <message>
        <source>Product: %1 %2</source>
        <translation>Artikel: %1 %2</translation>
    </message>
    <message>
        <source>The stock unit is chosen when the product is created.</source>
        <translation>Die Lagereinheit wird beim Anlegen des Artikels festgelegt.</translation>
    </message>
    <message>
        <source>A new product has no stock yet.</source>
        <translation>Ein neuer Artikel hat noch keinen Bestand.</translation>
    </message>
    <message>
        <source>Save the product first; then add the prices its suppliers ask.</source>
        <translation>Speichern Sie zuerst den Artikel; danach erfassen Sie die Preise seiner Lieferanten.</translation>
    </message>
    <message>
        <source>The stock could not be loaded: %1</source>
        <translation>Der Bestand konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The supplier prices could not be loaded: %1</source>
        <translation>Die Lieferantenpreise konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No stock in any location.</source>
        <translation>Kein Bestand auf irgendeinem Lagerplatz.</translation>
    </message>
    <message numerus="yes">
        <source>Stock in %n location(s), in the stock unit.</source>
        <translation>
            <numerusform>Bestand auf %n Lagerplatz, in der Lagereinheit.</numerusform>
            <numerusform>Bestand auf %n Lagerplätzen, in der Lagereinheit.</numerusform>
        </translation>
    </message>
    <message>
        <source>supplier&apos;s usual</source>
        <translation>wie beim Lieferanten üblich</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No supplier prices yet.</source>
        <translation>Noch keine Lieferantenpreise.</translation>
    </message>
    <message>
        <source>A new order line takes the best price for its quantity.</source>
        <translation>Eine neue Bestellposition übernimmt den besten Preis für ihre Menge.</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Artikelnummer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Barcode:</source>
        <translation>Barcode:</translation>
    </message>
    <message>
        <source>Stock &amp;unit:</source>
        <translation>Lager&amp;einheit:</translation>
    </message>
    <message>
        <source>Standard &amp;cost:</source>
        <translation>Standard&amp;kosten:</translation>
    </message>
    <message>
        <source>&amp;Reorder point:</source>
        <translation>&amp;Meldebestand:</translation>
    </message>
    <message>
        <source>Reorder &amp;quantity:</source>
        <translation>Bestell&amp;menge:</translation>
    </message>
    <message>
        <source>&amp;Preferred supplier:</source>
        <translation>Bevorzugter &amp;Lieferant:</translation>
    </message>
    <message>
        <source>Acti&amp;ve (may be ordered)</source>
        <translation>A&amp;ktiv (darf bestellt werden)</translation>
    </message>
    <message>
        <source>Type to search suppliers</source>
        <translation>Tippen, um Lieferanten zu suchen</translation>
    </message>
    <message>
        <source>Stock by location</source>
        <translation>Bestand je Lagerplatz</translation>
    </message>
    <message>
        <source>Supplier prices</source>
        <translation>Lieferantenpreise</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Value at standard cost</source>
        <translation>Wert zu Standardkosten</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>Ab Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Lieferzeit</translation>
    </message>
    <message>
        <source>&amp;Add Price…</source>
        <translation>Preis &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Price…</source>
        <translation>Preis &amp;bearbeiten…</translation>
    </message>
</context>
<context>
    <name>erp::client::ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Standard cost</source>
        <translation>Standardkosten</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Search by SKU, barcode or name</source>
        <translation>Nach Artikelnummer, Barcode oder Name suchen</translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation>Noch keine Artikel.</translation>
    </message>
    <message>
        <source>No products match the search or filter.</source>
        <translation>Kein Artikel passt zur Suche oder zum Filter.</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Product “%1” created.</source>
        <translation>Artikel „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderEditor</name>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>Lie&amp;ferant:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Order date:</source>
        <translation>&amp;Bestelldatum:</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>&amp;Erwartet:</translation>
    </message>
    <message>
        <source>Ship &amp;to:</source>
        <translation>Liefern &amp;an:</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Name or code; Down for a list</source>
        <translation>Name oder Code; Pfeil runter für eine Liste</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Positionen</translation>
    </message>
    <message>
        <source>Insert adds a line, Delete removes it; Tab or Enter moves to the next cell.</source>
        <translation>Einfg fügt eine Position hinzu, Entf entfernt sie; Tab oder Eingabe springt zur nächsten Zelle.</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Add a line (Insert)</source>
        <translation>Eine Position hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Remove the current line (Delete)</source>
        <translation>Die aktuelle Position entfernen (Entf)</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Zwischensumme:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Steuer:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>New Purchase Order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not counted yet: the server fills in missing prices and the default tax rate on saving.</source>
        <translation>
            <numerusform>%n Position noch nicht berücksichtigt: Der Server setzt fehlende Preise und den Standardsteuersatz beim Speichern ein.</numerusform>
            <numerusform>%n Positionen noch nicht berücksichtigt: Der Server setzt fehlende Preise und den Standardsteuersatz beim Speichern ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>Bitte den Lieferanten wählen.</translation>
    </message>
    <message>
        <source>Choose the warehouse the goods go to.</source>
        <translation>Bitte das Lager wählen, in das die Ware geht.</translation>
    </message>
    <message>
        <source>Goods cannot be expected before they are ordered.</source>
        <translation>Ware kann nicht vor der Bestellung erwartet werden.</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Purchase Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Approved by rule</source>
        <translation>Per Regel freigegeben</translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation>%1 (aufgehoben)</translation>
    </message>
    <message>
        <source>Please save your changes first.</source>
        <translation>Bitte speichern Sie zuerst Ihre Änderungen.</translation>
    </message>
    <message>
        <source>Why is the order rejected? The buyer sees this comment.</source>
        <translation>Warum wird die Bestellung abgelehnt? Der Einkäufer sieht diesen Kommentar.</translation>
    </message>
    <message>
        <source>Why is the order cancelled?</source>
        <translation>Warum wird die Bestellung storniert?</translation>
    </message>
    <message>
        <source>Reason for cancelling (optional):</source>
        <translation>Grund für die Stornierung (optional):</translation>
    </message>
    <message>
        <source>%1 did not go through: %2</source>
        <translation>%1 wurde nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”.</source>
        <translation>Das PDF konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>Export Purchase Order as PDF</source>
        <translation>Bestellung als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close Line Short…</source>
        <translation>Position vorzeitig abschließen…</translation>
    </message>
    <message>
        <source>End the current line with less than ordered: the rest will not come</source>
        <translation>Die aktuelle Position mit weniger als bestellt abschließen: der Rest kommt nicht mehr</translation>
    </message>
    <message>
        <source>Close Line Short</source>
        <translation>Position vorzeitig abschließen</translation>
    </message>
    <message>
        <source>Line %1 (%2): why will the rest not come? Nothing more can be received on it.</source>
        <translation>Position %1 (%2): Warum kommt der Rest nicht mehr? Danach kann darauf nichts mehr eingehen.</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderLineDelegate</name>
    <message>
        <source>SKU, barcode or name</source>
        <translation>Artikelnr., Barcode oder Name</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderLinesModel</name>
    <message>
        <source>Line %1: </source>
        <translation>Position %1: </translation>
    </message>
    <message>
        <source>choose a product.</source>
        <translation>bitte einen Artikel wählen.</translation>
    </message>
    <message>
        <source>enter a quantity.</source>
        <translation>bitte eine Menge eingeben.</translation>
    </message>
    <message>
        <source>The supplier&apos;s price for this quantity; type a price to override it.</source>
        <translation>Der Preis des Lieferanten für diese Menge; geben Sie einen Preis ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>No supplier price known; the server fills in a price on saving, or type one.</source>
        <translation>Kein Lieferantenpreis bekannt; der Server setzt beim Speichern einen Preis ein, oder geben Sie einen ein.</translation>
    </message>
    <message>
        <source>The organisation&apos;s default tax rate; type a rate to override it.</source>
        <translation>Der Standardsteuersatz der Organisation; geben Sie einen Satz ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Line Total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>Closed short: %1</source>
        <translation>Vorzeitig abgeschlossen: %1</translation>
    </message>
    <message>
        <source>%1 (closed short: %2)</source>
        <translation>%1 (vorzeitig abgeschlossen: %2)</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderPrinter</name>
    <message>
        <source>Tax ID: %1</source>
        <translation>USt-IdNr.: %1</translation>
    </message>
    <message>
        <source>Purchase Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>Erwartete Lieferung</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Lieferung an</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Line Total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Purchase Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrdersPage</name>
    <message>
        <source>Purchase Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 of %2 approvals given</source>
        <translation>%1 von %2 Freigaben erteilt</translation>
    </message>
    <message>
        <source>Order Date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Search number</source>
        <translation>Nummer suchen</translation>
    </message>
    <message>
        <source>No purchase orders yet. Create one with “New Order”.</source>
        <translation>Noch keine Bestellungen. Legen Sie eine mit „Neue Bestellung“ an.</translation>
    </message>
    <message>
        <source>No purchase orders yet.</source>
        <translation>Noch keine Bestellungen.</translation>
    </message>
    <message>
        <source>No purchase orders match the search or filters.</source>
        <translation>Keine Bestellung passt zur Suche oder zu den Filtern.</translation>
    </message>
    <message>
        <source>New Order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ansehen…</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Alle Lieferanten</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Alle Lager</translation>
    </message>
    <message>
        <source>Orders dated on or after</source>
        <translation>Bestellungen ab diesem Datum</translation>
    </message>
    <message>
        <source>Orders dated on or before</source>
        <translation>Bestellungen bis zu diesem Datum</translation>
    </message>
    <message>
        <source>Waiting for my approval</source>
        <translation>Wartet auf meine Freigabe</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Purchase order %1 created.</source>
        <translation>Bestellung %1 angelegt.</translation>
    </message>
    <message>
        <source>Purchase order %1 saved.</source>
        <translation>Bestellung %1 gespeichert.</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>Ab: beliebig</translation>
    </message>
    <message>
        <source>To: any</source>
        <translation>Bis: beliebig</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchasingText</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Teilweise erhalten</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Submit for Approval</source>
        <translation>Zur Freigabe einreichen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Mark as Ordered</source>
        <translation>Als bestellt markieren</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Wareneingang…</translation>
    </message>
    <message>
        <source>Close Short…</source>
        <translation>Mit Fehlmenge abschließen…</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>Cancel Order…</source>
        <translation>Bestellung stornieren…</translation>
    </message>
    <message>
        <source>Close Order</source>
        <translation>Bestellung abschließen</translation>
    </message>
    <message>
        <source>The order is no longer in a state that allows this; someone may have changed it. It has been reloaded.</source>
        <translation>Die Bestellung ist nicht mehr in einem Status, der das erlaubt; vielleicht hat jemand sie geändert. Sie wurde neu geladen.</translation>
    </message>
    <message>
        <source>You created this order, so you cannot approve or reject it; another approver must.</source>
        <translation>Sie haben diese Bestellung angelegt und können sie daher weder freigeben noch ablehnen; das muss jemand anderes tun.</translation>
    </message>
    <message>
        <source>You have already approved this order; it waits for another approver.</source>
        <translation>Sie haben diese Bestellung bereits freigegeben; sie wartet auf eine weitere Freigabe.</translation>
    </message>
    <message>
        <source>The approval rule for this order&apos;s amount does not allow you to approve it.</source>
        <translation>Die Freigaberegel für den Betrag dieser Bestellung erlaubt Ihnen keine Freigabe.</translation>
    </message>
    <message>
        <source>Only the order&apos;s creator or a buyer may withdraw it.</source>
        <translation>Nur wer die Bestellung angelegt hat oder ein Einkäufer kann sie zurückziehen.</translation>
    </message>
    <message>
        <source>An order needs at least one line before it can be submitted.</source>
        <translation>Eine Bestellung braucht mindestens eine Position, bevor sie eingereicht werden kann.</translation>
    </message>
    <message>
        <source>A line refers to a product that is no longer active.</source>
        <translation>Eine Position verweist auf einen Artikel, der nicht mehr aktiv ist.</translation>
    </message>
    <message>
        <source>The supplier is no longer active.</source>
        <translation>Der Lieferant ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>There is no exchange rate for the order&apos;s currency on or before its order date. Ask an administrator to enter one, then submit again.</source>
        <translation>Für die Währung der Bestellung gibt es keinen Wechselkurs zum oder vor dem Bestelldatum. Bitten Sie einen Administrator, einen einzutragen, und reichen Sie dann erneut ein.</translation>
    </message>
    <message>
        <source>No approval rule covers this order&apos;s total. Ask an administrator to check the approval rules.</source>
        <translation>Keine Freigaberegel deckt die Summe dieser Bestellung ab. Bitten Sie einen Administrator, die Freigaberegeln zu prüfen.</translation>
    </message>
    <message>
        <source>Please give a reason for rejecting the order.</source>
        <translation>Bitte geben Sie einen Grund für die Ablehnung an.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Bitte geben Sie einen Grund an.</translation>
    </message>
    <message>
        <source>The currency is not one the product knows.</source>
        <translation>Diese Währung ist dem Programm nicht bekannt.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Die Menge muss größer als null sein.</translation>
    </message>
    <message>
        <source>A quantity has at most 3 decimals.</source>
        <translation>Eine Menge hat höchstens 3 Nachkommastellen.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>Die Menge ist zu groß.</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>Der Stückpreis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A unit price has at most 4 decimals.</source>
        <translation>Ein Stückpreis hat höchstens 4 Nachkommastellen.</translation>
    </message>
    <message>
        <source>The unit price is too large.</source>
        <translation>Der Stückpreis ist zu groß.</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation>Der Steuersatz muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>A tax rate has at most 2 decimals.</source>
        <translation>Ein Steuersatz hat höchstens 2 Nachkommastellen.</translation>
    </message>
    <message>
        <source>The supplier lists no price for this product and unit; please enter the unit price.</source>
        <translation>Der Lieferant führt keinen Preis für diesen Artikel und diese Einheit; bitte geben Sie den Stückpreis ein.</translation>
    </message>
    <message>
        <source>The unit is not one the product is counted in.</source>
        <translation>In dieser Einheit wird der Artikel nicht gezählt.</translation>
    </message>
    <message>
        <source>The quantity cannot be converted exactly into the product&apos;s stock unit.</source>
        <translation>Die Menge lässt sich nicht exakt in die Lagereinheit des Artikels umrechnen.</translation>
    </message>
    <message>
        <source>A line amount is above %1.</source>
        <translation>Ein Positionsbetrag liegt über %1.</translation>
    </message>
    <message>
        <source>The order total is above %1.</source>
        <translation>Die Bestellsumme liegt über %1.</translation>
    </message>
    <message>
        <source>Close Line Short…</source>
        <translation>Position vorzeitig abschließen…</translation>
    </message>
    <message>
        <source>This line is already fully received or closed short.</source>
        <translation>Diese Position ist bereits vollständig eingegangen oder vorzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Nothing has been received on this order yet, so its last open line cannot be closed short; cancel the order instead.</source>
        <translation>Zu dieser Bestellung ist noch nichts eingegangen, daher kann ihre letzte offene Position nicht vorzeitig abgeschlossen werden; stornieren Sie stattdessen die Bestellung.</translation>
    </message>
</context>
<context>
    <name>erp::client::ReceiveDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Receive Goods</source>
        <translation>Wareneingang buchen</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>Bestellung wird geladen…</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU, then press Enter</source>
        <translation>Barcode scannen oder Artikelnr. eingeben, dann Eingabe drücken</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Scannen:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Received So Far</source>
        <translation>Bisher erhalten</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Receive Now</source>
        <translation>Jetzt buchen</translation>
    </message>
    <message>
        <source>Close Short</source>
        <translation>Unterlieferung</translation>
    </message>
    <message>
        <source>Reason for Closing Short</source>
        <translation>Grund der Unterlieferung</translation>
    </message>
    <message>
        <source>Delivery note number, carrier, damage…</source>
        <translation>Lieferscheinnummer, Spediteur, Schäden…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>%1 from %2, into %3. Tolerance: %4.</source>
        <translation>%1 von %2, an %3. Toleranz: %4.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation>Barcode: %1</translation>
    </message>
    <message>
        <source>closed short</source>
        <translation>mit Unterlieferung abgeschlossen</translation>
    </message>
    <message>
        <source>Up to %1 with the receipt tolerance.</source>
        <translation>Bis zu %1 mit der Eingangstoleranz.</translation>
    </message>
    <message>
        <source>Receive now, %1</source>
        <translation>Jetzt buchen, %1</translation>
    </message>
    <message>
        <source>Close %1 short</source>
        <translation>%1 mit Unterlieferung abschließen</translation>
    </message>
    <message>
        <source>Reason for closing %1 short</source>
        <translation>Grund für den Abschluss von %1 mit Unterlieferung</translation>
    </message>
    <message>
        <source>This order is %1; only approved or ordered orders can be received.</source>
        <translation>Diese Bestellung ist %1; Wareneingang gibt es nur für genehmigte oder bestellte Bestellungen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing on this order has the barcode or SKU “%1”. Check the product or the order.</source>
        <translation>Nichts in dieser Bestellung hat den Barcode oder die Artikelnummer „%1“. Prüfen Sie Artikel oder Bestellung.</translation>
    </message>
    <message>
        <source>%1: at most %2 may still be received; this item was not added.</source>
        <translation>%1: Es dürfen höchstens noch %2 eingehen; dieser Artikel wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>%1: the quantity typed cannot be read; correct it before scanning.</source>
        <translation>%1: Die eingegebene Menge ist nicht lesbar; korrigieren Sie sie vor dem Scannen.</translation>
    </message>
    <message>
        <source>%1: one added, %2 to receive now.</source>
        <translation>%1: eins hinzugefügt, jetzt %2 zu buchen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: at most %2 may still be received.</source>
        <translation>%1: Es dürfen höchstens noch %2 eingehen.</translation>
    </message>
    <message>
        <source>%1: say why the line is closed short.</source>
        <translation>%1: Geben Sie an, warum die Position mit Unterlieferung abgeschlossen wird.</translation>
    </message>
    <message>
        <source>Closing short ends every line that is still open. Receive the rest of %1 or close it short as well.</source>
        <translation>Der Abschluss mit Unterlieferung beendet alle noch offenen Positionen. Buchen Sie den Rest von %1 oder schließen Sie auch diese ab.</translation>
    </message>
    <message>
        <source>Enter a quantity to receive or scan a barcode.</source>
        <translation>Geben Sie eine Menge ein oder scannen Sie einen Barcode.</translation>
    </message>
    <message>
        <source>%1: more than may still be received; someone may have received goods for this order in the meantime. The remaining quantities are updated; your entries are kept.</source>
        <translation>%1: mehr als noch eingehen darf; vermutlich hat inzwischen jemand Ware zu dieser Bestellung gebucht. Die offenen Mengen sind aktualisiert, Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1: the line was closed short meanwhile and receives nothing more.</source>
        <translation>%1: Die Position wurde inzwischen mit Unterlieferung abgeschlossen und nimmt nichts mehr an.</translation>
    </message>
    <message>
        <source>The order cannot be received any more: it is now %1. Your entries are kept.</source>
        <translation>Zu dieser Bestellung kann kein Wareneingang mehr gebucht werden: Sie ist jetzt %1. Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>The lines could not be closed short: only an order with some goods received can be closed short.</source>
        <translation>Die Positionen konnten nicht mit Unterlieferung abgeschlossen werden: Das geht nur bei einer Bestellung mit bereits erhaltener Ware.</translation>
    </message>
</context>
<context>
    <name>erp::client::RecordForm</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This record no longer exists; someone may have deleted it.</source>
        <translation>Dieser Datensatz existiert nicht mehr; möglicherweise hat ihn jemand gelöscht.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Your session ended before the changes were saved. Your entries are still here: sign in again, then press Save.</source>
        <translation>Ihre Sitzung ist abgelaufen, bevor die Änderungen gespeichert wurden. Ihre Eingaben sind noch vorhanden: Melden Sie sich erneut an und klicken Sie dann auf „Speichern“.</translation>
    </message>
    <message>
        <source>Saving was cancelled. Your entries are still here.</source>
        <translation>Das Speichern wurde abgebrochen. Ihre Eingaben sind noch vorhanden.</translation>
    </message>
    <message>
        <source>Someone else changed this record; fetching their version…</source>
        <translation>Jemand anderes hat diesen Datensatz geändert; dessen Fassung wird abgerufen…</translation>
    </message>
    <message>
        <source>Someone else deleted this record while you were editing it.</source>
        <translation>Jemand anderes hat diesen Datensatz gelöscht, während Sie ihn bearbeitet haben.</translation>
    </message>
    <message>
        <source>Showing the record as it is now; your changes were discarded.</source>
        <translation>Der Datensatz wird im aktuellen Stand angezeigt; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record. Save again to review the differences.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diesen Datensatz geändert. Speichern Sie erneut, um die Unterschiede zu prüfen.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>Do you want to save your changes to “%1”?</source>
        <translation>Möchten Sie Ihre Änderungen an „%1“ speichern?</translation>
    </message>
</context>
<context>
    <name>erp::client::RecordListPage</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
</context>
<context>
    <name>erp::client::ReferencePicker</name>
    <message>
        <source>Type to search, Down for a list</source>
        <translation>Tippen zum Suchen, Pfeil nach unten für eine Liste</translation>
    </message>
</context>
<context>
    <name>erp::client::RejectOrderDialog</name>
    <message>
        <source>Reject Purchase Order</source>
        <translation>Bestellung ablehnen</translation>
    </message>
    <message>
        <source>Reject %1 and send it back to its buyer as a draft.</source>
        <translation>%1 ablehnen und als Entwurf an den Einkäufer zurückgeben.</translation>
    </message>
    <message>
        <source>&amp;Reason for the buyer (required):</source>
        <translation>&amp;Begründung für den Einkäufer (Pflicht):</translation>
    </message>
    <message>
        <source>The buyer sees this reason; say what to change.</source>
        <translation>Der Einkäufer sieht diese Begründung; sagen Sie, was zu ändern ist.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>erp::client::RelatedRecordsList</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>erp::client::RoleForm</name>
    <message>
        <source>The list of permissions could not be loaded: %1</source>
        <translation>Die Liste der Berechtigungen konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Geben Sie der Rolle einen Namen.</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>Edit Role: %1</source>
        <translation>Rolle bearbeiten: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The administrator role always holds every permission; it cannot be changed or deleted.</source>
        <translation>Die Administratorrolle hat immer alle Berechtigungen; sie kann weder geändert noch gelöscht werden.</translation>
    </message>
    <message>
        <source>A built-in role. You can adjust its permissions to suit your organisation.</source>
        <translation>Eine vordefinierte Rolle. Sie können ihre Berechtigungen an Ihre Organisation anpassen.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
</context>
<context>
    <name>erp::client::RoleText</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Einkäufer</translation>
    </message>
    <message>
        <source>Warehouse clerk</source>
        <translation>Lagermitarbeiter</translation>
    </message>
</context>
<context>
    <name>erp::client::RolesPage</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Vordefiniert</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Rollen suchen</translation>
    </message>
    <message>
        <source>No roles yet.</source>
        <translation>Noch keine Rollen.</translation>
    </message>
    <message>
        <source>No roles match the search or filter.</source>
        <translation>Keine Rollen entsprechen der Suche oder dem Filter.</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Built-in roles</source>
        <translation>Vordefinierte Rollen</translation>
    </message>
    <message>
        <source>Custom roles</source>
        <translation>Eigene Rollen</translation>
    </message>
    <message>
        <source>Role %1 created.</source>
        <translation>Rolle %1 angelegt.</translation>
    </message>
    <message>
        <source>Role %1 saved.</source>
        <translation>Rolle %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation>Die Rolle %1 löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Role %1 deleted.</source>
        <translation>Rolle %1 gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>The role %1 cannot be deleted because %n user(s) still have it. Remove the role from them on the Users page (filter by this role), then delete it.</source>
        <translation>
            <numerusform>Die Rolle %1 kann nicht gelöscht werden, weil %n Benutzer sie noch hat. Entziehen Sie sie ihm auf der Seite „Benutzer“ (nach dieser Rolle filtern) und löschen Sie sie dann.</numerusform>
            <numerusform>Die Rolle %1 kann nicht gelöscht werden, weil %n Benutzer sie noch haben. Entziehen Sie sie ihnen auf der Seite „Benutzer“ (nach dieser Rolle filtern) und löschen Sie sie dann.</numerusform>
        </translation>
    </message>
    <message>
        <source>The role %1 cannot be deleted because users still have it. Remove the role from them on the Users page (filter by this role), then delete it.</source>
        <translation>Die Rolle %1 kann nicht gelöscht werden, weil Benutzer sie noch haben. Entziehen Sie sie ihnen auf der Seite „Benutzer“ (nach dieser Rolle filtern) und löschen Sie sie dann.</translation>
    </message>
    <message>
        <source>Someone else changed the role %1 a moment ago. The list has been refreshed; please check and try again.</source>
        <translation>Jemand anderes hat die Rolle %1 gerade geändert. Die Liste wurde aktualisiert; bitte prüfen Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Role Not Deleted</source>
        <translation>Rolle nicht gelöscht</translation>
    </message>
    <message>
        <source>All permissions (%1)</source>
        <translation>Alle Berechtigungen (%1)</translation>
    </message>
</context>
<context>
    <name>erp::client::ServerProfileDialog</name>
    <message>
        <source>Enter the server&apos;s address, for example https://erp.example.com:8443. Only secure (https) connections are possible.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel https://erp.example.com:8443. Nur sichere Verbindungen (https) sind möglich.</translation>
    </message>
    <message>
        <source>The organisation is the short name you sign in with: lower-case letters, digits and hyphens.</source>
        <translation>Die Organisation ist das Kürzel, mit dem Sie sich anmelden: Kleinbuchstaben, Ziffern und Bindestriche.</translation>
    </message>
</context>
<context>
    <name>erp::client::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>My Sessions</source>
        <translation>Meine Sitzungen</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>password reset by an administrator</source>
        <translation>Passwort von einem Administrator zurückgesetzt</translation>
    </message>
    <message>
        <source>user deactivated</source>
        <translation>Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>ended for safety: a sign-in token was used twice</source>
        <translation>aus Sicherheitsgründen beendet: ein Anmelde-Token wurde zweimal verwendet</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (dieses Gerät)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active until %1</source>
        <translation>Aktiv bis %1</translation>
    </message>
    <message>
        <source>Ended %1 (%2)</source>
        <translation>Beendet am %1 (%2)</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Keine Sitzungen.</translation>
    </message>
    <message>
        <source>No sessions match the filter.</source>
        <translation>Keine Sitzungen entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Sign this session out: the device must sign in again.</source>
        <translation>Diese Sitzung abmelden: Das Gerät muss sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Ended sessions</source>
        <translation>Beendete Sitzungen</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Revoke Session</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <source>Revoke the session of this device?</source>
        <translation>Die Sitzung dieses Geräts widerrufen?</translation>
    </message>
    <message>
        <source>Revoke the session on %1?</source>
        <translation>Die Sitzung auf %1 widerrufen?</translation>
    </message>
    <message>
        <source>an unknown device</source>
        <translation>einem unbekannten Gerät</translation>
    </message>
    <message>
        <source>You will be signed out of this client at once.</source>
        <translation>Sie werden in diesem Programm sofort abgemeldet.</translation>
    </message>
    <message>
        <source>That device will have to sign in again.</source>
        <translation>Dieses Gerät muss sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Session revoked.</source>
        <translation>Sitzung widerrufen.</translation>
    </message>
    <message>
        <source>Session Not Revoked</source>
        <translation>Sitzung nicht widerrufen</translation>
    </message>
    <message>
        <source>ERP client %1</source>
        <translation>ERP-Client %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Command-line tool (%1)</source>
        <translation>Kommandozeilenprogramm (%1)</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Webbrowser</translation>
    </message>
</context>
<context>
    <name>erp::client::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Add Server Profile</source>
        <translation>Serverprofil hinzufügen</translation>
    </message>
    <message>
        <source>Edit Server Profile</source>
        <translation>Serverprofil bearbeiten</translation>
    </message>
    <message>
        <source>Set up by your IT department, so it cannot be changed or removed here. Ask your IT department to change it.</source>
        <translation>Von Ihrer IT-Abteilung eingerichtet, daher hier nicht änderbar oder entfernbar. Bitten Sie Ihre IT-Abteilung um Änderungen.</translation>
    </message>
    <message>
        <source>Select one of your own server profiles first.</source>
        <translation>Wählen Sie zuerst eines Ihrer eigenen Serverprofile.</translation>
    </message>
</context>
<context>
    <name>erp::client::StockAdjustmentDialog</name>
    <message>
        <source>Adjust Stock After a Count</source>
        <translation>Bestand nach Zählung korrigieren</translation>
    </message>
    <message>
        <source>SKU, barcode or name</source>
        <translation>Artikelnr., Barcode oder Name</translation>
    </message>
    <message>
        <source>Location code or name</source>
        <translation>Lagerplatzcode oder -name</translation>
    </message>
    <message>
        <source>Annual count, damaged goods, found in another bin…</source>
        <translation>Inventur, beschädigte Ware, in anderem Fach gefunden…</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lagerplatz:</translation>
    </message>
    <message>
        <source>On hand now:</source>
        <translation>Aktueller Bestand:</translation>
    </message>
    <message>
        <source>&amp;Counted quantity:</source>
        <translation>&amp;Gezählte Menge:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Book Count</source>
        <translation>Zählung buchen</translation>
    </message>
    <message>
        <source>Choose a product and a location.</source>
        <translation>Wählen Sie Artikel und Lagerplatz.</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose the product that was counted.</source>
        <translation>Wählen Sie den gezählten Artikel.</translation>
    </message>
    <message>
        <source>Choose the location that was counted.</source>
        <translation>Wählen Sie den gezählten Lagerplatz.</translation>
    </message>
    <message>
        <source>Counted quantity: %1</source>
        <translation>Gezählte Menge: %1</translation>
    </message>
    <message>
        <source>Say why the stock is corrected.</source>
        <translation>Geben Sie an, warum der Bestand korrigiert wird.</translation>
    </message>
    <message>
        <source>The organisation does not allow negative stock; the count cannot go below zero.</source>
        <translation>Die Organisation erlaubt keinen negativen Bestand; die Zählung darf nicht unter null liegen.</translation>
    </message>
</context>
<context>
    <name>erp::client::StockMovesPage</name>
    <message>
        <source>Product:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lagerplatz:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Stock Moves</source>
        <translation>Lagerbewegungen</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Umlagerung</translation>
    </message>
    <message>
        <source>(outside)</source>
        <translation>(außerhalb)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No stock moves yet.</source>
        <translation>Noch keine Lagerbewegungen.</translation>
    </message>
    <message>
        <source>No stock moves match the filters.</source>
        <translation>Keine Lagerbewegung passt zu den Filtern.</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Lagerplätze</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>Purchase order #%1</source>
        <translation>Bestellung #%1</translation>
    </message>
    <message>
        <source>Moves booked on or after this day</source>
        <translation>Bewegungen ab diesem Tag</translation>
    </message>
    <message>
        <source>Moves booked on or before this day</source>
        <translation>Bewegungen bis zu diesem Tag</translation>
    </message>
</context>
<context>
    <name>erp::client::StockPage</name>
    <message>
        <source>Warehouse:</source>
        <translation>Lager:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lagerplatz:</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Nachbestellen</translation>
    </message>
    <message>
        <source>Below reorder point (%1)</source>
        <translation>Unter Meldebestand (%1)</translation>
    </message>
    <message>
        <source>The product&apos;s stock over all locations is below its reorder point of %1.</source>
        <translation>Der Bestand des Artikels über alle Lagerplätze liegt unter seinem Meldebestand von %1.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>On Hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Im Zulauf</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Search SKU, barcode or product name</source>
        <translation>Artikelnr., Barcode oder Artikelname suchen</translation>
    </message>
    <message>
        <source>No stock booked yet.</source>
        <translation>Noch kein Bestand gebucht.</translation>
    </message>
    <message>
        <source>No stock matches the search or filters.</source>
        <translation>Kein Bestand passt zur Suche oder den Filtern.</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Alle Lager</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Lagerplätze</translation>
    </message>
    <message>
        <source>Below reorder point only</source>
        <translation>Nur unter Meldebestand</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>Book a count for the selected product and location</source>
        <translation>Zählung für den gewählten Artikel und Lagerplatz buchen</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Umlagern…</translation>
    </message>
    <message>
        <source>Move stock of the selected product to another location</source>
        <translation>Bestand des gewählten Artikels an einen anderen Lagerplatz umlagern</translation>
    </message>
    <message>
        <source>Count booked.</source>
        <translation>Zählung gebucht.</translation>
    </message>
    <message>
        <source>Stock transferred.</source>
        <translation>Bestand umgelagert.</translation>
    </message>
    <message>
        <source>On hand at standard cost, in %1</source>
        <translation>Bestand zum Standardpreis, in %1</translation>
    </message>
</context>
<context>
    <name>erp::client::StockTransferDialog</name>
    <message>
        <source>Transfer Stock</source>
        <translation>Bestand umlagern</translation>
    </message>
    <message>
        <source>SKU, barcode or name</source>
        <translation>Artikelnr., Barcode oder Name</translation>
    </message>
    <message>
        <source>Location code or name</source>
        <translation>Lagerplatzcode oder -name</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>&amp;From location:</source>
        <translation>&amp;Von Lagerplatz:</translation>
    </message>
    <message>
        <source>&amp;To location:</source>
        <translation>&amp;Nach Lagerplatz:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Umlagerung</translation>
    </message>
    <message>
        <source>Choose the product to move.</source>
        <translation>Wählen Sie den Artikel, der umgelagert wird.</translation>
    </message>
    <message>
        <source>Choose where the goods come from and where they go.</source>
        <translation>Wählen Sie, woher die Ware kommt und wohin sie geht.</translation>
    </message>
    <message>
        <source>The goods must go to another location.</source>
        <translation>Die Ware muss an einen anderen Lagerplatz gehen.</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Menge: %1</translation>
    </message>
    <message>
        <source>Quantity: move more than zero.</source>
        <translation>Menge: mehr als null umlagern.</translation>
    </message>
    <message>
        <source>Not enough stock: %1 has only %2 at %3.</source>
        <translation>Nicht genug Bestand: Von %1 sind an %3 nur %2 vorhanden.</translation>
    </message>
</context>
<context>
    <name>erp::client::SupplierForm</name>
    <message>
        <source>Enter a short code for the supplier, for example ACME.</source>
        <translation>Geben Sie ein kurzes Kürzel für den Lieferanten ein, zum Beispiel ACME.</translation>
    </message>
    <message>
        <source>Enter the supplier&apos;s name.</source>
        <translation>Geben Sie den Namen des Lieferanten ein.</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Neuer Lieferant</translation>
    </message>
    <message>
        <source>Supplier “%1”</source>
        <translation>Lieferant „%1“</translation>
    </message>
    <message>
        <source>New Supplier</source>
        <translation>Neuer Lieferant</translation>
    </message>
    <message>
        <source>Edit Supplier</source>
        <translation>Lieferant bearbeiten</translation>
    </message>
    <message>
        <source>Supplier: %1</source>
        <translation>Lieferant: %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Ansprech&amp;partner:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Zahlungsbedingungen:</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>Liefer&amp;zeit:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>e.g. ACME</source>
        <translation>z. B. ACME</translation>
    </message>
    <message>
        <source>e.g. 30 days net</source>
        <translation>z. B. 30 Tage netto</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Acti&amp;ve (new orders may go to this supplier)</source>
        <translation>A&amp;ktiv (neue Bestellungen dürfen an diesen Lieferanten gehen)</translation>
    </message>
</context>
<context>
    <name>erp::client::SupplierPriceForm</name>
    <message>
        <source>Choose the supplier.</source>
        <translation>Wählen Sie den Lieferanten.</translation>
    </message>
    <message>
        <source>Choose the unit the price is for.</source>
        <translation>Wählen Sie die Einheit, für die der Preis gilt.</translation>
    </message>
    <message>
        <source>New supplier price</source>
        <translation>Neuer Lieferantenpreis</translation>
    </message>
    <message>
        <source>Price of “%1”</source>
        <translation>Preis von „%1“</translation>
    </message>
    <message>
        <source>New Supplier Price</source>
        <translation>Neuer Lieferantenpreis</translation>
    </message>
    <message>
        <source>Supplier Price: %1</source>
        <translation>Lieferantenpreis: %1</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Lieferant:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>From &amp;quantity:</source>
        <translation>Ab &amp;Menge:</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>Stück&amp;preis:</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>Liefer&amp;zeit:</translation>
    </message>
    <message>
        <source>Type to search suppliers</source>
        <translation>Tippen, um Lieferanten zu suchen</translation>
    </message>
    <message>
        <source>Supplier&apos;s usual</source>
        <translation>Wie beim Lieferanten üblich</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>erp::client::SuppliersPage</name>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Alle Lieferanten</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Search by code, name or email</source>
        <translation>Nach Kürzel, Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>No suppliers yet.</source>
        <translation>Noch keine Lieferanten.</translation>
    </message>
    <message>
        <source>No suppliers match the search or filter.</source>
        <translation>Kein Lieferant passt zur Suche oder zum Filter.</translation>
    </message>
    <message>
        <source>New Supplier</source>
        <translation>Neuer Lieferant</translation>
    </message>
    <message>
        <source>Supplier “%1” created.</source>
        <translation>Lieferant „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>erp::client::UnitForm</name>
    <message>
        <source>Choose the unit&apos;s category.</source>
        <translation>Wählen Sie die Kategorie der Einheit.</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name, for example Box of 12.</source>
        <translation>Geben Sie den Namen der Einheit ein, zum Beispiel Karton mit 12.</translation>
    </message>
    <message>
        <source>Enter a short symbol, for example box12.</source>
        <translation>Geben Sie ein kurzes Symbol ein, zum Beispiel box12.</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Neue Einheit</translation>
    </message>
    <message>
        <source>Unit “%1”</source>
        <translation>Einheit „%1“</translation>
    </message>
    <message>
        <source>New Unit</source>
        <translation>Neue Einheit</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Faktor:</translation>
    </message>
    <message>
        <source>How many of the category&apos;s base unit one of this unit is, exactly: a box of 12 pieces is 12, a gram is 0.001 kilograms.</source>
        <translation>Wie viele Basiseinheiten der Kategorie eine dieser Einheit genau sind: ein Karton mit 12 Stück ist 12, ein Gramm ist 0,001 Kilogramm.</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>A&amp;ktiv</translation>
    </message>
</context>
<context>
    <name>erp::client::UnitsPage</name>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Search by name or symbol</source>
        <translation>Nach Name oder Symbol suchen</translation>
    </message>
    <message>
        <source>No units yet.</source>
        <translation>Noch keine Einheiten.</translation>
    </message>
    <message>
        <source>No units match the search.</source>
        <translation>Keine Einheit passt zur Suche.</translation>
    </message>
    <message>
        <source>New Unit</source>
        <translation>Neue Einheit</translation>
    </message>
    <message>
        <source>Unit “%1” created.</source>
        <translation>Einheit „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>erp::client::UserForm</name>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Geben Sie den Namen des Benutzers ein.</translation>
    </message>
    <message>
        <source>Set an initial password for the user.</source>
        <translation>Legen Sie ein erstes Passwort für den Benutzer fest.</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>Edit User: %1</source>
        <translation>Benutzer bearbeiten: %1</translation>
    </message>
    <message>
        <source>(no roles)</source>
        <translation>(keine Rollen)</translation>
    </message>
    <message>
        <source>(a new password)</source>
        <translation>(ein neues Passwort)</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Erstes &amp;Passwort:</translation>
    </message>
    <message>
        <source>At least %1 characters; a passphrase of several words is best. Give it to the user in person.</source>
        <translation>Mindestens %1 Zeichen; am besten eine Passphrase aus mehreren Wörtern. Geben Sie es dem Benutzer persönlich.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password. A new password signs the user out on every device, and they must replace it with one of their own at their next sign-in.</source>
        <translation>Leer lassen, um das aktuelle Passwort zu behalten. Ein neues Passwort meldet den Benutzer auf allen Geräten ab, und er muss es bei der nächsten Anmeldung durch ein eigenes ersetzen.</translation>
    </message>
</context>
<context>
    <name>erp::client::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>No users yet. Create the first one with “New User”.</source>
        <translation>Noch keine Benutzer. Legen Sie den ersten mit „Neuer Benutzer“ an.</translation>
    </message>
    <message>
        <source>No users match the search or filters.</source>
        <translation>Keine Benutzer entsprechen der Suche oder den Filtern.</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktive und inaktive</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Benutzer %1 angelegt.</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>Änderungen an %1 gespeichert.</translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>%1 deaktivieren?</translation>
    </message>
    <message>
        <source>%1 will be signed out on every device and cannot sign in until reactivated. Their records stay.</source>
        <translation>%1 wird auf allen Geräten abgemeldet und kann sich erst nach der Reaktivierung wieder anmelden. Die Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 wurde deaktiviert.</translation>
    </message>
    <message>
        <source>Someone else changed this user a moment ago. The list has been refreshed; please check and try again.</source>
        <translation>Jemand anderes hat diesen Benutzer gerade geändert. Die Liste wurde aktualisiert; bitte prüfen Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unlock Sign-in</source>
        <translation>Anmeldung entsperren</translation>
    </message>
    <message>
        <source>Lets the user sign in again at once after too many failed attempts.</source>
        <translation>Erlaubt dem Benutzer nach zu vielen Fehlversuchen sofort wieder die Anmeldung.</translation>
    </message>
    <message>
        <source>%1 can sign in again at once.</source>
        <translation>%1 kann sich sofort wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 was not locked out.</source>
        <translation>%1 war nicht gesperrt.</translation>
    </message>
</context>
<context>
    <name>erp::client::WarehouseForm</name>
    <message>
        <source>Enter a short code, for example MAIN.</source>
        <translation>Geben Sie ein kurzes Kürzel ein, zum Beispiel MAIN.</translation>
    </message>
    <message>
        <source>Enter the warehouse&apos;s name.</source>
        <translation>Geben Sie den Namen des Lagers ein.</translation>
    </message>
    <message>
        <source>New warehouse</source>
        <translation>Neues Lager</translation>
    </message>
    <message>
        <source>Warehouse “%1”</source>
        <translation>Lager „%1“</translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation>Neues Lager</translation>
    </message>
    <message>
        <source>Warehouse: %1</source>
        <translation>Lager: %1</translation>
    </message>
    <message>
        <source>Save the warehouse first; then add its receiving and storage locations.</source>
        <translation>Speichern Sie zuerst das Lager; danach legen Sie seine Wareneingangs- und Lagerplätze an.</translation>
    </message>
    <message>
        <source>The locations could not be loaded: %1</source>
        <translation>Die Lagerplätze konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Goods for this warehouse are received into its receiving location.</source>
        <translation>Ware für dieses Lager wird in seinen Wareneingangsplatz gebucht.</translation>
    </message>
    <message>
        <source>This warehouse has no active receiving location: goods cannot be received into it until one is added.</source>
        <translation>Dieses Lager hat keinen aktiven Wareneingangsplatz: Ware kann erst eingebucht werden, wenn einer angelegt ist.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>A&amp;ktiv</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Lagerplätze</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Add Loca&amp;tion…</source>
        <translation>Lager&amp;platz hinzufügen…</translation>
    </message>
    <message>
        <source>Edit Locat&amp;ion…</source>
        <translation>Lagerplatz &amp;bearbeiten…</translation>
    </message>
</context>
<context>
    <name>erp::client::WarehousesPage</name>
    <message>
        <source>Warehouses</source>
        <translation>Lagerstandorte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Search by code or name</source>
        <translation>Nach Kürzel oder Name suchen</translation>
    </message>
    <message>
        <source>No warehouses yet.</source>
        <translation>Noch keine Lager.</translation>
    </message>
    <message>
        <source>No warehouses match the search.</source>
        <translation>Kein Lager passt zur Suche.</translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation>Neues Lager</translation>
    </message>
    <message>
        <source>Warehouse “%1” created.</source>
        <translation>Lager „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
</context>
</TS>
