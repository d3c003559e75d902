<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
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
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <source>Mark &amp;Won</source>
        <translation>Marquer &amp;gagnée</translation>
    </message>
    <message>
        <source>Mark &amp;Lost…</source>
        <translation>Marquer pe&amp;rdue…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation>Convert&amp;ir…</translation>
    </message>
    <message>
        <source>What the customer wants, e.g. 40 office chairs</source>
        <translation>Ce que veut le client, p. ex. 40 chaises de bureau</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>Trade fair, website, referral…</source>
        <translation>Salon, site web, recommandation…</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>Pro&amp;babilité :</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>Clôture &amp;prévue :</translation>
    </message>
    <message>
        <source>Set an expected close date</source>
        <translation>Définir une date de clôture prévue</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Société :</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>So&amp;urce :</translation>
    </message>
    <message>
        <source>Estimated val&amp;ue:</source>
        <translation>&amp;Valeur estimée :</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>Ét&amp;ape :</translation>
    </message>
    <message>
        <source>Ow&amp;ner:</source>
        <translation>Respo&amp;nsable :</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in to your organisation</source>
        <translation>Connexion à votre organisation</translation>
    </message>
    <message>
        <source>Use the server address and organisation your administrator gave you.</source>
        <translation>Utilisez l&apos;adresse du serveur et l&apos;organisation fournies par votre administrateur.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>p. ex. acme</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The password must have at most 1024 characters.</source>
        <translation>Le mot de passe doit comporter au plus 1024 caractères.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used passwords.</source>
        <translation>Ce mot de passe fait partie des mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>The password must not be one repeated character, your email address or the organisation&apos;s name.</source>
        <translation>Le mot de passe ne doit pas être un seul caractère répété, votre adresse e-mail ou le nom de l&apos;organisation.</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>e.g. Accounts payable</source>
        <translation>p. ex. Comptabilité fournisseurs</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Permissions :</translation>
    </message>
</context>
<context>
    <name>ServerProfileDialog</name>
    <message>
        <source>Server Profile</source>
        <translation>Profil de serveur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur :</translation>
    </message>
    <message>
        <source>https://erp.example.com:8443</source>
        <translation>https://erp.example.com:8443</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The new language applies as soon as you press OK.</source>
        <translation>La nouvelle langue s&apos;applique dès que vous cliquez sur OK.</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Profils de serveur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>Colours change at once. Text size follows your system&apos;s font settings.</source>
        <translation>Les couleurs changent aussitôt. La taille du texte suit les réglages de police du système.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>&amp;Active (can sign in)</source>
        <translation>&amp;Actif (peut se connecter)</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rôles :</translation>
    </message>
</context>
<context>
    <name>erp::client::Accessibility</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <source>%1 choices</source>
        <translation>%1 – choix</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
</context>
<context>
    <name>erp::client::AccountForm</name>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Saisissez le nom de la société.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Account “%1”</source>
        <translation>Compte « %1 »</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>No contacts at this account yet.</source>
        <translation>Aucun contact pour ce compte pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>No leads were converted to this account.</source>
        <translation>Aucune piste n&apos;a été convertie vers ce compte.</translation>
    </message>
</context>
<context>
    <name>erp::client::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>No accounts yet. Accounts are created here or when a lead is converted.</source>
        <translation>Aucun compte pour l&apos;instant. Les comptes se créent ici ou lors de la conversion d&apos;une piste.</translation>
    </message>
    <message>
        <source>No accounts match the search.</source>
        <translation>Aucun compte ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Account “%1” created.</source>
        <translation>Compte « %1 » créé.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Modifications de « %1 » enregistrées.</translation>
    </message>
    <message>
        <source>Its activities are deleted with it.</source>
        <translation>Ses activités sont supprimées avec lui.</translation>
    </message>
</context>
<context>
    <name>erp::client::ActivitiesPanel</name>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>New Activity…</source>
        <translation>Nouvelle activité…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Marquer terminée</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>The activities could not be loaded: %1</source>
        <translation>Les activités n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Aucune activité pour l’instant.</translation>
    </message>
    <message>
        <source>Save the record first; then you can plan activities for it.</source>
        <translation>Enregistrez d’abord la fiche ; vous pourrez ensuite y planifier des activités.</translation>
    </message>
    <message>
        <source>Activity “%1” created.</source>
        <translation>Activité « %1 » créée.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Modifications de « %1 » enregistrées.</translation>
    </message>
</context>
<context>
    <name>erp::client::ActivityActions</name>
    <message>
        <source>Activity Not Changed</source>
        <translation>Activité non modifiée</translation>
    </message>
    <message>
        <source>“%1” is done.</source>
        <translation>« %1 » est terminée.</translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation>Supprimer l’activité</translation>
    </message>
    <message>
        <source>Delete the activity “%1”?</source>
        <translation>Supprimer l’activité « %1 » ?</translation>
    </message>
    <message>
        <source>It is removed for everyone. The audit log keeps a record of it.</source>
        <translation>Elle est supprimée pour tout le monde. Le journal d’audit en garde une trace.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Activity Not Deleted</source>
        <translation>Activité non supprimée</translation>
    </message>
    <message>
        <source>Activity “%1” deleted.</source>
        <translation>Activité « %1 » supprimée.</translation>
    </message>
</context>
<context>
    <name>erp::client::ActivityForm</name>
    <message>
        <source>Lead: %1</source>
        <translation>Piste : %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Do&amp;ne:</source>
        <translation>Ter&amp;minée :</translation>
    </message>
    <message>
        <source>This activity is done</source>
        <translation>Cette activité est terminée</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Concerne :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Say in a few words what is to be done.</source>
        <translation>Dites en quelques mots ce qu’il faut faire.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation>Activité « %1 »</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Activité : %1</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Tapez pour rechercher…</translation>
    </message>
    <message>
        <source>Choose the lead, contact or account this activity is about.</source>
        <translation>Choisissez la piste, le contact ou le compte concerné par cette activité.</translation>
    </message>
    <message>
        <source>About a</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Whether the activity is about a lead, a contact or an account</source>
        <translation>Si l’activité concerne un prospect, un contact ou un compte</translation>
    </message>
    <message>
        <source>The people to assign to could not be loaded: %1</source>
        <translation>Les personnes à qui attribuer n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>Activities you create are yours; a manager can give them to someone else.</source>
        <translation>Les activités que vous créez sont les vôtres ; un responsable peut les attribuer à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>&amp;Attribuée à :</translation>
    </message>
</context>
<context>
    <name>erp::client::AddressEditor</name>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>&amp;Code postal :</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>Vi&amp;lle :</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
</context>
<context>
    <name>erp::client::ApprovalInboxPage</name>
    <message>
        <source>Approval Inbox</source>
        <translation>Approbations en attente</translation>
    </message>
    <message>
        <source>a draft again</source>
        <translation>de nouveau un brouillon</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>en attente d’approbation</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>commandée</translation>
    </message>
    <message>
        <source>partially received</source>
        <translation>partiellement reçue</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>de %1 à moins de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n approver(s)</source>
        <translation>
            <numerusform>%1 : %n approbateur</numerusform>
            <numerusform>%1 : %n approbateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with the role “%1”</source>
        <translation>
            <numerusform>, dont %n avec le rôle « %1 »</numerusform>
            <numerusform>, dont %n avec le rôle « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: someone else has already dealt with this order; it is now %2.</source>
        <translation>%1 : quelqu’un d’autre a déjà traité cette commande ; elle est maintenant %2.</translation>
    </message>
    <message>
        <source>%1: you created this order, so someone else has to approve it.</source>
        <translation>%1 : vous avez créé cette commande, quelqu’un d’autre doit donc l’approuver.</translation>
    </message>
    <message>
        <source>%1: approving an order of this amount needs a permission you do not have.</source>
        <translation>%1 : approuver une commande de ce montant exige une autorisation que vous n’avez pas.</translation>
    </message>
    <message>
        <source>%1: you have approved this order already; it needs another approver.</source>
        <translation>%1 : vous avez déjà approuvé cette commande ; il faut un autre approbateur.</translation>
    </message>
    <message>
        <source>%1: the approval still missing must come from someone with the role “%2”.</source>
        <translation>%1 : l’approbation manquante doit venir de quelqu’un ayant le rôle « %2 ».</translation>
    </message>
    <message>
        <source>%1: this order no longer exists.</source>
        <translation>%1 : cette commande n’existe plus.</translation>
    </message>
    <message>
        <source>%1: a rejection needs a reason.</source>
        <translation>%1 : un refus doit être motivé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Approval Rule</source>
        <translation>Règle d’approbation</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Order Date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total in Base Currency</source>
        <translation>Total en devise de base</translation>
    </message>
    <message>
        <source>Search order number</source>
        <translation>Rechercher un numéro de commande</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>Rien n’attend votre approbation.</translation>
    </message>
    <message>
        <source>No order waiting for you matches the search.</source>
        <translation>Aucune commande en attente de votre part ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Approve the selected orders (Ctrl+Enter)</source>
        <translation>Approuver les commandes sélectionnées (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Send the selected orders back to their buyers with a reason</source>
        <translation>Renvoyer les commandes sélectionnées à leurs acheteurs avec un motif</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n purchase order(s)?</source>
        <translation>
            <numerusform>Approuver %n commande ?</numerusform>
            <numerusform>Approuver %n commandes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>In the base currency: %1</source>
        <translation>En devise de base : %1</translation>
    </message>
    <message>
        <source>Approve Purchase Orders</source>
        <translation>Approuver des commandes</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n Order(s)</source>
        <translation>
            <numerusform>Approuver %n commande</numerusform>
            <numerusform>Approuver %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rejected; the buyer sees your reason.</source>
        <translation>%1 : refusée ; l’acheteur voit votre motif.</translation>
    </message>
    <message>
        <source>%1: approved.</source>
        <translation>%1 : approuvée.</translation>
    </message>
    <message numerus="yes">
        <source>%1: your approval is recorded; it needs %n more.</source>
        <translation>
            <numerusform>%1 : votre approbation est enregistrée ; il en faut encore %n.</numerusform>
            <numerusform>%1 : votre approbation est enregistrée ; il en faut encore %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) done.</source>
        <translation>
            <numerusform>%n commande traitée.</numerusform>
            <numerusform>%n commandes traitées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be changed; see the list above.</source>
        <translation>
            <numerusform>%n commande n’a pas pu être modifiée ; voir la liste ci-dessus.</numerusform>
            <numerusform>%n commandes n’ont pas pu être modifiées ; voir la liste ci-dessus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::client::ApprovalRuleForm</name>
    <message>
        <source>New approval band</source>
        <translation>Nouveau seuil d’approbation</translation>
    </message>
    <message>
        <source>Approval band from %1</source>
        <translation>Seuil d’approbation à partir de %1</translation>
    </message>
    <message>
        <source>Approval band %1 to %2</source>
        <translation>Seuil d’approbation de %1 à %2</translation>
    </message>
    <message>
        <source>New Approval Band</source>
        <translation>Nouveau seuil d’approbation</translation>
    </message>
    <message>
        <source>Approval Band</source>
        <translation>Seuil d’approbation</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>sans limite supérieure</translation>
    </message>
    <message>
        <source>anyone with the permission</source>
        <translation>toute personne ayant l’autorisation</translation>
    </message>
    <message>
        <source>Order total &amp;from:</source>
        <translation>Total de commande à &amp;partir de :</translation>
    </message>
    <message>
        <source>up &amp;to (not including):</source>
        <translation>&amp;jusqu’à (non compris) :</translation>
    </message>
    <message>
        <source>&amp;Approvers needed:</source>
        <translation>&amp;Approbateurs requis :</translation>
    </message>
    <message>
        <source>Approvers hold &amp;permission:</source>
        <translation>Les approbateurs ont l’&amp;autorisation :</translation>
    </message>
    <message>
        <source>Of &amp;whom some hold role:</source>
        <translation>Dont certains ont le &amp;rôle :</translation>
    </message>
    <message>
        <source>(no role needed)</source>
        <translation>(aucun rôle requis)</translation>
    </message>
    <message>
        <source>&amp;How many with the role:</source>
        <translation>&amp;Combien avec le rôle :</translation>
    </message>
    <message>
        <source>Amounts are order totals in the base currency (%1). With 0 approvers, submitting an order approves it at once. The creator of an order never counts as its approver.</source>
        <translation>Les montants sont des totaux de commande dans la devise de base (%1). Avec 0 approbateur, une commande est approuvée dès sa soumission. Le créateur d’une commande ne compte jamais comme son approbateur.</translation>
    </message>
</context>
<context>
    <name>erp::client::ApprovalRulesPage</name>
    <message>
        <source>Approval Rules</source>
        <translation>Règles d’approbation</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>sans limite supérieure</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Approbateurs</translation>
    </message>
    <message>
        <source>none (approved at submit)</source>
        <translation>aucun (approuvée à la soumission)</translation>
    </message>
    <message>
        <source>Of whom with role</source>
        <translation>Dont avec le rôle</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>From (%1)</source>
        <translation>À partir de (%1)</translation>
    </message>
    <message>
        <source>Up to (%1)</source>
        <translation>Jusqu’à (%1)</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>No approval bands: no order can be submitted until one exists.</source>
        <translation>Aucun seuil d’approbation : aucune commande ne peut être soumise tant qu’il n’en existe pas.</translation>
    </message>
    <message>
        <source>New Band</source>
        <translation>Nouveau seuil</translation>
    </message>
    <message>
        <source>Delete Band…</source>
        <translation>Supprimer le seuil…</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>from %1 upwards</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>Every order total is covered by a band.</source>
        <translation>Chaque total de commande est couvert par un seuil.</translation>
    </message>
    <message>
        <source>Orders with a total %1 cannot be submitted: no band covers them.</source>
        <translation>Les commandes d’un total %1 ne peuvent pas être soumises : aucun seuil ne les couvre.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>Approval band %1 added.</source>
        <translation>Seuil d’approbation %1 ajouté.</translation>
    </message>
    <message>
        <source>Approval band %1 saved.</source>
        <translation>Seuil d’approbation %1 enregistré.</translation>
    </message>
    <message>
        <source>Delete Approval Band</source>
        <translation>Supprimer le seuil d’approbation</translation>
    </message>
    <message>
        <source>Delete the band from %1 up to %2? Orders whose total no band covers cannot be submitted; orders already submitted keep their band.</source>
        <translation>Supprimer le seuil de %1 à %2 ? Les commandes dont aucun seuil ne couvre le total ne peuvent pas être soumises ; les commandes déjà soumises gardent leur seuil.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The band was not deleted: %1</source>
        <translation>Le seuil n’a pas été supprimé : %1</translation>
    </message>
    <message>
        <source>Approval band deleted.</source>
        <translation>Seuil d’approbation supprimé.</translation>
    </message>
</context>
<context>
    <name>erp::client::AuditDetailView</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Par : %1</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>le système</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Requête : %1</translation>
    </message>
    <message>
        <source>(no details recorded)</source>
        <translation>(aucun détail enregistré)</translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation>Paramètres de l’organisation</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Étape du pipeline</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Supplier price</source>
        <translation>Prix fournisseur</translation>
    </message>
    <message>
        <source>Approval rule</source>
        <translation>Règle d’approbation</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Emplacement de stockage</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renommé</translation>
    </message>
    <message>
        <source>Moved in the order</source>
        <translation>Déplacé dans l’ordre</translation>
    </message>
    <message>
        <source>Moved to another stage</source>
        <translation>Déplacé vers une autre étape</translation>
    </message>
    <message>
        <source>Given to another owner</source>
        <translation>Confié à un autre responsable</translation>
    </message>
    <message>
        <source>Lines changed</source>
        <translation>Lignes modifiées</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Soumis pour approbation</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Marchandises reçues</translation>
    </message>
    <message>
        <source>Closed short</source>
        <translation>Clôturé avec reliquat</translation>
    </message>
    <message>
        <source>Taken back to draft</source>
        <translation>Remis en brouillon</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Réactivé</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Sign-in unlocked</source>
        <translation>Connexion débloquée</translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation>Adresse e-mail modifiée</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Session renewed</source>
        <translation>Session renouvelée</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Password change failed</source>
        <translation>Échec du changement de mot de passe</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Owner (number)</source>
        <translation>Responsable (numéro)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stage (number)</source>
        <translation>Étape (numéro)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>Motif de la perte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Converted to account</source>
        <translation>Converti en compte</translation>
    </message>
    <message>
        <source>Converted to contact</source>
        <translation>Converti en contact</translation>
    </message>
    <message>
        <source>Converted on</source>
        <translation>Converti le</translation>
    </message>
    <message>
        <source>Account (number)</source>
        <translation>Compte (numéro)</translation>
    </message>
    <message>
        <source>Contact (number)</source>
        <translation>Contact (numéro)</translation>
    </message>
    <message>
        <source>Lead (number)</source>
        <translation>Piste (numéro)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Assigned to (number)</source>
        <translation>Assignée à (numéro)</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assignée à</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Created by (number)</source>
        <translation>Créé par (numéro)</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
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
        <translation>Pistes déplacées</translation>
    </message>
    <message>
        <source>Leads moved to stage</source>
        <translation>Pistes déplacées vers l’étape</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Prédéfini</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Roles (numbers)</source>
        <translation>Rôles (numéros)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Doit changer de mot de passe</translation>
    </message>
    <message>
        <source>User (number)</source>
        <translation>Utilisateur (numéro)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Adresse réseau</translation>
    </message>
    <message>
        <source>Sessions ended</source>
        <translation>Sessions terminées</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Supplier (number)</source>
        <translation>Fournisseur (numéro)</translation>
    </message>
    <message>
        <source>Warehouse (number)</source>
        <translation>Entrepôt (numéro)</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>Livraison prévue</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Approval band</source>
        <translation>Palier d’approbation</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>Code de l’organisation</translation>
    </message>
    <message>
        <source>Administrator&apos;s email</source>
        <translation>E-mail de l’administrateur</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Session de %1</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 à partir du %3</translation>
    </message>
    <message>
        <source>%1 of %2 for %3</source>
        <translation>%1 de %2 pour %3</translation>
    </message>
</context>
<context>
    <name>erp::client::AuditLogPage</name>
    <message>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(système)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Le journal d&apos;audit est vide.</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Aucune entrée ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>erp::client::CertificateTrustDialog</name>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Émis pour :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Émis par :</translation>
    </message>
    <message>
        <source>itself (self-signed)</source>
        <translation>lui-même (auto-signé)</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Trusted fingerprint (SHA-256):</source>
        <translation>Empreinte de confiance (SHA-256) :</translation>
    </message>
    <message>
        <source>Fingerprint now (SHA-256):</source>
        <translation>Empreinte actuelle (SHA-256) :</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Empreinte (SHA-256) :</translation>
    </message>
    <message>
        <source>Unknown Server Certificate</source>
        <translation>Certificat de serveur inconnu</translation>
    </message>
    <message>
        <source>Do you trust the server %1?</source>
        <translation>Faites-vous confiance au serveur %1 ?</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not vouched for by any certificate authority this computer knows. This is normal for a company server with its own certificate, but it is also what an impostor&apos;s certificate looks like.</source>
        <translation>Aucune autorité de certification connue de cet ordinateur ne garantit le certificat du serveur. C&apos;est normal pour un serveur d&apos;entreprise doté de son propre certificat, mais c&apos;est aussi à cela que ressemble le certificat d&apos;un imposteur.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your IT department gave you. Trust the server only if they match; the client will then remember this certificate and refuse any other for this server.</source>
        <translation>Comparez l&apos;empreinte avec celle que votre service informatique vous a fournie. Ne faites confiance au serveur que si elles correspondent ; le client retiendra alors ce certificat et refusera tout autre certificat pour ce serveur.</translation>
    </message>
    <message>
        <source>&amp;Trust This Server</source>
        <translation>&amp;Faire confiance à ce serveur</translation>
    </message>
    <message>
        <source>Server Certificate Changed</source>
        <translation>Certificat du serveur modifié</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed</source>
        <translation>Le certificat de %1 a changé</translation>
    </message>
    <message>
        <source>This server presented a different certificate from the one you trusted before. Someone may be intercepting the connection, or IT may have replaced the certificate. The client will not connect.</source>
        <translation>Ce serveur a présenté un certificat différent de celui auquel vous faisiez confiance. Quelqu&apos;un intercepte peut-être la connexion, ou le service informatique a remplacé le certificat. Le client ne se connectera pas.</translation>
    </message>
    <message>
        <source>Contact your IT department and tell them both fingerprints. Once they confirm the new certificate, they can update the trusted fingerprint for this server.</source>
        <translation>Contactez votre service informatique en lui communiquant les deux empreintes. Une fois le nouveau certificat confirmé, il pourra mettre à jour l&apos;empreinte de confiance pour ce serveur.</translation>
    </message>
</context>
<context>
    <name>erp::client::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>After the change, your other signed-in devices are signed out; this one stays signed in.</source>
        <translation>Après le changement, vos autres appareils connectés sont déconnectés ; celui-ci reste connecté.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters and must not be a common or easily guessed one (such as your email address or the organisation&apos;s name). A passphrase of several words is best.</source>
        <translation>Le nouveau mot de passe doit comporter au moins %1 caractères et ne pas être courant ni facile à deviner (comme votre adresse e-mail ou le nom de l’organisation). Une phrase de plusieurs mots est idéale.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Confir&amp;m new password:</source>
        <translation>Confir&amp;mer le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Saisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Le nouveau mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
</context>
<context>
    <name>erp::client::ClientApplication</name>
    <message>
        <source>Configuration Problem</source>
        <translation>Problème de configuration</translation>
    </message>
    <message>
        <source>Some settings provided by your IT department could not be used. Please tell them:</source>
        <translation>Certains paramètres fournis par votre service informatique n&apos;ont pas pu être utilisés. Veuillez lui transmettre ceci :</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Reconnecté.</translation>
    </message>
    <message>
        <source>Not signed in. Your unsaved entries are kept; you will be asked to sign in when you save or reload.</source>
        <translation>Non connecté. Vos saisies non enregistrées sont conservées ; il vous sera demandé de vous connecter lors de l&apos;enregistrement ou du rechargement.</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the server did not confirm that your session has ended (%1). Until it expires, anyone holding a copy of it could go on using it: sign in and end it under Sessions, or ask an administrator to.</source>
        <translation>Vous êtes déconnecté sur cet ordinateur, mais le serveur n&apos;a pas confirmé la fin de votre session (%1). Jusqu&apos;à son expiration, quiconque en détient une copie pourrait continuer à l&apos;utiliser : connectez-vous et mettez-y fin sous « Sessions », ou demandez-le à un administrateur.</translation>
    </message>
    <message>
        <source>The settings file from your IT department was ignored because it is not protected: users other than administrators could change it, and it decides which servers the client trusts. Please tell your IT department:</source>
        <translation>Le fichier de paramètres de votre service informatique a été ignoré, car il n&apos;est pas protégé : d&apos;autres utilisateurs que les administrateurs pourraient le modifier, et il détermine les serveurs auxquels le client fait confiance. Veuillez transmettre ceci à votre service informatique :</translation>
    </message>
</context>
<context>
    <name>erp::client::ColorScheme</name>
    <message>
        <source>High contrast, light (black on white)</source>
        <translation>Contraste élevé, clair (noir sur blanc)</translation>
    </message>
    <message>
        <source>High contrast, dark (white on black)</source>
        <translation>Contraste élevé, sombre (blanc sur noir)</translation>
    </message>
    <message>
        <source>Standard (system colours)</source>
        <translation>Standard (couleurs du système)</translation>
    </message>
</context>
<context>
    <name>erp::client::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Saved on the server now</source>
        <translation>Enregistré sur le serveur actuellement</translation>
    </message>
    <message>
        <source>&amp;Reload (Discard My Changes)</source>
        <translation>&amp;Recharger (abandonner mes modifications)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with My Values</source>
        <translation>É&amp;craser avec mes valeurs</translation>
    </message>
    <message>
        <source>Show the record as it is on the server now. Your edits are lost.</source>
        <translation>Afficher l&apos;enregistrement tel qu&apos;il est actuellement sur le serveur. Vos modifications sont perdues.</translation>
    </message>
    <message>
        <source>Save your values, replacing the other change.</source>
        <translation>Enregistrer vos valeurs en remplaçant l&apos;autre modification.</translation>
    </message>
    <message>
        <source>Someone else changed “%1” while you were editing it. Compare the values below and decide which to keep.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié « %1 » pendant que vous le modifiiez. Comparez les valeurs ci-dessous et choisissez lesquelles conserver.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
</context>
<context>
    <name>erp::client::ContactForm</name>
    <message>
        <source>(no account)</source>
        <translation>(aucun compte)</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Saisissez le nom du contact.</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation>Saisissez une adresse e-mail valide, par exemple nom@example.com.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Contact “%1”</source>
        <translation>Contact « %1 »</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <source>Your contacts are yours; a manager can give them to someone else.</source>
        <translation>Vos contacts vous appartiennent ; un responsable peut les attribuer à quelqu&apos;un d&apos;autre.</translation>
    </message>
</context>
<context>
    <name>erp::client::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Rechercher un nom ou un e-mail</translation>
    </message>
    <message>
        <source>No contacts yet. Contacts are created here or when a lead is converted.</source>
        <translation>Aucun contact pour l&apos;instant. Les contacts se créent ici ou lors de la conversion d&apos;une piste.</translation>
    </message>
    <message>
        <source>No contacts match the search.</source>
        <translation>Aucun contact ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Contact “%1” created.</source>
        <translation>Contact « %1 » créé.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Modifications de « %1 » enregistrées.</translation>
    </message>
    <message>
        <source>Its activities are deleted with it.</source>
        <translation>Ses activités sont supprimées avec lui.</translation>
    </message>
</context>
<context>
    <name>erp::client::ConvertLeadDialog</name>
    <message>
        <source>Enter the name of the new account.</source>
        <translation>Saisissez le nom du nouveau compte.</translation>
    </message>
    <message>
        <source>Choose the account to link.</source>
        <translation>Choisissez le compte à associer.</translation>
    </message>
    <message>
        <source>Enter the name of the new contact.</source>
        <translation>Saisissez le nom du nouveau contact.</translation>
    </message>
    <message>
        <source>Choose the contact to link.</source>
        <translation>Choisissez le contact à associer.</translation>
    </message>
    <message>
        <source>Convert Lead</source>
        <translation>Convertir la piste</translation>
    </message>
    <message>
        <source>Convert “%1” into an account and a contact. The lead is then marked converted and cannot be converted again.</source>
        <translation>Convertir « %1 » en un compte et un contact. La piste est ensuite marquée comme convertie et ne peut plus être convertie.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;New account:</source>
        <translation>&amp;Nouveau compte :</translation>
    </message>
    <message>
        <source>E&amp;xisting account:</source>
        <translation>Compte e&amp;xistant :</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Convertir</translation>
    </message>
    <message>
        <source>New con&amp;tact:</source>
        <translation>Nouveau con&amp;tact :</translation>
    </message>
    <message>
        <source>Exi&amp;sting contact:</source>
        <translation>C&amp;ontact existant :</translation>
    </message>
</context>
<context>
    <name>erp::client::CrmText</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertie</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>erp::client::DecimalInput</name>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n digit(s) before the decimal point.</source>
        <translation>
            <numerusform>Au plus %n chiffre avant la virgule.</numerusform>
            <numerusform>Au plus %n chiffres avant la virgule.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::client::ErrorText</name>
    <message>
        <source>If this keeps happening, give your administrator this reference: %1.</source>
        <translation>Si le problème persiste, communiquez cette référence à votre administrateur : %1.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again; nothing you entered has been sent yet.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter ; rien de ce que vous avez saisi n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the server address and your network connection.</source>
        <translation>Le serveur est introuvable. Vérifiez l&apos;adresse du serveur et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the server address and port, or whether the server is running.</source>
        <translation>Le serveur a refusé la connexion. Vérifiez l&apos;adresse et le port du serveur, ou qu&apos;il est bien démarré.</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted. Try again.</source>
        <translation>La connexion au serveur a été interrompue. Réessayez.</translation>
    </message>
    <message>
        <source>The network proxy could not be used. Ask your IT department to check the proxy settings.</source>
        <translation>Le proxy réseau n&apos;a pas pu être utilisé. Demandez à votre service informatique de vérifier les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>La réponse du serveur n&apos;a pas pu être interprétée.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your network connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be confirmed automatically. Compare the certificate fingerprint with the one your administrator gave you before trusting this server.</source>
        <translation>L&apos;identité du serveur n&apos;a pas pu être confirmée automatiquement. Comparez l&apos;empreinte du certificat avec celle fournie par votre administrateur avant de faire confiance à ce serveur.</translation>
    </message>
    <message>
        <source>Warning: the server presented a different certificate than the one you trusted before. Someone may be intercepting the connection. The connection was refused. Contact your IT department before continuing.</source>
        <translation>Attention : le serveur a présenté un certificat différent de celui auquel vous faisiez confiance. Quelqu&apos;un intercepte peut-être la connexion. La connexion a été refusée. Contactez votre service informatique avant de continuer.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid (for example expired or issued for another name). The connection was refused. Contact your IT department.</source>
        <translation>Le certificat du serveur n&apos;est pas valide (par exemple expiré ou émis pour un autre nom). La connexion a été refusée. Contactez votre service informatique.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established. The server may not support TLS 1.2 or later. Contact your IT department.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le serveur. Il ne prend peut-être pas en charge TLS 1.2 ou une version ultérieure. Contactez votre service informatique.</translation>
    </message>
    <message>
        <source>The server address must start with https://. Unencrypted connections are not allowed.</source>
        <translation>L&apos;adresse du serveur doit commencer par https://. Les connexions non chiffrées ne sont pas autorisées.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le serveur.</translation>
    </message>
    <message>
        <source>The organisation, email address or password is wrong.</source>
        <translation>L&apos;organisation, l&apos;adresse e-mail ou le mot de passe est erroné.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Please wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>Trop de tentatives de connexion échouées. Patientez %n minute, puis réessayez.</numerusform>
            <numerusform>Trop de tentatives de connexion échouées. Patientez %n minutes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Please wait a few minutes and try again.</source>
        <translation>Trop de tentatives de connexion échouées. Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Reload it to see their changes, or overwrite them deliberately.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet enregistrement pendant que vous le modifiiez. Rechargez-le pour voir ses modifications ou écrasez-les délibérément.</translation>
    </message>
    <message>
        <source>The change could not be saved because the record&apos;s version was missing. Reload the record and try again.</source>
        <translation>La modification n&apos;a pas pu être enregistrée car la version de l&apos;enregistrement manquait. Rechargez l&apos;enregistrement et réessayez.</translation>
    </message>
    <message>
        <source>This is the last active administrator of the organisation. Make someone else an administrator first.</source>
        <translation>C&apos;est le dernier administrateur actif de l&apos;organisation. Nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur.</translation>
    </message>
    <message>
        <source>You cannot give permissions or roles that you do not have yourself.</source>
        <translation>Vous ne pouvez pas attribuer des permissions ou des rôles que vous ne détenez pas vous-même.</translation>
    </message>
    <message>
        <source>This role is still assigned to users. Remove it from them before deleting it.</source>
        <translation>Ce rôle est encore attribué à des utilisateurs. Retirez-le-leur avant de le supprimer.</translation>
    </message>
    <message>
        <source>The built-in administrator role cannot be changed or deleted.</source>
        <translation>Le rôle administrateur prédéfini ne peut être ni modifié ni supprimé.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <source>Some of the values are not valid. Please check your input.</source>
        <translation>Certaines valeurs ne sont pas valides. Veuillez vérifier votre saisie.</translation>
    </message>
    <message>
        <source>The server did not accept the request from this program version. Please update the program or contact your administrator.</source>
        <translation>Le serveur n&apos;a pas accepté la requête de cette version du programme. Mettez le programme à jour ou contactez votre administrateur.</translation>
    </message>
    <message>
        <source>The filter contains a value the server does not accept. Check the filter fields.</source>
        <translation>Le filtre contient une valeur que le serveur n&apos;accepte pas. Vérifiez les champs du filtre.</translation>
    </message>
    <message>
        <source>You do not have permission to do this. Ask your administrator if you need it.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de faire cela. Demandez-la à votre administrateur si vous en avez besoin.</translation>
    </message>
    <message>
        <source>This record no longer exists. Someone may have deleted it.</source>
        <translation>Cet enregistrement n&apos;existe plus. Quelqu&apos;un l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <source>A record with these values already exists.</source>
        <translation>Un enregistrement avec ces valeurs existe déjà.</translation>
    </message>
    <message>
        <source>This request was already sent with different content. Please start again.</source>
        <translation>Cette requête a déjà été envoyée avec un contenu différent. Veuillez recommencer.</translation>
    </message>
    <message>
        <source>The server did not accept the request from this program version.</source>
        <translation>Le serveur n&apos;a pas accepté la requête de cette version du programme.</translation>
    </message>
    <message>
        <source>The server does not support this action. Please update the program.</source>
        <translation>Le serveur ne prend pas en charge cette action. Veuillez mettre le programme à jour.</translation>
    </message>
    <message>
        <source>The data is too large to send in one piece.</source>
        <translation>Les données sont trop volumineuses pour être envoyées en une seule fois.</translation>
    </message>
    <message>
        <source>The request is too large. Try a shorter search or fewer filters.</source>
        <translation>La requête est trop volumineuse. Essayez une recherche plus courte ou moins de filtres.</translation>
    </message>
    <message>
        <source>The server is temporarily unable to process requests. Please try again in a moment.</source>
        <translation>Le serveur ne peut temporairement pas traiter les requêtes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>An unexpected error occurred on the server.</source>
        <translation>Une erreur inattendue s&apos;est produite sur le serveur.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Le serveur n&apos;a pas accepté la requête.</translation>
    </message>
    <message>
        <source>This action is not possible in the record&apos;s current state. Reload it and try again.</source>
        <translation>Cette action n&apos;est pas possible dans l&apos;état actuel de l&apos;enregistrement. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Trop de requêtes. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The server reported an error (%1).</source>
        <translation>Le serveur a signalé une erreur (%1).</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Avertissement de sécurité</translation>
    </message>
    <message>
        <source>Unknown server certificate</source>
        <translation>Certificat de serveur inconnu</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Saisie non valide</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation>Problème de serveur</translation>
    </message>
    <message>
        <source>Could not complete the action</source>
        <translation>Impossible d&apos;effectuer l&apos;action</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>This email address is already in use by another user.</source>
        <translation>Cette adresse e-mail est déjà utilisée par un autre utilisateur.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>C&apos;est trop court.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>C&apos;est trop long.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used passwords. Choose a less common one.</source>
        <translation>Ce mot de passe fait partie des mots de passe les plus courants. Choisissez-en un moins répandu.</translation>
    </message>
    <message>
        <source>The password must not be one repeated character, your email address or the organisation&apos;s name.</source>
        <translation>Le mot de passe ne doit pas être un seul caractère répété, votre adresse e-mail ou le nom de l&apos;organisation.</translation>
    </message>
    <message>
        <source>This name is already in use.</source>
        <translation>Ce nom est déjà utilisé.</translation>
    </message>
    <message>
        <source>One of the selected roles no longer exists. Reload and choose again.</source>
        <translation>L&apos;un des rôles sélectionnés n&apos;existe plus. Rechargez et choisissez à nouveau.</translation>
    </message>
    <message>
        <source>One of the selected permissions is not known to the server.</source>
        <translation>L&apos;une des permissions sélectionnées est inconnue du serveur.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>This value has the wrong format.</source>
        <translation>Cette valeur n&apos;a pas le bon format.</translation>
    </message>
    <message>
        <source>Use 2 to 63 lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>Utilisez de 2 à 63 lettres minuscules, chiffres et tirets, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>This identifier is already in use.</source>
        <translation>Cet identifiant est déjà utilisé.</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>La valeur doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Cette valeur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This value cannot be changed here.</source>
        <translation>Cette valeur ne peut pas être modifiée ici.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>Le mot de passe doit comporter au moins %n caractère.</numerusform>
            <numerusform>Le mot de passe doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must have at most %n character(s).</source>
        <translation>
            <numerusform>Le mot de passe doit comporter au plus %n caractère.</numerusform>
            <numerusform>Le mot de passe doit comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Émis pour : %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Émis par : %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>Previously trusted fingerprint: %1</source>
        <translation>Empreinte de confiance précédente : %1</translation>
    </message>
    <message>
        <source>This lead has already been converted. Open its account or contact instead.</source>
        <translation>Cette piste a déjà été convertie. Ouvrez plutôt son compte ou son contact.</translation>
    </message>
    <message>
        <source>This lead has been converted and can no longer be changed.</source>
        <translation>Cette piste a été convertie et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The lead&apos;s status does not allow this. Reload it to see its current status.</source>
        <translation>Le statut de la piste ne le permet pas. Rechargez-la pour voir son statut actuel.</translation>
    </message>
    <message>
        <source>Leads are still in this stage. Move them to another stage first.</source>
        <translation>Des pistes sont encore dans cette étape. Déplacez-les d&apos;abord vers une autre étape.</translation>
    </message>
    <message>
        <source>The pipeline needs at least one stage.</source>
        <translation>Le pipeline doit avoir au moins une étape.</translation>
    </message>
    <message>
        <source>Other records still refer to this one, so it cannot be deleted.</source>
        <translation>D&apos;autres enregistrements y font encore référence ; il ne peut donc pas être supprimé.</translation>
    </message>
    <message>
        <source>Some lines of the file have problems; nothing was imported.</source>
        <translation>Certaines lignes du fichier posent problème ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file has no leads to import.</source>
        <translation>Le fichier ne contient aucune piste à importer.</translation>
    </message>
    <message>
        <source>Enter an amount such as 1250.00.</source>
        <translation>Saisissez un montant comme 1250,00.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>This number is outside the allowed range.</source>
        <translation>Ce nombre est en dehors de la plage autorisée.</translation>
    </message>
    <message>
        <source>This is not a known currency code (ISO 4217, for example EUR).</source>
        <translation>Ce n&apos;est pas un code de devise connu (ISO 4217, par exemple EUR).</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Saisissez une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation>Saisissez une date et une heure valides.</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>Choisissez l&apos;une des valeurs proposées.</translation>
    </message>
    <message>
        <source>This pipeline stage does not exist.</source>
        <translation>Cette étape du pipeline n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This person is not an active user of the organisation.</source>
        <translation>Cette personne n&apos;est pas un utilisateur actif de l&apos;organisation.</translation>
    </message>
    <message>
        <source>You can only make yourself the owner.</source>
        <translation>Vous ne pouvez désigner que vous-même comme responsable.</translation>
    </message>
    <message>
        <source>This account does not exist or is not visible to you.</source>
        <translation>Ce compte n&apos;existe pas ou ne vous est pas visible.</translation>
    </message>
    <message>
        <source>This contact does not exist or is not visible to you.</source>
        <translation>Ce contact n&apos;existe pas ou ne vous est pas visible.</translation>
    </message>
    <message>
        <source>This lead does not exist or is not visible to you.</source>
        <translation>Cette piste n&apos;existe pas ou ne vous est pas visible.</translation>
    </message>
    <message>
        <source>Link the activity to exactly one lead, contact or account.</source>
        <translation>Associez l&apos;activité à exactement une piste, un contact ou un compte.</translation>
    </message>
    <message>
        <source>A required column is missing.</source>
        <translation>Une colonne obligatoire est manquante.</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>Cette colonne apparaît deux fois.</translation>
    </message>
    <message>
        <source>This column is not known.</source>
        <translation>Cette colonne est inconnue.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Le fichier n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The file must be UTF-8 encoded.</source>
        <translation>Le fichier doit être encodé en UTF-8.</translation>
    </message>
    <message>
        <source>The file has too many lines; split it.</source>
        <translation>Le fichier contient trop de lignes ; divisez-le.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>This user has permissions that you do not have. Only someone with all of them can change their password, email address, roles or active state, or end their sessions.</source>
        <translation>Cet utilisateur a des autorisations que vous n&apos;avez pas. Seule une personne qui les a toutes peut modifier son mot de passe, son adresse e-mail, ses rôles ou son état actif, ou mettre fin à ses sessions.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a new password of your own to continue.</source>
        <translation>Votre mot de passe a été défini par un administrateur. Choisissez votre propre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>New password needed</source>
        <translation>Nouveau mot de passe requis</translation>
    </message>
    <message>
        <source>This band overlaps another approval band. Change the other band first, or choose amounts outside it.</source>
        <translation>Ce seuil chevauche un autre seuil d’approbation. Modifiez d’abord l’autre seuil ou choisissez des montants en dehors.</translation>
    </message>
    <message>
        <source>The band must end above the amount it starts at.</source>
        <translation>Le seuil doit se terminer au-dessus du montant où il commence.</translation>
    </message>
    <message>
        <source>A band cannot need more approvers with the role than approvers.</source>
        <translation>Un seuil ne peut pas exiger plus d’approbateurs avec le rôle que d’approbateurs.</translation>
    </message>
    <message>
        <source>This supplier does not exist.</source>
        <translation>Ce fournisseur n’existe pas.</translation>
    </message>
    <message>
        <source>This unit does not exist or does not fit the product.</source>
        <translation>Cette unité n’existe pas ou ne convient pas à l’article.</translation>
    </message>
    <message>
        <source>This product does not exist.</source>
        <translation>Cet article n’existe pas.</translation>
    </message>
    <message>
        <source>This warehouse does not exist or is not active.</source>
        <translation>Cet entrepôt n’existe pas ou n’est pas actif.</translation>
    </message>
    <message>
        <source>This is set when the record is created and cannot be changed.</source>
        <translation>Ceci est fixé à la création et ne peut pas être modifié.</translation>
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
            <numerusform>%n piste</numerusform>
            <numerusform>%n pistes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s)</source>
        <translation>
            <numerusform>%n bon de commande</numerusform>
            <numerusform>%n bons de commande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s)</source>
        <translation>
            <numerusform>%n mouvement de stock</numerusform>
            <numerusform>%n mouvements de stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock balance(s)</source>
        <translation>
            <numerusform>%n solde de stock</numerusform>
            <numerusform>%n soldes de stock</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be deleted because other records still refer to it: %1. Remove or change those first.</source>
        <translation>Impossible de le supprimer, car d&apos;autres enregistrements y font encore référence : %1. Supprimez-les ou modifiez-les d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>erp::client::ExchangeRateForm</name>
    <message>
        <source>New exchange rate</source>
        <translation>Nouveau taux de change</translation>
    </message>
    <message>
        <source>Rate of %1 from %2</source>
        <translation>Taux de %1 à partir du %2</translation>
    </message>
    <message>
        <source>New Exchange Rate</source>
        <translation>Nouveau taux de change</translation>
    </message>
    <message>
        <source>Exchange Rate: %1</source>
        <translation>Taux de change : %1</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Valable à partir du :</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Taux :</translation>
    </message>
    <message>
        <source>How much of the base currency one unit of this currency is worth. Orders use the latest rate on or before their order date.</source>
        <translation>Combien de devise de base vaut une unité de cette devise. Les commandes utilisent le dernier taux à la date de commande ou avant.</translation>
    </message>
</context>
<context>
    <name>erp::client::ExchangeRatesPage</name>
    <message>
        <source>Exchange Rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Rate (base currency per unit)</source>
        <translation>Taux (devise de base par unité)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Toutes les devises</translation>
    </message>
    <message>
        <source>No exchange rates yet. Orders in a currency other than the base currency need one.</source>
        <translation>Aucun taux de change pour l’instant. Les commandes dans une autre devise que la devise de base en ont besoin.</translation>
    </message>
    <message>
        <source>No rates for this currency.</source>
        <translation>Aucun taux pour cette devise.</translation>
    </message>
    <message>
        <source>New Rate</source>
        <translation>Nouveau taux</translation>
    </message>
    <message>
        <source>Exchange rate %1 added.</source>
        <translation>Taux de change %1 ajouté.</translation>
    </message>
    <message>
        <source>Exchange rate %1 saved.</source>
        <translation>Taux de change %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>erp::client::FieldErrorStyle</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>erp::client::KeyboardShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>In lists, the arrow keys move between rows and Enter opens the selected row; Tab moves on to the next field or button. Each page keeps its shortcut whichever pages your roles show.</source>
        <translation>Dans les listes, les flèches passent d’une ligne à l’autre et Entrée ouvre la ligne choisie ; Tab passe au champ ou au bouton suivant. Chaque page garde son raccourci, quelles que soient les pages que vos rôles affichent.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>erp::client::LeadForm</name>
    <message>
        <source>The stages or owners could not be loaded: %1</source>
        <translation>Impossible de charger les étapes ou les responsables : %1</translation>
    </message>
    <message>
        <source>Enter a title for the lead.</source>
        <translation>Saisissez un titre pour la piste.</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation>Saisissez une adresse e-mail valide, par exemple nom@example.com.</translation>
    </message>
    <message>
        <source>At most 12 digits before the decimal point.</source>
        <translation>12 chiffres au plus avant la virgule.</translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation>Choisissez une devise dans la liste.</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nouvelle piste</translation>
    </message>
    <message>
        <source>Lead “%1”</source>
        <translation>Piste « %1 »</translation>
    </message>
    <message>
        <source>New Lead</source>
        <translation>Nouvelle piste</translation>
    </message>
    <message>
        <source>Edit Lead</source>
        <translation>Modifier la piste</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Piste : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Statut : %1 (%2)</translation>
    </message>
    <message>
        <source>Save or discard your changes first.</source>
        <translation>Enregistrez ou abandonnez d&apos;abord vos modifications.</translation>
    </message>
    <message>
        <source>Mark Lead Lost</source>
        <translation>Marquer la piste comme perdue</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Pourquoi « %1 » a-t-elle été perdue ?</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>Marquer perdue</translation>
    </message>
    <message>
        <source>Enter the reason the lead was lost.</source>
        <translation>Indiquez pourquoi la piste a été perdue.</translation>
    </message>
    <message>
        <source>Your leads are yours; a manager can give them to someone else.</source>
        <translation>Vos pistes vous appartiennent ; un responsable peut les attribuer à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Marked won</source>
        <translation>Marquée gagnée</translation>
    </message>
    <message>
        <source>Marked lost: %1</source>
        <translation>Marquée perdue : %1</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Aucune modification enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>erp::client::LeadImportWizard</name>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Choisissez le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB. Split it into smaller files and import them one by one.</source>
        <translation>Le fichier dépasse 1 Mio. Divisez-le en fichiers plus petits et importez-les un par un.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Import Leads</source>
        <translation>Importer des pistes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The server is checking the file…</source>
        <translation>Le serveur vérifie le fichier…</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts. Split it into smaller files.</source>
        <translation>Le fichier est plus volumineux que ce que le serveur accepte. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Le fichier n&apos;a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>The file contains no leads.</source>
        <translation>Le fichier ne contient aucune piste.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) in the file can be imported. Press “Import” to import them.</source>
        <translation>
            <numerusform>La %Ln piste du fichier peut être importée. Cliquez sur « Importer » pour l&apos;importer.</numerusform>
            <numerusform>Les %Ln pistes du fichier peuvent être importées. Cliquez sur « Importer » pour les importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found; nothing can be imported until the file is corrected. Fix the lines below, then go back and check the file again.</source>
        <translation>
            <numerusform>%Ln problème trouvé ; rien ne peut être importé tant que le fichier n&apos;est pas corrigé. Corrigez la ligne ci-dessous, puis revenez en arrière et vérifiez à nouveau le fichier.</numerusform>
            <numerusform>%Ln problèmes trouvés ; rien ne peut être importé tant que le fichier n&apos;est pas corrigé. Corrigez les lignes ci-dessous, puis revenez en arrière et vérifiez à nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln lead(s)…</source>
        <translation>
            <numerusform>Importation de %Ln piste…</numerusform>
            <numerusform>Importation de %Ln pistes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) imported.</source>
        <translation>
            <numerusform>%Ln piste importée.</numerusform>
            <numerusform>%Ln pistes importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>The first line names the columns; “title” and “currency” are required. Other columns: contact_name, company, email, phone, source, estimated_value (for example 1250.00), probability (0-100), expected_close_date (YYYY-MM-DD), stage (its name), owner_email, notes. The file must be UTF-8 and at most 1 MiB.

Nothing is imported before the server has checked every line.</source>
        <translation>La première ligne nomme les colonnes ; « title » et « currency » sont obligatoires. Autres colonnes : contact_name, company, email, phone, source, estimated_value (par exemple 1250.00), probability (0-100), expected_close_date (AAAA-MM-JJ), stage (son nom), owner_email, notes. Le fichier doit être en UTF-8 et faire 1 Mio au plus.

Rien n&apos;est importé avant que le serveur ait vérifié chaque ligne.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Seul le premier problème est affiché.</numerusform>
            <numerusform>Seuls les %n premiers problèmes sont affichés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::client::LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>Prob.</translation>
    </message>
    <message>
        <source>Probability of winning</source>
        <translation>Probabilité de gain</translation>
    </message>
    <message>
        <source>Close Date</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Search title, company, contact or email</source>
        <translation>Rechercher titre, société, contact ou e-mail</translation>
    </message>
    <message>
        <source>No leads yet. Create one with “New Lead” or import a CSV file.</source>
        <translation>Aucune piste pour l&apos;instant. Créez-en une avec « Nouvelle piste » ou importez un fichier CSV.</translation>
    </message>
    <message>
        <source>No leads yet.</source>
        <translation>Aucune piste pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No leads match the search or filters.</source>
        <translation>Aucune piste ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message>
        <source>New Lead</source>
        <translation>Nouvelle piste</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import leads from a CSV file</source>
        <translation>Importer des pistes depuis un fichier CSV</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Lead “%1” created.</source>
        <translation>Piste « %1 » créée.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Modifications de « %1 » enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) imported.</source>
        <translation>
            <numerusform>%Ln piste importée.</numerusform>
            <numerusform>%Ln pistes importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Its activities are deleted with it.</source>
        <translation>Ses activités sont supprimées avec lui.</translation>
    </message>
</context>
<context>
    <name>erp::client::ListPage</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load more rows: %1</source>
        <translation>Impossible de charger plus de lignes : %1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows; scroll down for more.</source>
        <translation>%1 lignes affichées sur %2 ; faites défiler pour en voir plus.</translation>
    </message>
    <message>
        <source>Showing %1 of about %2 rows; scroll down for more.</source>
        <translation>%1 lignes affichées sur environ %2 ; faites défiler pour en voir plus.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting to %1… %2 written</source>
        <translation>Exportation vers %1… %2 écrits</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation>Recharger la liste depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the rows matching the current search and filters as a CSV file (Ctrl+E)</source>
        <translation>Enregistrer les lignes correspondant à la recherche et aux filtres actuels dans un fichier CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Rien ici pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Nothing matches the search or filters.</source>
        <translation>Rien ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Supprimer l&apos;enregistrement sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>Someone else changed “%1” a moment ago. The list has been refreshed; please check and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de modifier « %1 ». La liste a été actualisée ; vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>« %1 » n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>Enter opens the selected row. Click a column header to sort.</source>
        <translation>Entrée ouvre la ligne sélectionnée. Cliquez sur un en-tête de colonne pour trier.</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Rechercher dans %1</translation>
    </message>
    <message>
        <source>%1. The list updates as you type; Enter searches at once.</source>
        <translation>%1. La liste se met à jour pendant la saisie ; Entrée lance la recherche aussitôt.</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>Actions pour %1</translation>
    </message>
</context>
<context>
    <name>erp::client::LocaleFormat</name>
    <message>
        <source>%1 or %2</source>
        <comment>two ways to write a number</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Enter a number like %1.</source>
        <translation>Saisissez un nombre comme %1.</translation>
    </message>
    <message>
        <source>Use only one decimal mark (%1). Enter the number like %2.</source>
        <translation>Un seul séparateur décimal (%1) est permis. Saisissez le nombre ainsi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a number. Enter the number like %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas faire partie d’un nombre. Saisissez le nombre ainsi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Enter the number like %1.</source>
        <translation>Saisissez le nombre ainsi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Enter a whole number like %1.</source>
        <translation>Saisissez un nombre entier comme %1.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal(s). Enter the number like %1.</source>
        <translation>
            <numerusform>Au plus %n décimale. Saisissez le nombre ainsi&#xa0;: %1.</numerusform>
            <numerusform>Au plus %n décimales. Saisissez le nombre ainsi&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>Ce nombre est trop grand.</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>Le nombre ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals. Enter the amount like %2.</source>
        <translation>Les montants en %1 n’ont pas de décimales. Saisissez le montant ainsi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Enter a date like %1.</source>
        <translation>Saisissez une date comme %1.</translation>
    </message>
    <message>
        <source>Enter a date and time like %1.</source>
        <translation>Saisissez une date et une heure comme %1.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Spaces are not used in numbers in this language. Enter the number like %1.</source>
        <translation>Les espaces ne s’utilisent pas ainsi dans les nombres en français. Saisissez le nombre ainsi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” is not used in numbers in this language. Enter the number like %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne s’utilise pas dans les nombres en français. Saisissez le nombre ainsi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>In this language a space separates groups of three digits and “%1” is the decimal mark. Enter the number like %2.</source>
        <translation>En français, une espace sépare les groupes de trois chiffres et «&#xa0;%1&#xa0;» est le séparateur décimal. Saisissez le nombre ainsi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>In this language “%1” separates groups of three digits and “%2” is the decimal mark. Enter the number like %3.</source>
        <translation>En français, «&#xa0;%1&#xa0;» sépare les groupes de trois chiffres et «&#xa0;%2&#xa0;» est le séparateur décimal. Saisissez le nombre ainsi&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>erp::client::LocationForm</name>
    <message>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Enter a short code, for example A-01.</source>
        <translation>Saisissez un code court, par exemple A-01.</translation>
    </message>
    <message>
        <source>Enter the location&apos;s name.</source>
        <translation>Saisissez le nom de l’emplacement.</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nouvel emplacement</translation>
    </message>
    <message>
        <source>Location “%1”</source>
        <translation>Emplacement « %1 »</translation>
    </message>
    <message>
        <source>New Location</source>
        <translation>Nouvel emplacement</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Emplacement : %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;f</translation>
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
        <translation>Configuré par votre service informatique</translation>
    </message>
    <message>
        <source>The client only connects securely: use an address starting with https://.</source>
        <translation>Le client ne se connecte que de façon sécurisée : utilisez une adresse commençant par https://.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://erp.example.com:8443.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://erp.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s short name (lower-case letters, digits and hyphens).</source>
        <translation>Saisissez l&apos;identifiant court de votre organisation (lettres minuscules, chiffres et tirets).</translation>
    </message>
    <message>
        <source>Enter your email address, for example name@example.com.</source>
        <translation>Saisissez votre adresse e-mail, par exemple nom@example.com.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Resuming your session on %1…</source>
        <translation>Reprise de votre session sur %1…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate has changed since you last trusted it.</source>
        <translation>Non connecté : le certificat du serveur a changé depuis que vous lui avez fait confiance.</translation>
    </message>
    <message>
        <source>The organisation, email address or password is not correct.</source>
        <translation>L&apos;organisation, l&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Not connected: you chose not to trust the server&apos;s certificate.</source>
        <translation>Non connecté : vous avez choisi de ne pas faire confiance au certificat du serveur.</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Vous pouvez maintenant réessayer de vous connecter.</translation>
    </message>
    <message numerus="yes">
        <source>Too many unsuccessful sign-in attempts. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Trop de tentatives de connexion infructueuses. Patientez %n seconde avant de réessayer.</numerusform>
            <numerusform>Trop de tentatives de connexion infructueuses. Patientez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session Expired</source>
        <translation>Session expirée</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>Veuillez vous reconnecter</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue; your unsaved work is kept.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour continuer ; votre travail non enregistré est conservé.</translation>
    </message>
    <message>
        <source>Enter the password you were given.</source>
        <translation>Saisissez le mot de passe qui vous a été remis.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a new password of your own to continue.</source>
        <translation>Votre mot de passe a été défini par un administrateur. Choisissez votre propre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Saisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Confir&amp;m new password:</source>
        <translation>Con&amp;firmer le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>At least %1 characters; a passphrase of several words is best. Nobody else will know it.</source>
        <translation>Au moins %1 caractères ; une phrase de passe de plusieurs mots est idéale. Personne d&apos;autre ne la connaîtra.</translation>
    </message>
</context>
<context>
    <name>erp::client::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
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
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation : %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>About ERP</source>
        <translation>À propos d&apos;ERP</translation>
    </message>
    <message>
        <source>ERP desktop client %1

Built with Qt %2.</source>
        <translation>Client de bureau ERP %1

Conçu avec Qt %2.</translation>
    </message>
    <message>
        <source>&amp;API Reference</source>
        <translation>Référence de l&apos;&amp;API</translation>
    </message>
    <message>
        <source>Open the server&apos;s API reference in your web browser</source>
        <translation>Ouvrir la référence de l&apos;API du serveur dans le navigateur web</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Password changed. Your other devices were signed out.</source>
        <translation>Mot de passe modifié. Vos autres appareils ont été déconnectés.</translation>
    </message>
    <message>
        <source>No module is open to you yet.

Your roles in %1 do not include any part of the ERP (CRM, Purchasing, Inventory or Administration).

Ask your organisation&apos;s administrator to give you a role in Administration → Users, for example Sales representative or Purchaser. Then sign out and in again.

Your own sessions are under Your Account; File → Change Password… changes your password.</source>
        <translation>Aucun module ne vous est encore ouvert.

Vos rôles dans %1 ne donnent accès à aucune partie de l’ERP (CRM, Achats, Stock ou Administration).

Demandez à l’administrateur de votre organisation de vous attribuer un rôle dans Administration → Utilisateurs, par exemple Commercial ou Acheteur. Déconnectez-vous puis reconnectez-vous.

Vos propres sessions se trouvent sous Votre compte ; Fichier → Changer le mot de passe… change votre mot de passe.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Modules and their pages. Arrow keys choose a page, which opens at once; Ctrl+1 to Ctrl+9 go to a page from anywhere.</source>
        <translation>Modules et leurs pages. Les flèches choisissent une page, qui s&apos;ouvre aussitôt ; Ctrl+1 à Ctrl+9 mènent à une page depuis n&apos;importe où.</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Page actuelle</translation>
    </message>
</context>
<context>
    <name>erp::client::MyActivitiesPage</name>
    <message>
        <source>My Activities</source>
        <translation>Mes activités</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Nothing to do: you have no open activities.</source>
        <translation>Rien à faire : vous n&apos;avez aucune activité ouverte.</translation>
    </message>
    <message>
        <source>No open activities in this period.</source>
        <translation>Aucune activité ouverte sur cette période.</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Marquer terminée</translation>
    </message>
    <message>
        <source>Mark the selected activity done (Ctrl+D)</source>
        <translation>Marquer l&apos;activité sélectionnée comme terminée (Ctrl+D)</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Toutes les ouvertes</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Piste : %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>Overdue: it was due %1.</source>
        <translation>En retard : l’échéance était le %1.</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation>Supprimer l’activité sélectionnée</translation>
    </message>
    <message>
        <source>Activity “%1” created.</source>
        <translation>Activité « %1 » créée.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Modifications de « %1 » enregistrées.</translation>
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
        <translation>Vous avez des modifications non enregistrées. Enregistrez-les ou choisissez « Annuler les modifications » avant de recharger.</translation>
    </message>
    <message>
        <source>The settings could not be loaded: %1</source>
        <translation>Les paramètres n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Enter the company name printed on documents.</source>
        <translation>Saisissez le nom de la société imprimé sur les documents.</translation>
    </message>
    <message>
        <source>Use 1 to 10 letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>Utilisez de 1 à 10 lettres, chiffres et tirets, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>Saisissez un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Organisation settings saved.</source>
        <translation>Paramètres de l’organisation enregistrés.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the settings, and they could not be read again: %1</source>
        <translation>Non enregistré : quelqu’un d’autre a modifié les paramètres, et ils n’ont pas pu être relus : %1</translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation>Paramètres de l’organisation</translation>
    </message>
    <message>
        <source>Showing the settings as they are now; your changes were discarded.</source>
        <translation>Les paramètres sont affichés tels qu’ils sont maintenant ; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the settings. Save again to review the differences.</source>
        <translation>Non enregistré : quelqu’un d’autre a modifié les paramètres. Enregistrez à nouveau pour examiner les différences.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <source>Purchase orders are numbered like %1.</source>
        <translation>Les commandes sont numérotées comme %1.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nom de la société :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>Numéro de &amp;TVA :</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>Devise de &amp;base :</translation>
    </message>
    <message>
        <source>Approval bands are judged in this currency; orders in another currency are converted at the exchange rate of the order date.</source>
        <translation>Les seuils d’approbation sont évalués dans cette devise ; les commandes dans une autre devise sont converties au taux de la date de commande.</translation>
    </message>
    <message>
        <source>Default tax &amp;rate:</source>
        <translation>&amp;Taux de taxe par défaut :</translation>
    </message>
    <message>
        <source>Order number &amp;prefix:</source>
        <translation>&amp;Préfixe des numéros de commande :</translation>
    </message>
    <message>
        <source>Receipt t&amp;olerance:</source>
        <translation>T&amp;olérance de réception :</translation>
    </message>
    <message>
        <source>Allow &amp;negative stock (withdrawals may go below zero)</source>
        <translation>Autoriser un stock &amp;négatif (les sorties peuvent passer sous zéro)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Undo Changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation>p. ex. FR12345678901</translation>
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
        <translation>Achats</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>My Sessions</source>
        <translation>Mes sessions</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>My Activities</source>
        <translation>Mes activités</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Entrepôts</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Approval Rules</source>
        <translation>Règles d’approbation</translation>
    </message>
    <message>
        <source>Purchase Orders</source>
        <translation>Bons de commande</translation>
    </message>
    <message>
        <source>Approval Inbox</source>
        <translation>Approbations en attente</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Stock Moves</source>
        <translation>Mouvements de stock</translation>
    </message>
    <message>
        <source>Your Account</source>
        <translation>Votre compte</translation>
    </message>
</context>
<context>
    <name>erp::client::PagedListModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>erp::client::PermissionCatalogModel</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Customers (CRM)</source>
        <translation>Clients (CRM)</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>See users</source>
        <translation>Voir les utilisateurs</translation>
    </message>
    <message>
        <source>Create, edit and deactivate users and assign roles</source>
        <translation>Créer, modifier et désactiver des utilisateurs et attribuer des rôles</translation>
    </message>
    <message>
        <source>See roles and their permissions</source>
        <translation>Voir les rôles et leurs permissions</translation>
    </message>
    <message>
        <source>Create, rename, change and delete roles</source>
        <translation>Créer, renommer, modifier et supprimer des rôles</translation>
    </message>
    <message>
        <source>See and revoke other users&apos; sessions</source>
        <translation>Voir et révoquer les sessions des autres utilisateurs</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Change the organisation&apos;s settings, exchange rates and approval rules</source>
        <translation>Modifier les paramètres de l&apos;organisation, les taux de change et les règles d&apos;approbation</translation>
    </message>
    <message>
        <source>See leads, contacts, accounts and activities</source>
        <translation>Voir les prospects, contacts, comptes et activités</translation>
    </message>
    <message>
        <source>Create and change CRM records</source>
        <translation>Créer et modifier les enregistrements CRM</translation>
    </message>
    <message>
        <source>See every user&apos;s CRM records, not only one&apos;s own</source>
        <translation>Voir les enregistrements CRM de tous les utilisateurs, pas seulement les siens</translation>
    </message>
    <message>
        <source>See suppliers, products and purchase orders</source>
        <translation>Voir les fournisseurs, produits et commandes d&apos;achat</translation>
    </message>
    <message>
        <source>Create and change purchase orders</source>
        <translation>Créer et modifier les commandes d&apos;achat</translation>
    </message>
    <message>
        <source>Approve or reject purchase orders</source>
        <translation>Approuver ou refuser les commandes d&apos;achat</translation>
    </message>
    <message>
        <source>See stock and stock moves</source>
        <translation>Voir le stock et les mouvements de stock</translation>
    </message>
    <message>
        <source>Receive goods and transfer stock between locations</source>
        <translation>Réceptionner des marchandises et transférer du stock entre emplacements</translation>
    </message>
    <message>
        <source>Correct stock after a count</source>
        <translation>Corriger le stock après un inventaire</translation>
    </message>
    <message>
        <source>See shipments and carriers</source>
        <translation>Voir les expéditions et les transporteurs</translation>
    </message>
    <message>
        <source>Create and update shipments</source>
        <translation>Créer et mettre à jour les expéditions</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Change the sales pipeline&apos;s stages</source>
        <translation>Modifier les étapes du pipeline commercial</translation>
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
        <translation>Impossible de charger le pipeline : %1</translation>
    </message>
    <message>
        <source>The leads could not be loaded: %1</source>
        <translation>Impossible de charger les pistes : %1</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>« %1 » déplacée vers %2.</translation>
    </message>
    <message>
        <source>The lead no longer exists or is no longer visible to you.</source>
        <translation>La piste n&apos;existe plus ou ne vous est plus visible.</translation>
    </message>
    <message>
        <source>“%1” was not moved to %2: %3</source>
        <translation>« %1 » n&apos;a pas été déplacée vers %2 : %3</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <source>Lead “%1”</source>
        <translation>Piste « %1 »</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else and was not moved; the board shows it as it is now.</source>
        <translation>« %1 » a été modifiée par quelqu&apos;un d&apos;autre et n&apos;a pas été déplacée ; le tableau l&apos;affiche telle qu&apos;elle est maintenant.</translation>
    </message>
    <message>
        <source>Open leads by stage. Enter opens the lead.</source>
        <translation>Pistes ouvertes par étape. Entrée ouvre la piste.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the pipeline again (F5)</source>
        <translation>Recharger le pipeline (F5)</translation>
    </message>
    <message>
        <source>“%1” moved within %2.</source>
        <translation>« %1 » déplacée dans %2.</translation>
    </message>
    <message>
        <source>Drag a card to another stage or place, or select it and press Ctrl+Left / Ctrl+Right / Ctrl+Up / Ctrl+Down. Enter opens the lead.</source>
        <translation>Faites glisser une carte vers une autre étape ou un autre emplacement, ou sélectionnez-la et appuyez sur Ctrl+Gauche / Ctrl+Droite / Ctrl+Haut / Ctrl+Bas. Entrée ouvre la piste.</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Étapes…</translation>
    </message>
    <message>
        <source>Add, rename, reorder or remove the pipeline&apos;s stages</source>
        <translation>Ajouter, renommer, réordonner ou supprimer les étapes du pipeline</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Étapes du pipeline</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineCardAccessibility</name>
    <message>
        <source>stage %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>déplacement en cours</translation>
    </message>
    <message>
        <source>Ctrl+Left or Ctrl+Right moves the lead to the neighbouring stage; Enter opens it.</source>
        <translation>Ctrl+Gauche ou Ctrl+Droite déplace la piste vers l&apos;étape voisine ; Entrée l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Owner %1. %2</source>
        <translation>Responsable : %1. %2</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Moves the lead to the previous stage</source>
        <translation>Déplace la piste vers l&apos;étape précédente</translation>
    </message>
    <message>
        <source>Moves the lead to the next stage</source>
        <translation>Déplace la piste vers l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Opens the lead</source>
        <translation>Ouvre la piste</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineColumn</name>
    <message numerus="yes">
        <source>%Ln open lead(s)</source>
        <translation>
            <numerusform>%Ln piste ouverte</numerusform>
            <numerusform>%Ln pistes ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1, %2</source>
        <translation>Étape %1, %2</translation>
    </message>
    <message>
        <source>Load more (%1 of %2 shown)</source>
        <translation>Charger plus (%1 sur %2 affichées)</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineColumnModel</name>
    <message>
        <source>Expected close: %1</source>
        <translation>Clôture prévue : %1</translation>
    </message>
    <message>
        <source>%1, %2, %3, owner %4</source>
        <translation>%1, %2, %3, responsable : %4</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineStagesDialog</name>
    <message>
        <source>Add Stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <source>Pipeline Stages</source>
        <translation>Étapes du pipeline</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Monter (&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>The stages could not be loaded: %1</source>
        <translation>Les étapes n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Nom de l’étape :</translation>
    </message>
    <message>
        <source>Stage “%1” added.</source>
        <translation>Étape « %1 » ajoutée.</translation>
    </message>
    <message>
        <source>Stage renamed to “%1”.</source>
        <translation>Étape renommée en « %1 ».</translation>
    </message>
    <message>
        <source>Stage “%1” moved.</source>
        <translation>Étape « %1 » déplacée.</translation>
    </message>
    <message>
        <source>Stage “%1” removed.</source>
        <translation>Étape « %1 » supprimée.</translation>
    </message>
    <message>
        <source>The stages of your organisation&apos;s pipeline, in the order of the board&apos;s columns. Changes apply at once for everyone. Removing a stage that still holds leads moves them to a stage you choose.</source>
        <translation>Les étapes du pipeline de votre organisation, dans l’ordre des colonnes du tableau. Les changements s’appliquent immédiatement pour tous. Supprimer une étape qui contient encore des pistes les déplace vers l’étape de votre choix.</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Leads are still in “%1”. Choose the stage they move to; then “%1” is removed.</source>
        <translation>Des pistes sont encore dans « %1 ». Choisissez l’étape où les déplacer ; « %1 » sera ensuite supprimée.</translation>
    </message>
    <message>
        <source>&amp;Move leads to:</source>
        <translation>&amp;Déplacer les pistes vers :</translation>
    </message>
    <message>
        <source>Move Leads and Remove</source>
        <translation>Déplacer les pistes et supprimer</translation>
    </message>
    <message>
        <source>Stage “%1” kept; its leads were not moved.</source>
        <translation>Étape « %1 » conservée ; ses pistes n’ont pas été déplacées.</translation>
    </message>
    <message>
        <source>Stage “%1” removed; its leads are now in “%2”.</source>
        <translation>Étape « %1 » supprimée ; ses pistes sont maintenant dans « %2 ».</translation>
    </message>
</context>
<context>
    <name>erp::client::ProductForm</name>
    <message>
        <source>The units could not be loaded: %1</source>
        <translation>Les unités n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>Enter the product&apos;s SKU (your article number).</source>
        <translation>Saisissez la référence de l’article.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Saisissez le nom de l’article.</translation>
    </message>
    <message>
        <source>Choose the unit stock is counted in.</source>
        <translation>Choisissez l’unité dans laquelle le stock est compté.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Product “%1”</source>
        <translation>Article « %1 »</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation>Modifier l’article</translation>
    </message>
    <message>
        <source>Product: %1 %2</source>
        <translation>Article : %1 %2</translation>
    </message>
    <message>
        <source>The stock unit is chosen when the product is created.</source>
        <translation>L’unité de stock est choisie à la création de l’article.</translation>
    </message>
    <message>
        <source>A new product has no stock yet.</source>
        <translation>Un nouvel article n’a pas encore de stock.</translation>
    </message>
    <message>
        <source>Save the product first; then add the prices its suppliers ask.</source>
        <translation>Enregistrez d’abord l’article, puis ajoutez les prix de ses fournisseurs.</translation>
    </message>
    <message>
        <source>The stock could not be loaded: %1</source>
        <translation>Le stock n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>The supplier prices could not be loaded: %1</source>
        <translation>Les prix fournisseurs n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>No stock in any location.</source>
        <translation>Aucun stock dans aucun emplacement.</translation>
    </message>
    <message numerus="yes">
        <source>Stock in %n location(s), in the stock unit.</source>
        <translation>
            <numerusform>Stock dans %n emplacement, dans l’unité de stock.</numerusform>
            <numerusform>Stock dans %n emplacements, dans l’unité de stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>supplier&apos;s usual</source>
        <translation>habituel du fournisseur</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No supplier prices yet.</source>
        <translation>Aucun prix fournisseur pour l’instant.</translation>
    </message>
    <message>
        <source>A new order line takes the best price for its quantity.</source>
        <translation>Une nouvelle ligne de commande prend le meilleur prix pour sa quantité.</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Barcode:</source>
        <translation>Code-barres :</translation>
    </message>
    <message>
        <source>Stock &amp;unit:</source>
        <translation>&amp;Unité de stock :</translation>
    </message>
    <message>
        <source>Standard &amp;cost:</source>
        <translation>&amp;Coût standard :</translation>
    </message>
    <message>
        <source>&amp;Reorder point:</source>
        <translation>&amp;Seuil de réapprovisionnement :</translation>
    </message>
    <message>
        <source>Reorder &amp;quantity:</source>
        <translation>&amp;Quantité à commander :</translation>
    </message>
    <message>
        <source>&amp;Preferred supplier:</source>
        <translation>&amp;Fournisseur préféré :</translation>
    </message>
    <message>
        <source>Acti&amp;ve (may be ordered)</source>
        <translation>Acti&amp;f (peut être commandé)</translation>
    </message>
    <message>
        <source>Type to search suppliers</source>
        <translation>Tapez pour rechercher des fournisseurs</translation>
    </message>
    <message>
        <source>Stock by location</source>
        <translation>Stock par emplacement</translation>
    </message>
    <message>
        <source>Supplier prices</source>
        <translation>Prix fournisseurs</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Value at standard cost</source>
        <translation>Valeur au coût standard</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>À partir de la quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai de livraison</translation>
    </message>
    <message>
        <source>&amp;Add Price…</source>
        <translation>&amp;Ajouter un prix…</translation>
    </message>
    <message>
        <source>&amp;Edit Price…</source>
        <translation>&amp;Modifier le prix…</translation>
    </message>
</context>
<context>
    <name>erp::client::ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Standard cost</source>
        <translation>Coût standard</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Seuil de réapprovisionnement</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Search by SKU, barcode or name</source>
        <translation>Rechercher par référence, code-barres ou nom</translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation>Aucun article pour l’instant.</translation>
    </message>
    <message>
        <source>No products match the search or filter.</source>
        <translation>Aucun article ne correspond à la recherche ou au filtre.</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Product “%1” created.</source>
        <translation>Article « %1 » créé.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Modifications de « %1 » enregistrées.</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderEditor</name>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>Fournisse&amp;ur :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>&amp;Order date:</source>
        <translation>Date de &amp;commande :</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>&amp;Attendu le :</translation>
    </message>
    <message>
        <source>Ship &amp;to:</source>
        <translation>Livrer &amp;à :</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Name or code; Down for a list</source>
        <translation>Nom ou code ; Bas pour une liste</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <source>Insert adds a line, Delete removes it; Tab or Enter moves to the next cell.</source>
        <translation>Inser ajoute une ligne, Suppr la supprime ; Tab ou Entrée passe à la cellule suivante.</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a line (Insert)</source>
        <translation>Ajouter une ligne (Inser)</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Remove the current line (Delete)</source>
        <translation>Supprimer la ligne courante (Suppr)</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Sous-total :</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Taxe :</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>New Purchase Order</source>
        <translation>Nouveau bon de commande</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not counted yet: the server fills in missing prices and the default tax rate on saving.</source>
        <translation>
            <numerusform>%n ligne pas encore comptée : le serveur renseigne les prix manquants et le taux de taxe par défaut à l&apos;enregistrement.</numerusform>
            <numerusform>%n lignes pas encore comptées : le serveur renseigne les prix manquants et le taux de taxe par défaut à l&apos;enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>Choisissez le fournisseur.</translation>
    </message>
    <message>
        <source>Choose the warehouse the goods go to.</source>
        <translation>Choisissez l&apos;entrepôt de livraison.</translation>
    </message>
    <message>
        <source>Goods cannot be expected before they are ordered.</source>
        <translation>La marchandise ne peut pas être attendue avant la commande.</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>Nouveau bon de commande</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Bon de commande %1</translation>
    </message>
    <message>
        <source>Purchase Order %1</source>
        <translation>Bon de commande %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Approved by rule</source>
        <translation>Approuvé par règle</translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>Please save your changes first.</source>
        <translation>Veuillez d&apos;abord enregistrer vos modifications.</translation>
    </message>
    <message>
        <source>Why is the order rejected? The buyer sees this comment.</source>
        <translation>Pourquoi la commande est-elle rejetée ? L&apos;acheteur verra ce commentaire.</translation>
    </message>
    <message>
        <source>Why is the order cancelled?</source>
        <translation>Pourquoi la commande est-elle annulée ?</translation>
    </message>
    <message>
        <source>Reason for cancelling (optional):</source>
        <translation>Motif de l&apos;annulation (facultatif) :</translation>
    </message>
    <message>
        <source>%1 did not go through: %2</source>
        <translation>%1 n&apos;a pas abouti : %2</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans « %1 ».</translation>
    </message>
    <message>
        <source>Export Purchase Order as PDF</source>
        <translation>Exporter le bon de commande en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close Line Short…</source>
        <translation>Solder la ligne…</translation>
    </message>
    <message>
        <source>End the current line with less than ordered: the rest will not come</source>
        <translation>Clore la ligne actuelle avec moins que commandé : le reste ne viendra pas</translation>
    </message>
    <message>
        <source>Close Line Short</source>
        <translation>Solder la ligne</translation>
    </message>
    <message>
        <source>Line %1 (%2): why will the rest not come? Nothing more can be received on it.</source>
        <translation>Ligne %1 (%2) : pourquoi le reste ne viendra-t-il pas ? Plus rien ne pourra être reçu sur cette ligne.</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderLineDelegate</name>
    <message>
        <source>SKU, barcode or name</source>
        <translation>Référence, code-barres ou nom</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderLinesModel</name>
    <message>
        <source>Line %1: </source>
        <translation>Ligne %1 : </translation>
    </message>
    <message>
        <source>choose a product.</source>
        <translation>choisissez un produit.</translation>
    </message>
    <message>
        <source>enter a quantity.</source>
        <translation>saisissez une quantité.</translation>
    </message>
    <message>
        <source>The supplier&apos;s price for this quantity; type a price to override it.</source>
        <translation>Le prix du fournisseur pour cette quantité ; saisissez un prix pour le remplacer.</translation>
    </message>
    <message>
        <source>No supplier price known; the server fills in a price on saving, or type one.</source>
        <translation>Aucun prix fournisseur connu ; le serveur renseigne un prix à l&apos;enregistrement, ou saisissez-en un.</translation>
    </message>
    <message>
        <source>The organisation&apos;s default tax rate; type a rate to override it.</source>
        <translation>Le taux de taxe par défaut de l&apos;organisation ; saisissez un taux pour le remplacer.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Line Total</source>
        <translation>Total de la ligne</translation>
    </message>
    <message>
        <source>Closed short: %1</source>
        <translation>Soldée : %1</translation>
    </message>
    <message>
        <source>%1 (closed short: %2)</source>
        <translation>%1 (soldée : %2)</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderPrinter</name>
    <message>
        <source>Tax ID: %1</source>
        <translation>N° TVA : %1</translation>
    </message>
    <message>
        <source>Purchase Order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>Livraison prévue</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Line Total</source>
        <translation>Total de la ligne</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Purchase Order %1</source>
        <translation>Bon de commande %1</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrdersPage</name>
    <message>
        <source>Purchase Orders</source>
        <translation>Bons de commande</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 of %2 approvals given</source>
        <translation>%1 approbation(s) sur %2 données</translation>
    </message>
    <message>
        <source>Order Date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu le</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Search number</source>
        <translation>Rechercher un numéro</translation>
    </message>
    <message>
        <source>No purchase orders yet. Create one with “New Order”.</source>
        <translation>Aucun bon de commande pour le moment. Créez-en un avec « Nouvelle commande ».</translation>
    </message>
    <message>
        <source>No purchase orders yet.</source>
        <translation>Aucun bon de commande pour le moment.</translation>
    </message>
    <message>
        <source>No purchase orders match the search or filters.</source>
        <translation>Aucun bon de commande ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message>
        <source>New Order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Afficher…</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Tous les entrepôts</translation>
    </message>
    <message>
        <source>Orders dated on or after</source>
        <translation>Commandes datées de ce jour ou après</translation>
    </message>
    <message>
        <source>Orders dated on or before</source>
        <translation>Commandes datées de ce jour ou avant</translation>
    </message>
    <message>
        <source>Waiting for my approval</source>
        <translation>En attente de mon approbation</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Purchase order %1 created.</source>
        <translation>Bon de commande %1 créé.</translation>
    </message>
    <message>
        <source>Purchase order %1 saved.</source>
        <translation>Bon de commande %1 enregistré.</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>Du : toute date</translation>
    </message>
    <message>
        <source>To: any</source>
        <translation>Au : toute date</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchasingText</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Partiellement reçu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Submit for Approval</source>
        <translation>Soumettre pour approbation</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>Mark as Ordered</source>
        <translation>Marquer comme commandé</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Réceptionner…</translation>
    </message>
    <message>
        <source>Close Short…</source>
        <translation>Clôturer avec manquant…</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Réviser</translation>
    </message>
    <message>
        <source>Cancel Order…</source>
        <translation>Annuler la commande…</translation>
    </message>
    <message>
        <source>Close Order</source>
        <translation>Clôturer la commande</translation>
    </message>
    <message>
        <source>The order is no longer in a state that allows this; someone may have changed it. It has been reloaded.</source>
        <translation>La commande n&apos;est plus dans un état qui le permet ; quelqu&apos;un l&apos;a peut-être modifiée. Elle a été rechargée.</translation>
    </message>
    <message>
        <source>You created this order, so you cannot approve or reject it; another approver must.</source>
        <translation>Vous avez créé cette commande, vous ne pouvez donc ni l&apos;approuver ni la rejeter ; un autre approbateur doit le faire.</translation>
    </message>
    <message>
        <source>You have already approved this order; it waits for another approver.</source>
        <translation>Vous avez déjà approuvé cette commande ; elle attend un autre approbateur.</translation>
    </message>
    <message>
        <source>The approval rule for this order&apos;s amount does not allow you to approve it.</source>
        <translation>La règle d&apos;approbation pour le montant de cette commande ne vous permet pas de l&apos;approuver.</translation>
    </message>
    <message>
        <source>Only the order&apos;s creator or a buyer may withdraw it.</source>
        <translation>Seul le créateur de la commande ou un acheteur peut la retirer.</translation>
    </message>
    <message>
        <source>An order needs at least one line before it can be submitted.</source>
        <translation>Une commande doit avoir au moins une ligne avant d&apos;être soumise.</translation>
    </message>
    <message>
        <source>A line refers to a product that is no longer active.</source>
        <translation>Une ligne fait référence à un produit qui n&apos;est plus actif.</translation>
    </message>
    <message>
        <source>The supplier is no longer active.</source>
        <translation>Le fournisseur n&apos;est plus actif.</translation>
    </message>
    <message>
        <source>There is no exchange rate for the order&apos;s currency on or before its order date. Ask an administrator to enter one, then submit again.</source>
        <translation>Il n&apos;y a pas de taux de change pour la devise de la commande à sa date ou avant. Demandez à un administrateur d&apos;en saisir un, puis soumettez à nouveau.</translation>
    </message>
    <message>
        <source>No approval rule covers this order&apos;s total. Ask an administrator to check the approval rules.</source>
        <translation>Aucune règle d&apos;approbation ne couvre le total de cette commande. Demandez à un administrateur de vérifier les règles d&apos;approbation.</translation>
    </message>
    <message>
        <source>Please give a reason for rejecting the order.</source>
        <translation>Veuillez indiquer un motif de rejet de la commande.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Veuillez indiquer un motif.</translation>
    </message>
    <message>
        <source>The currency is not one the product knows.</source>
        <translation>Cette devise n&apos;est pas connue du programme.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>A quantity has at most 3 decimals.</source>
        <translation>Une quantité a au plus 3 décimales.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>La quantité est trop grande.</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>Le prix unitaire ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A unit price has at most 4 decimals.</source>
        <translation>Un prix unitaire a au plus 4 décimales.</translation>
    </message>
    <message>
        <source>The unit price is too large.</source>
        <translation>Le prix unitaire est trop élevé.</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation>Le taux de taxe doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>A tax rate has at most 2 decimals.</source>
        <translation>Un taux de taxe a au plus 2 décimales.</translation>
    </message>
    <message>
        <source>The supplier lists no price for this product and unit; please enter the unit price.</source>
        <translation>Le fournisseur n&apos;indique aucun prix pour ce produit et cette unité ; veuillez saisir le prix unitaire.</translation>
    </message>
    <message>
        <source>The unit is not one the product is counted in.</source>
        <translation>Le produit n&apos;est pas compté dans cette unité.</translation>
    </message>
    <message>
        <source>The quantity cannot be converted exactly into the product&apos;s stock unit.</source>
        <translation>La quantité ne peut pas être convertie exactement dans l&apos;unité de stock du produit.</translation>
    </message>
    <message>
        <source>A line amount is above %1.</source>
        <translation>Un montant de ligne dépasse %1.</translation>
    </message>
    <message>
        <source>The order total is above %1.</source>
        <translation>Le total de la commande dépasse %1.</translation>
    </message>
    <message>
        <source>Close Line Short…</source>
        <translation>Solder la ligne…</translation>
    </message>
    <message>
        <source>This line is already fully received or closed short.</source>
        <translation>Cette ligne est déjà entièrement reçue ou soldée.</translation>
    </message>
    <message>
        <source>Nothing has been received on this order yet, so its last open line cannot be closed short; cancel the order instead.</source>
        <translation>Rien n’a encore été reçu sur cette commande ; sa dernière ligne ouverte ne peut donc pas être soldée. Annulez plutôt la commande.</translation>
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
        <translation>Réceptionner des marchandises</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>Chargement de la commande…</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU, then press Enter</source>
        <translation>Scannez un code-barres ou saisissez une référence, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Scanner :</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Received So Far</source>
        <translation>Déjà reçu</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Receive Now</source>
        <translation>À réceptionner</translation>
    </message>
    <message>
        <source>Close Short</source>
        <translation>Solder</translation>
    </message>
    <message>
        <source>Reason for Closing Short</source>
        <translation>Motif du solde</translation>
    </message>
    <message>
        <source>Delivery note number, carrier, damage…</source>
        <translation>Numéro de bon de livraison, transporteur, dommages…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Réceptionner</translation>
    </message>
    <message>
        <source>%1 from %2, into %3. Tolerance: %4.</source>
        <translation>%1 de %2, vers %3. Tolérance : %4.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation>Code-barres : %1</translation>
    </message>
    <message>
        <source>closed short</source>
        <translation>soldée</translation>
    </message>
    <message>
        <source>Up to %1 with the receipt tolerance.</source>
        <translation>Jusqu’à %1 avec la tolérance de réception.</translation>
    </message>
    <message>
        <source>Receive now, %1</source>
        <translation>À réceptionner, %1</translation>
    </message>
    <message>
        <source>Close %1 short</source>
        <translation>Solder %1 en livraison partielle</translation>
    </message>
    <message>
        <source>Reason for closing %1 short</source>
        <translation>Motif du solde de %1</translation>
    </message>
    <message>
        <source>This order is %1; only approved or ordered orders can be received.</source>
        <translation>Cette commande est %1 ; seules les commandes approuvées ou passées peuvent être réceptionnées.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing on this order has the barcode or SKU “%1”. Check the product or the order.</source>
        <translation>Rien dans cette commande n’a le code-barres ou la référence « %1 ». Vérifiez l’article ou la commande.</translation>
    </message>
    <message>
        <source>%1: at most %2 may still be received; this item was not added.</source>
        <translation>%1 : au plus %2 peuvent encore être réceptionnés ; cet article n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>%1: the quantity typed cannot be read; correct it before scanning.</source>
        <translation>%1 : la quantité saisie est illisible ; corrigez-la avant de scanner.</translation>
    </message>
    <message>
        <source>%1: one added, %2 to receive now.</source>
        <translation>%1 : un ajouté, %2 à réceptionner maintenant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: at most %2 may still be received.</source>
        <translation>%1 : au plus %2 peuvent encore être réceptionnés.</translation>
    </message>
    <message>
        <source>%1: say why the line is closed short.</source>
        <translation>%1 : indiquez pourquoi la ligne est soldée en livraison partielle.</translation>
    </message>
    <message>
        <source>Closing short ends every line that is still open. Receive the rest of %1 or close it short as well.</source>
        <translation>Solder une livraison partielle clôt toutes les lignes encore ouvertes. Réceptionnez le reste de %1 ou soldez-la aussi.</translation>
    </message>
    <message>
        <source>Enter a quantity to receive or scan a barcode.</source>
        <translation>Saisissez une quantité à réceptionner ou scannez un code-barres.</translation>
    </message>
    <message>
        <source>%1: more than may still be received; someone may have received goods for this order in the meantime. The remaining quantities are updated; your entries are kept.</source>
        <translation>%1 : plus que ce qui peut encore être réceptionné ; quelqu’un a sans doute réceptionné des marchandises pour cette commande entre-temps. Les quantités restantes sont mises à jour ; vos saisies sont conservées.</translation>
    </message>
    <message>
        <source>%1: the line was closed short meanwhile and receives nothing more.</source>
        <translation>%1 : la ligne a été soldée entre-temps et ne reçoit plus rien.</translation>
    </message>
    <message>
        <source>The order cannot be received any more: it is now %1. Your entries are kept.</source>
        <translation>Cette commande ne peut plus être réceptionnée : elle est maintenant %1. Vos saisies sont conservées.</translation>
    </message>
    <message>
        <source>The lines could not be closed short: only an order with some goods received can be closed short.</source>
        <translation>Les lignes n’ont pas pu être soldées : seule une commande déjà partiellement reçue peut être soldée.</translation>
    </message>
</context>
<context>
    <name>erp::client::RecordForm</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This record no longer exists; someone may have deleted it.</source>
        <translation>Cet enregistrement n&apos;existe plus ; quelqu&apos;un l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Your session ended before the changes were saved. Your entries are still here: sign in again, then press Save.</source>
        <translation>Votre session a pris fin avant l&apos;enregistrement des modifications. Vos saisies sont toujours là : reconnectez-vous, puis cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Saving was cancelled. Your entries are still here.</source>
        <translation>L&apos;enregistrement a été annulé. Vos saisies sont toujours là.</translation>
    </message>
    <message>
        <source>Someone else changed this record; fetching their version…</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet enregistrement ; récupération de sa version…</translation>
    </message>
    <message>
        <source>Someone else deleted this record while you were editing it.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé cet enregistrement pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>Showing the record as it is now; your changes were discarded.</source>
        <translation>L&apos;enregistrement est affiché dans son état actuel ; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record. Save again to review the differences.</source>
        <translation>Non enregistré : quelqu&apos;un d&apos;autre a modifié cet enregistrement. Enregistrez à nouveau pour examiner les différences.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si vous n&apos;enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>Do you want to save your changes to “%1”?</source>
        <translation>Voulez-vous enregistrer vos modifications de « %1 » ?</translation>
    </message>
</context>
<context>
    <name>erp::client::RecordListPage</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
</context>
<context>
    <name>erp::client::ReferencePicker</name>
    <message>
        <source>Type to search, Down for a list</source>
        <translation>Tapez pour chercher, flèche bas pour une liste</translation>
    </message>
</context>
<context>
    <name>erp::client::RejectOrderDialog</name>
    <message>
        <source>Reject Purchase Order</source>
        <translation>Refuser la commande</translation>
    </message>
    <message>
        <source>Reject %1 and send it back to its buyer as a draft.</source>
        <translation>Refuser %1 et la renvoyer à son acheteur comme brouillon.</translation>
    </message>
    <message>
        <source>&amp;Reason for the buyer (required):</source>
        <translation>&amp;Motif pour l’acheteur (obligatoire) :</translation>
    </message>
    <message>
        <source>The buyer sees this reason; say what to change.</source>
        <translation>L’acheteur voit ce motif ; dites ce qu’il faut changer.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>erp::client::RelatedRecordsList</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>erp::client::RoleForm</name>
    <message>
        <source>The list of permissions could not be loaded: %1</source>
        <translation>Impossible de charger la liste des permissions : %1</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Donnez un nom au rôle.</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <source>Edit Role: %1</source>
        <translation>Modifier le rôle : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The administrator role always holds every permission; it cannot be changed or deleted.</source>
        <translation>Le rôle administrateur détient toujours toutes les permissions ; il ne peut être ni modifié ni supprimé.</translation>
    </message>
    <message>
        <source>A built-in role. You can adjust its permissions to suit your organisation.</source>
        <translation>Un rôle prédéfini. Vous pouvez adapter ses permissions à votre organisation.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rôle %1</translation>
    </message>
</context>
<context>
    <name>erp::client::RoleText</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable d’équipe</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Warehouse clerk</source>
        <translation>Magasinier</translation>
    </message>
</context>
<context>
    <name>erp::client::RolesPage</name>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Prédéfini</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Rechercher des rôles</translation>
    </message>
    <message>
        <source>No roles yet.</source>
        <translation>Aucun rôle pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No roles match the search or filter.</source>
        <translation>Aucun rôle ne correspond à la recherche ou au filtre.</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Built-in roles</source>
        <translation>Rôles prédéfinis</translation>
    </message>
    <message>
        <source>Custom roles</source>
        <translation>Rôles personnalisés</translation>
    </message>
    <message>
        <source>Role %1 created.</source>
        <translation>Rôle %1 créé.</translation>
    </message>
    <message>
        <source>Role %1 saved.</source>
        <translation>Rôle %1 enregistré.</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation>Supprimer le rôle %1 ?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Role %1 deleted.</source>
        <translation>Rôle %1 supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>The role %1 cannot be deleted because %n user(s) still have it. Remove the role from them on the Users page (filter by this role), then delete it.</source>
        <translation>
            <numerusform>Le rôle %1 ne peut pas être supprimé car %n utilisateur le détient encore. Retirez-lui ce rôle sur la page Utilisateurs (filtrez par ce rôle), puis supprimez-le.</numerusform>
            <numerusform>Le rôle %1 ne peut pas être supprimé car %n utilisateurs le détiennent encore. Retirez-leur ce rôle sur la page Utilisateurs (filtrez par ce rôle), puis supprimez-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>The role %1 cannot be deleted because users still have it. Remove the role from them on the Users page (filter by this role), then delete it.</source>
        <translation>Le rôle %1 ne peut pas être supprimé car des utilisateurs le détiennent encore. Retirez-leur ce rôle sur la page Utilisateurs (filtrez par ce rôle), puis supprimez-le.</translation>
    </message>
    <message>
        <source>Someone else changed the role %1 a moment ago. The list has been refreshed; please check and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de modifier le rôle %1. La liste a été actualisée ; vérifiez et réessayez.</translation>
    </message>
    <message>
        <source>Role Not Deleted</source>
        <translation>Rôle non supprimé</translation>
    </message>
    <message>
        <source>All permissions (%1)</source>
        <translation>Toutes les permissions (%1)</translation>
    </message>
</context>
<context>
    <name>erp::client::ServerProfileDialog</name>
    <message>
        <source>Enter the server&apos;s address, for example https://erp.example.com:8443. Only secure (https) connections are possible.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://erp.example.com:8443. Seules les connexions sécurisées (https) sont possibles.</translation>
    </message>
    <message>
        <source>The organisation is the short name you sign in with: lower-case letters, digits and hyphens.</source>
        <translation>L&apos;organisation est l&apos;identifiant court utilisé pour la connexion : lettres minuscules, chiffres et tirets.</translation>
    </message>
</context>
<context>
    <name>erp::client::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>My Sessions</source>
        <translation>Mes sessions</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>déconnectée</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>mot de passe modifié</translation>
    </message>
    <message>
        <source>password reset by an administrator</source>
        <translation>mot de passe réinitialisé par un administrateur</translation>
    </message>
    <message>
        <source>user deactivated</source>
        <translation>utilisateur désactivé</translation>
    </message>
    <message>
        <source>ended for safety: a sign-in token was used twice</source>
        <translation>terminée par sécurité : un jeton de connexion a été utilisé deux fois</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Appareil inconnu</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (cet appareil)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté le</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Active until %1</source>
        <translation>Active jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Ended %1 (%2)</source>
        <translation>Terminée le %1 (%2)</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expirée le %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Aucune session.</translation>
    </message>
    <message>
        <source>No sessions match the filter.</source>
        <translation>Aucune session ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Sign this session out: the device must sign in again.</source>
        <translation>Déconnecter cette session : l&apos;appareil devra se reconnecter.</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <source>Ended sessions</source>
        <translation>Sessions terminées</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>Revoke Session</source>
        <translation>Révoquer la session</translation>
    </message>
    <message>
        <source>Revoke the session of this device?</source>
        <translation>Révoquer la session de cet appareil ?</translation>
    </message>
    <message>
        <source>Revoke the session on %1?</source>
        <translation>Révoquer la session sur %1 ?</translation>
    </message>
    <message>
        <source>an unknown device</source>
        <translation>un appareil inconnu</translation>
    </message>
    <message>
        <source>You will be signed out of this client at once.</source>
        <translation>Vous serez immédiatement déconnecté de ce client.</translation>
    </message>
    <message>
        <source>That device will have to sign in again.</source>
        <translation>Cet appareil devra se reconnecter.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Session revoked.</source>
        <translation>Session révoquée.</translation>
    </message>
    <message>
        <source>Session Not Revoked</source>
        <translation>Session non révoquée</translation>
    </message>
    <message>
        <source>ERP client %1</source>
        <translation>Client ERP %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sous %2</translation>
    </message>
    <message>
        <source>Command-line tool (%1)</source>
        <translation>Outil en ligne de commande (%1)</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Navigateur web</translation>
    </message>
</context>
<context>
    <name>erp::client::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Add Server Profile</source>
        <translation>Ajouter un profil de serveur</translation>
    </message>
    <message>
        <source>Edit Server Profile</source>
        <translation>Modifier le profil de serveur</translation>
    </message>
    <message>
        <source>Set up by your IT department, so it cannot be changed or removed here. Ask your IT department to change it.</source>
        <translation>Configuré par votre service informatique : il ne peut pas être modifié ni supprimé ici. Demandez à votre service informatique de le changer.</translation>
    </message>
    <message>
        <source>Select one of your own server profiles first.</source>
        <translation>Sélectionnez d’abord l’un de vos propres profils de serveur.</translation>
    </message>
</context>
<context>
    <name>erp::client::StockAdjustmentDialog</name>
    <message>
        <source>Adjust Stock After a Count</source>
        <translation>Corriger le stock après inventaire</translation>
    </message>
    <message>
        <source>SKU, barcode or name</source>
        <translation>Référence, code-barres ou nom</translation>
    </message>
    <message>
        <source>Location code or name</source>
        <translation>Code ou nom de l’emplacement</translation>
    </message>
    <message>
        <source>Annual count, damaged goods, found in another bin…</source>
        <translation>Inventaire annuel, marchandise abîmée, trouvée dans un autre casier…</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Article :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>On hand now:</source>
        <translation>En stock actuellement :</translation>
    </message>
    <message>
        <source>&amp;Counted quantity:</source>
        <translation>&amp;Quantité comptée :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Book Count</source>
        <translation>Enregistrer le comptage</translation>
    </message>
    <message>
        <source>Choose a product and a location.</source>
        <translation>Choisissez un article et un emplacement.</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose the product that was counted.</source>
        <translation>Choisissez l’article compté.</translation>
    </message>
    <message>
        <source>Choose the location that was counted.</source>
        <translation>Choisissez l’emplacement compté.</translation>
    </message>
    <message>
        <source>Counted quantity: %1</source>
        <translation>Quantité comptée : %1</translation>
    </message>
    <message>
        <source>Say why the stock is corrected.</source>
        <translation>Indiquez pourquoi le stock est corrigé.</translation>
    </message>
    <message>
        <source>The organisation does not allow negative stock; the count cannot go below zero.</source>
        <translation>L’organisation n’autorise pas de stock négatif ; le comptage ne peut pas être inférieur à zéro.</translation>
    </message>
</context>
<context>
    <name>erp::client::StockMovesPage</name>
    <message>
        <source>Product:</source>
        <translation>Article :</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Stock Moves</source>
        <translation>Mouvements de stock</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>(outside)</source>
        <translation>(extérieur)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No stock moves yet.</source>
        <translation>Aucun mouvement de stock pour l’instant.</translation>
    </message>
    <message>
        <source>No stock moves match the filters.</source>
        <translation>Aucun mouvement ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <source>Purchase order #%1</source>
        <translation>Commande fournisseur n° %1</translation>
    </message>
    <message>
        <source>Moves booked on or after this day</source>
        <translation>Mouvements enregistrés à partir de ce jour</translation>
    </message>
    <message>
        <source>Moves booked on or before this day</source>
        <translation>Mouvements enregistrés jusqu’à ce jour</translation>
    </message>
</context>
<context>
    <name>erp::client::StockPage</name>
    <message>
        <source>Warehouse:</source>
        <translation>Entrepôt :</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Réapprovisionnement</translation>
    </message>
    <message>
        <source>Below reorder point (%1)</source>
        <translation>Sous le seuil de réapprovisionnement (%1)</translation>
    </message>
    <message>
        <source>The product&apos;s stock over all locations is below its reorder point of %1.</source>
        <translation>Le stock de l’article sur tous les emplacements est sous son seuil de réapprovisionnement de %1.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>On Hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>À recevoir</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Search SKU, barcode or product name</source>
        <translation>Rechercher référence, code-barres ou nom d’article</translation>
    </message>
    <message>
        <source>No stock booked yet.</source>
        <translation>Aucun stock enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>No stock matches the search or filters.</source>
        <translation>Aucun stock ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Tous les entrepôts</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>Below reorder point only</source>
        <translation>Seulement sous le seuil</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Ajuster…</translation>
    </message>
    <message>
        <source>Book a count for the selected product and location</source>
        <translation>Enregistrer un comptage pour l’article et l’emplacement sélectionnés</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <source>Move stock of the selected product to another location</source>
        <translation>Déplacer le stock de l’article sélectionné vers un autre emplacement</translation>
    </message>
    <message>
        <source>Count booked.</source>
        <translation>Comptage enregistré.</translation>
    </message>
    <message>
        <source>Stock transferred.</source>
        <translation>Stock déplacé.</translation>
    </message>
    <message>
        <source>On hand at standard cost, in %1</source>
        <translation>Stock au coût standard, en %1</translation>
    </message>
</context>
<context>
    <name>erp::client::StockTransferDialog</name>
    <message>
        <source>Transfer Stock</source>
        <translation>Transférer du stock</translation>
    </message>
    <message>
        <source>SKU, barcode or name</source>
        <translation>Référence, code-barres ou nom</translation>
    </message>
    <message>
        <source>Location code or name</source>
        <translation>Code ou nom de l’emplacement</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Article :</translation>
    </message>
    <message>
        <source>&amp;From location:</source>
        <translation>&amp;Emplacement de départ :</translation>
    </message>
    <message>
        <source>&amp;To location:</source>
        <translation>&amp;Emplacement d’arrivée :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Choose the product to move.</source>
        <translation>Choisissez l’article à déplacer.</translation>
    </message>
    <message>
        <source>Choose where the goods come from and where they go.</source>
        <translation>Choisissez d’où vient la marchandise et où elle va.</translation>
    </message>
    <message>
        <source>The goods must go to another location.</source>
        <translation>La marchandise doit aller vers un autre emplacement.</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Quantité : %1</translation>
    </message>
    <message>
        <source>Quantity: move more than zero.</source>
        <translation>Quantité : déplacez plus que zéro.</translation>
    </message>
    <message>
        <source>Not enough stock: %1 has only %2 at %3.</source>
        <translation>Stock insuffisant : %1 n’a que %2 à %3.</translation>
    </message>
</context>
<context>
    <name>erp::client::SupplierForm</name>
    <message>
        <source>Enter a short code for the supplier, for example ACME.</source>
        <translation>Saisissez un code court pour le fournisseur, par exemple ACME.</translation>
    </message>
    <message>
        <source>Enter the supplier&apos;s name.</source>
        <translation>Saisissez le nom du fournisseur.</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation>Saisissez une adresse e-mail valide, par exemple nom@example.com.</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <source>Supplier “%1”</source>
        <translation>Fournisseur « %1 »</translation>
    </message>
    <message>
        <source>New Supplier</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <source>Edit Supplier</source>
        <translation>Modifier le fournisseur</translation>
    </message>
    <message>
        <source>Supplier: %1</source>
        <translation>Fournisseur : %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Personne à contacter :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>Conditions de &amp;paiement :</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>&amp;Délai de livraison :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>e.g. ACME</source>
        <translation>p. ex. ACME</translation>
    </message>
    <message>
        <source>e.g. 30 days net</source>
        <translation>p. ex. 30 jours net</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Acti&amp;ve (new orders may go to this supplier)</source>
        <translation>Acti&amp;f (de nouvelles commandes peuvent être passées à ce fournisseur)</translation>
    </message>
</context>
<context>
    <name>erp::client::SupplierPriceForm</name>
    <message>
        <source>Choose the supplier.</source>
        <translation>Choisissez le fournisseur.</translation>
    </message>
    <message>
        <source>Choose the unit the price is for.</source>
        <translation>Choisissez l’unité à laquelle le prix s’applique.</translation>
    </message>
    <message>
        <source>New supplier price</source>
        <translation>Nouveau prix fournisseur</translation>
    </message>
    <message>
        <source>Price of “%1”</source>
        <translation>Prix de « %1 »</translation>
    </message>
    <message>
        <source>New Supplier Price</source>
        <translation>Nouveau prix fournisseur</translation>
    </message>
    <message>
        <source>Supplier Price: %1</source>
        <translation>Prix fournisseur : %1</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>From &amp;quantity:</source>
        <translation>À partir de la &amp;quantité :</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>&amp;Prix unitaire :</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>&amp;Délai de livraison :</translation>
    </message>
    <message>
        <source>Type to search suppliers</source>
        <translation>Tapez pour rechercher des fournisseurs</translation>
    </message>
    <message>
        <source>Supplier&apos;s usual</source>
        <translation>Habituel du fournisseur</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>erp::client::SuppliersPage</name>
    <message>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Search by code, name or email</source>
        <translation>Rechercher par code, nom ou e-mail</translation>
    </message>
    <message>
        <source>No suppliers yet.</source>
        <translation>Aucun fournisseur pour l’instant.</translation>
    </message>
    <message>
        <source>No suppliers match the search or filter.</source>
        <translation>Aucun fournisseur ne correspond à la recherche ou au filtre.</translation>
    </message>
    <message>
        <source>New Supplier</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <source>Supplier “%1” created.</source>
        <translation>Fournisseur « %1 » créé.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Modifications de « %1 » enregistrées.</translation>
    </message>
</context>
<context>
    <name>erp::client::UnitForm</name>
    <message>
        <source>Choose the unit&apos;s category.</source>
        <translation>Choisissez la catégorie de l’unité.</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name, for example Box of 12.</source>
        <translation>Saisissez le nom de l’unité, par exemple Carton de 12.</translation>
    </message>
    <message>
        <source>Enter a short symbol, for example box12.</source>
        <translation>Saisissez un symbole court, par exemple box12.</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Nouvelle unité</translation>
    </message>
    <message>
        <source>Unit “%1”</source>
        <translation>Unité « %1 »</translation>
    </message>
    <message>
        <source>New Unit</source>
        <translation>Nouvelle unité</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unité : %1</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbole :</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Facteur :</translation>
    </message>
    <message>
        <source>How many of the category&apos;s base unit one of this unit is, exactly: a box of 12 pieces is 12, a gram is 0.001 kilograms.</source>
        <translation>Combien d’unités de base de la catégorie vaut exactement une de ces unités : un carton de 12 pièces vaut 12, un gramme vaut 0,001 kilogramme.</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;f</translation>
    </message>
</context>
<context>
    <name>erp::client::UnitsPage</name>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Search by name or symbol</source>
        <translation>Rechercher par nom ou symbole</translation>
    </message>
    <message>
        <source>No units yet.</source>
        <translation>Aucune unité pour l’instant.</translation>
    </message>
    <message>
        <source>No units match the search.</source>
        <translation>Aucune unité ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>New Unit</source>
        <translation>Nouvelle unité</translation>
    </message>
    <message>
        <source>Unit “%1” created.</source>
        <translation>Unité « %1 » créée.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Modifications de « %1 » enregistrées.</translation>
    </message>
</context>
<context>
    <name>erp::client::UserForm</name>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>Impossible de charger les rôles : %1</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation>Saisissez une adresse e-mail valide, par exemple nom@example.com.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Set an initial password for the user.</source>
        <translation>Définissez un mot de passe initial pour l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation>Modifier l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Edit User: %1</source>
        <translation>Modifier l&apos;utilisateur : %1</translation>
    </message>
    <message>
        <source>(no roles)</source>
        <translation>(aucun rôle)</translation>
    </message>
    <message>
        <source>(a new password)</source>
        <translation>(un nouveau mot de passe)</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Mot de &amp;passe initial :</translation>
    </message>
    <message>
        <source>At least %1 characters; a passphrase of several words is best. Give it to the user in person.</source>
        <translation>Au moins %1 caractères ; une phrase de passe de plusieurs mots est idéale. Remettez-le en main propre à l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nouveau mot de &amp;passe :</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password. A new password signs the user out on every device, and they must replace it with one of their own at their next sign-in.</source>
        <translation>Laissez vide pour conserver le mot de passe actuel. Un nouveau mot de passe déconnecte l&apos;utilisateur sur tous ses appareils, et il devra le remplacer par le sien à sa prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>erp::client::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Rechercher un nom ou un e-mail</translation>
    </message>
    <message>
        <source>No users yet. Create the first one with “New User”.</source>
        <translation>Aucun utilisateur pour l&apos;instant. Créez le premier avec « Nouvel utilisateur ».</translation>
    </message>
    <message>
        <source>No users match the search or filters.</source>
        <translation>Aucun utilisateur ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Actifs et inactifs</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actifs uniquement</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Inactifs uniquement</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Utilisateur %1 créé.</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>Modifications de %1 enregistrées.</translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Désactiver %1 ?</translation>
    </message>
    <message>
        <source>%1 will be signed out on every device and cannot sign in until reactivated. Their records stay.</source>
        <translation>%1 sera déconnecté sur tous les appareils et ne pourra plus se connecter avant d&apos;être réactivé. Ses données sont conservées.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 a été désactivé.</translation>
    </message>
    <message>
        <source>Someone else changed this user a moment ago. The list has been refreshed; please check and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de modifier cet utilisateur. La liste a été actualisée ; vérifiez et réessayez.</translation>
    </message>
    <message>
        <source>Unlock Sign-in</source>
        <translation>Débloquer la connexion</translation>
    </message>
    <message>
        <source>Lets the user sign in again at once after too many failed attempts.</source>
        <translation>Permet à l&apos;utilisateur de se reconnecter immédiatement après trop de tentatives échouées.</translation>
    </message>
    <message>
        <source>%1 can sign in again at once.</source>
        <translation>%1 peut de nouveau se connecter immédiatement.</translation>
    </message>
    <message>
        <source>%1 was not locked out.</source>
        <translation>%1 n&apos;était pas bloqué.</translation>
    </message>
</context>
<context>
    <name>erp::client::WarehouseForm</name>
    <message>
        <source>Enter a short code, for example MAIN.</source>
        <translation>Saisissez un code court, par exemple MAIN.</translation>
    </message>
    <message>
        <source>Enter the warehouse&apos;s name.</source>
        <translation>Saisissez le nom de l’entrepôt.</translation>
    </message>
    <message>
        <source>New warehouse</source>
        <translation>Nouvel entrepôt</translation>
    </message>
    <message>
        <source>Warehouse “%1”</source>
        <translation>Entrepôt « %1 »</translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation>Nouvel entrepôt</translation>
    </message>
    <message>
        <source>Warehouse: %1</source>
        <translation>Entrepôt : %1</translation>
    </message>
    <message>
        <source>Save the warehouse first; then add its receiving and storage locations.</source>
        <translation>Enregistrez d’abord l’entrepôt, puis ajoutez ses emplacements de réception et de stockage.</translation>
    </message>
    <message>
        <source>The locations could not be loaded: %1</source>
        <translation>Les emplacements n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Goods for this warehouse are received into its receiving location.</source>
        <translation>Les marchandises de cet entrepôt sont reçues dans son emplacement de réception.</translation>
    </message>
    <message>
        <source>This warehouse has no active receiving location: goods cannot be received into it until one is added.</source>
        <translation>Cet entrepôt n’a aucun emplacement de réception actif : aucune marchandise ne peut y être reçue tant qu’il n’en a pas.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;f</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Emplacements</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Add Loca&amp;tion…</source>
        <translation>Ajouter un empl&amp;acement…</translation>
    </message>
    <message>
        <source>Edit Locat&amp;ion…</source>
        <translation>Modifier l’emplacem&amp;ent…</translation>
    </message>
</context>
<context>
    <name>erp::client::WarehousesPage</name>
    <message>
        <source>Warehouses</source>
        <translation>Entrepôts</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Search by code or name</source>
        <translation>Rechercher par code ou nom</translation>
    </message>
    <message>
        <source>No warehouses yet.</source>
        <translation>Aucun entrepôt pour l’instant.</translation>
    </message>
    <message>
        <source>No warehouses match the search.</source>
        <translation>Aucun entrepôt ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation>Nouvel entrepôt</translation>
    </message>
    <message>
        <source>Warehouse “%1” created.</source>
        <translation>Entrepôt « %1 » créé.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Modifications de « %1 » enregistrées.</translation>
    </message>
</context>
</TS>
