<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>Car&amp;go:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsable:</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <source>Mark &amp;Won</source>
        <translation>Marcar como &amp;ganada</translation>
    </message>
    <message>
        <source>Mark &amp;Lost…</source>
        <translation>Marcar como per&amp;dida…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation>Con&amp;vertir…</translation>
    </message>
    <message>
        <source>What the customer wants, e.g. 40 office chairs</source>
        <translation>Lo que quiere el cliente, p. ej. 40 sillas de oficina</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>Trade fair, website, referral…</source>
        <translation>Feria, sitio web, recomendación…</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Probabilidad:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>&amp;Cierre previsto:</translation>
    </message>
    <message>
        <source>Set an expected close date</source>
        <translation>Fijar una fecha de cierre prevista</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Co&amp;ntacto:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Or&amp;igen:</translation>
    </message>
    <message>
        <source>Estimated val&amp;ue:</source>
        <translation>Valor esti&amp;mado:</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>Et&amp;apa:</translation>
    </message>
    <message>
        <source>Ow&amp;ner:</source>
        <translation>Re&amp;sponsable:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to your organisation</source>
        <translation>Inicie sesión en su organización</translation>
    </message>
    <message>
        <source>Use the server address and organisation your administrator gave you.</source>
        <translation>Use la dirección del servidor y la organización que le indicó su administrador.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>p. ej., acme</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The password must have at most 1024 characters.</source>
        <translation>La contraseña debe tener como máximo 1024 caracteres.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used passwords.</source>
        <translation>Esta contraseña es una de las más utilizadas.</translation>
    </message>
    <message>
        <source>The password must not be one repeated character, your email address or the organisation&apos;s name.</source>
        <translation>La contraseña no puede ser un único carácter repetido, su correo electrónico ni el nombre de la organización.</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>e.g. Accounts payable</source>
        <translation>p. ej., Cuentas por pagar</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Permisos:</translation>
    </message>
</context>
<context>
    <name>ServerProfileDialog</name>
    <message>
        <source>Server Profile</source>
        <translation>Perfil de servidor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Sede central</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>https://erp.example.com:8443</source>
        <translation>https://erp.example.com:8443</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The new language applies as soon as you press OK.</source>
        <translation>El nuevo idioma se aplica en cuanto pulse Aceptar.</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Perfiles de servidor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>Colours change at once. Text size follows your system&apos;s font settings.</source>
        <translation>Los colores cambian de inmediato. El tamaño del texto sigue la configuración de fuentes del sistema.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>&amp;Active (can sign in)</source>
        <translation>&amp;Activo (puede iniciar sesión)</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Roles:</translation>
    </message>
</context>
<context>
    <name>erp::client::Accessibility</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <source>%1 choices</source>
        <translation>%1 – opciones</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
</context>
<context>
    <name>erp::client::AccountForm</name>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Introduzca el nombre de la empresa.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>Account “%1”</source>
        <translation>Cuenta «%1»</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>No contacts at this account yet.</source>
        <translation>Todavía no hay contactos en esta cuenta.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>No leads were converted to this account.</source>
        <translation>Ninguna oportunidad se ha convertido en esta cuenta.</translation>
    </message>
</context>
<context>
    <name>erp::client::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>No accounts yet. Accounts are created here or when a lead is converted.</source>
        <translation>Todavía no hay cuentas. Las cuentas se crean aquí o al convertir un prospecto.</translation>
    </message>
    <message>
        <source>No accounts match the search.</source>
        <translation>Ninguna cuenta coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Account “%1” created.</source>
        <translation>Cuenta «%1» creada.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Cambios en «%1» guardados.</translation>
    </message>
    <message>
        <source>Its activities are deleted with it.</source>
        <translation>Sus actividades se eliminan con él.</translation>
    </message>
</context>
<context>
    <name>erp::client::ActivitiesPanel</name>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>New Activity…</source>
        <translation>Nueva actividad…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>The activities could not be loaded: %1</source>
        <translation>No se pudieron cargar las actividades: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Todavía no hay actividades.</translation>
    </message>
    <message>
        <source>Save the record first; then you can plan activities for it.</source>
        <translation>Guarde primero el registro; después podrá planificar actividades para él.</translation>
    </message>
    <message>
        <source>Activity “%1” created.</source>
        <translation>Actividad «%1» creada.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Cambios en «%1» guardados.</translation>
    </message>
</context>
<context>
    <name>erp::client::ActivityActions</name>
    <message>
        <source>Activity Not Changed</source>
        <translation>Actividad no modificada</translation>
    </message>
    <message>
        <source>“%1” is done.</source>
        <translation>«%1» está hecha.</translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation>Eliminar actividad</translation>
    </message>
    <message>
        <source>Delete the activity “%1”?</source>
        <translation>¿Eliminar la actividad «%1»?</translation>
    </message>
    <message>
        <source>It is removed for everyone. The audit log keeps a record of it.</source>
        <translation>Se elimina para todos. El registro de auditoría guarda constancia.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Activity Not Deleted</source>
        <translation>Actividad no eliminada</translation>
    </message>
    <message>
        <source>Activity “%1” deleted.</source>
        <translation>Actividad «%1» eliminada.</translation>
    </message>
</context>
<context>
    <name>erp::client::ActivityForm</name>
    <message>
        <source>Lead: %1</source>
        <translation>Prospecto: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <source>Do&amp;ne:</source>
        <translation>&amp;Hecha:</translation>
    </message>
    <message>
        <source>This activity is done</source>
        <translation>Esta actividad está hecha</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Say in a few words what is to be done.</source>
        <translation>Diga en pocas palabras qué hay que hacer.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation>Actividad «%1»</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Actividad: %1</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Escriba para buscar…</translation>
    </message>
    <message>
        <source>Choose the lead, contact or account this activity is about.</source>
        <translation>Elija el prospecto, contacto o cuenta al que se refiere esta actividad.</translation>
    </message>
    <message>
        <source>About a</source>
        <translation>Se refiere a</translation>
    </message>
    <message>
        <source>Whether the activity is about a lead, a contact or an account</source>
        <translation>Si la actividad se refiere a un cliente potencial, un contacto o una cuenta</translation>
    </message>
    <message>
        <source>The people to assign to could not be loaded: %1</source>
        <translation>No se pudieron cargar las personas a las que asignar: %1</translation>
    </message>
    <message>
        <source>Activities you create are yours; a manager can give them to someone else.</source>
        <translation>Las actividades que crea son suyas; un responsable puede asignarlas a otra persona.</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>Asi&amp;gnada a:</translation>
    </message>
</context>
<context>
    <name>erp::client::AddressEditor</name>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Calle:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>&amp;Código postal:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
</context>
<context>
    <name>erp::client::ApprovalInboxPage</name>
    <message>
        <source>Approval Inbox</source>
        <translation>Bandeja de aprobación</translation>
    </message>
    <message>
        <source>a draft again</source>
        <translation>de nuevo un borrador</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>pendiente de aprobación</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>enviado al proveedor</translation>
    </message>
    <message>
        <source>partially received</source>
        <translation>recibido en parte</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>de %1 a menos de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n approver(s)</source>
        <translation>
            <numerusform>%1: %n aprobador</numerusform>
            <numerusform>%1: %n aprobadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with the role “%1”</source>
        <translation>
            <numerusform>, %n con el rol «%1»</numerusform>
            <numerusform>, %n con el rol «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: someone else has already dealt with this order; it is now %2.</source>
        <translation>%1: otra persona ya se ha ocupado de este pedido; ahora está %2.</translation>
    </message>
    <message>
        <source>%1: you created this order, so someone else has to approve it.</source>
        <translation>%1: usted creó este pedido, así que debe aprobarlo otra persona.</translation>
    </message>
    <message>
        <source>%1: approving an order of this amount needs a permission you do not have.</source>
        <translation>%1: aprobar un pedido de este importe requiere un permiso que usted no tiene.</translation>
    </message>
    <message>
        <source>%1: you have approved this order already; it needs another approver.</source>
        <translation>%1: ya aprobó este pedido; necesita otro aprobador.</translation>
    </message>
    <message>
        <source>%1: the approval still missing must come from someone with the role “%2”.</source>
        <translation>%1: la aprobación que falta debe darla alguien con el rol «%2».</translation>
    </message>
    <message>
        <source>%1: this order no longer exists.</source>
        <translation>%1: este pedido ya no existe.</translation>
    </message>
    <message>
        <source>%1: a rejection needs a reason.</source>
        <translation>%1: un rechazo necesita un motivo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Approval Rule</source>
        <translation>Regla de aprobación</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Order Date</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total in Base Currency</source>
        <translation>Total en moneda base</translation>
    </message>
    <message>
        <source>Search order number</source>
        <translation>Buscar número de pedido</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>Nada espera su aprobación.</translation>
    </message>
    <message>
        <source>No order waiting for you matches the search.</source>
        <translation>Ningún pedido pendiente de usted coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>Approve the selected orders (Ctrl+Enter)</source>
        <translation>Aprobar los pedidos seleccionados (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Send the selected orders back to their buyers with a reason</source>
        <translation>Devolver los pedidos seleccionados a sus compradores con un motivo</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n purchase order(s)?</source>
        <translation>
            <numerusform>¿Aprobar %n pedido?</numerusform>
            <numerusform>¿Aprobar %n pedidos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>In the base currency: %1</source>
        <translation>En moneda base: %1</translation>
    </message>
    <message>
        <source>Approve Purchase Orders</source>
        <translation>Aprobar pedidos</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n Order(s)</source>
        <translation>
            <numerusform>Aprobar %n pedido</numerusform>
            <numerusform>Aprobar %n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rejected; the buyer sees your reason.</source>
        <translation>%1: rechazado; el comprador ve su motivo.</translation>
    </message>
    <message>
        <source>%1: approved.</source>
        <translation>%1: aprobado.</translation>
    </message>
    <message numerus="yes">
        <source>%1: your approval is recorded; it needs %n more.</source>
        <translation>
            <numerusform>%1: su aprobación está registrada; falta %n más.</numerusform>
            <numerusform>%1: su aprobación está registrada; faltan %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) done.</source>
        <translation>
            <numerusform>%n pedido listo.</numerusform>
            <numerusform>%n pedidos listos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be changed; see the list above.</source>
        <translation>
            <numerusform>%n pedido no se pudo cambiar; vea la lista de arriba.</numerusform>
            <numerusform>%n pedidos no se pudieron cambiar; vea la lista de arriba.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::client::ApprovalRuleForm</name>
    <message>
        <source>New approval band</source>
        <translation>Nuevo tramo de aprobación</translation>
    </message>
    <message>
        <source>Approval band from %1</source>
        <translation>Tramo de aprobación desde %1</translation>
    </message>
    <message>
        <source>Approval band %1 to %2</source>
        <translation>Tramo de aprobación de %1 a %2</translation>
    </message>
    <message>
        <source>New Approval Band</source>
        <translation>Nuevo tramo de aprobación</translation>
    </message>
    <message>
        <source>Approval Band</source>
        <translation>Tramo de aprobación</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>sin límite superior</translation>
    </message>
    <message>
        <source>anyone with the permission</source>
        <translation>cualquiera con el permiso</translation>
    </message>
    <message>
        <source>Order total &amp;from:</source>
        <translation>Total del pedido &amp;desde:</translation>
    </message>
    <message>
        <source>up &amp;to (not including):</source>
        <translation>&amp;hasta (sin incluir):</translation>
    </message>
    <message>
        <source>&amp;Approvers needed:</source>
        <translation>&amp;Aprobadores necesarios:</translation>
    </message>
    <message>
        <source>Approvers hold &amp;permission:</source>
        <translation>Los aprobadores tienen el &amp;permiso:</translation>
    </message>
    <message>
        <source>Of &amp;whom some hold role:</source>
        <translation>De los cuales tienen el &amp;rol:</translation>
    </message>
    <message>
        <source>(no role needed)</source>
        <translation>(no se requiere rol)</translation>
    </message>
    <message>
        <source>&amp;How many with the role:</source>
        <translation>&amp;Cuántos con el rol:</translation>
    </message>
    <message>
        <source>Amounts are order totals in the base currency (%1). With 0 approvers, submitting an order approves it at once. The creator of an order never counts as its approver.</source>
        <translation>Los importes son totales de pedido en la moneda base (%1). Con 0 aprobadores, enviar un pedido lo aprueba de inmediato. Quien crea un pedido nunca cuenta como su aprobador.</translation>
    </message>
</context>
<context>
    <name>erp::client::ApprovalRulesPage</name>
    <message>
        <source>Approval Rules</source>
        <translation>Reglas de aprobación</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>sin límite superior</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Aprobadores</translation>
    </message>
    <message>
        <source>none (approved at submit)</source>
        <translation>ninguno (aprobado al enviar)</translation>
    </message>
    <message>
        <source>Of whom with role</source>
        <translation>De ellos con el rol</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>From (%1)</source>
        <translation>Desde (%1)</translation>
    </message>
    <message>
        <source>Up to (%1)</source>
        <translation>Hasta (%1)</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>No approval bands: no order can be submitted until one exists.</source>
        <translation>No hay tramos de aprobación: no se puede enviar ningún pedido hasta que exista uno.</translation>
    </message>
    <message>
        <source>New Band</source>
        <translation>Nuevo tramo</translation>
    </message>
    <message>
        <source>Delete Band…</source>
        <translation>Eliminar tramo…</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>from %1 upwards</source>
        <translation>desde %1 en adelante</translation>
    </message>
    <message>
        <source>Every order total is covered by a band.</source>
        <translation>Cada total de pedido está cubierto por un tramo.</translation>
    </message>
    <message>
        <source>Orders with a total %1 cannot be submitted: no band covers them.</source>
        <translation>Los pedidos con un total %1 no se pueden enviar: ningún tramo los cubre.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Approval band %1 added.</source>
        <translation>Tramo de aprobación %1 añadido.</translation>
    </message>
    <message>
        <source>Approval band %1 saved.</source>
        <translation>Tramo de aprobación %1 guardado.</translation>
    </message>
    <message>
        <source>Delete Approval Band</source>
        <translation>Eliminar tramo de aprobación</translation>
    </message>
    <message>
        <source>Delete the band from %1 up to %2? Orders whose total no band covers cannot be submitted; orders already submitted keep their band.</source>
        <translation>¿Eliminar el tramo de %1 a %2? Los pedidos cuyo total no cubre ningún tramo no se pueden enviar; los pedidos ya enviados conservan su tramo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The band was not deleted: %1</source>
        <translation>El tramo no se eliminó: %1</translation>
    </message>
    <message>
        <source>Approval band deleted.</source>
        <translation>Tramo de aprobación eliminado.</translation>
    </message>
</context>
<context>
    <name>erp::client::AuditDetailView</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Seleccione una entrada para ver qué cambió.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Por: %1</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>el sistema</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Solicitud: %1</translation>
    </message>
    <message>
        <source>(no details recorded)</source>
        <translation>(no se registraron detalles)</translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation>Configuración de la organización</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Etapa del embudo</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Pedido de compra</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Supplier price</source>
        <translation>Precio de proveedor</translation>
    </message>
    <message>
        <source>Approval rule</source>
        <translation>Regla de aprobación</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Ubicación de almacenamiento</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renombrado</translation>
    </message>
    <message>
        <source>Moved in the order</source>
        <translation>Movido en el orden</translation>
    </message>
    <message>
        <source>Moved to another stage</source>
        <translation>Movido a otra etapa</translation>
    </message>
    <message>
        <source>Given to another owner</source>
        <translation>Asignado a otro responsable</translation>
    </message>
    <message>
        <source>Lines changed</source>
        <translation>Líneas modificadas</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Enviado para aprobación</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Mercancía recibida</translation>
    </message>
    <message>
        <source>Closed short</source>
        <translation>Cerrado con faltante</translation>
    </message>
    <message>
        <source>Taken back to draft</source>
        <translation>Devuelto a borrador</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivado</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Contraseña restablecida</translation>
    </message>
    <message>
        <source>Sign-in unlocked</source>
        <translation>Inicio de sesión desbloqueado</translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation>Dirección de correo cambiada</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>Session renewed</source>
        <translation>Sesión renovada</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión finalizada</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Password change failed</source>
        <translation>Error al cambiar la contraseña</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valor estimado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <source>Owner (number)</source>
        <translation>Responsable (número)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stage (number)</source>
        <translation>Etapa (número)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>Motivo de pérdida</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Converted to account</source>
        <translation>Convertido en cuenta</translation>
    </message>
    <message>
        <source>Converted to contact</source>
        <translation>Convertido en contacto</translation>
    </message>
    <message>
        <source>Converted on</source>
        <translation>Convertido el</translation>
    </message>
    <message>
        <source>Account (number)</source>
        <translation>Cuenta (número)</translation>
    </message>
    <message>
        <source>Contact (number)</source>
        <translation>Contacto (número)</translation>
    </message>
    <message>
        <source>Lead (number)</source>
        <translation>Prospecto (número)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Assigned to (number)</source>
        <translation>Asignada a (número)</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Created by (number)</source>
        <translation>Creado por (número)</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Leads moved</source>
        <translation>Prospectos movidos</translation>
    </message>
    <message>
        <source>Leads moved to stage</source>
        <translation>Prospectos movidos a la etapa</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Predefinido</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Roles (numbers)</source>
        <translation>Roles (números)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Debe cambiar la contraseña</translation>
    </message>
    <message>
        <source>User (number)</source>
        <translation>Usuario (número)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Dirección de red</translation>
    </message>
    <message>
        <source>Sessions ended</source>
        <translation>Sesiones finalizadas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Supplier (number)</source>
        <translation>Proveedor (número)</translation>
    </message>
    <message>
        <source>Warehouse (number)</source>
        <translation>Almacén (número)</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>Entrega prevista</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Approval band</source>
        <translation>Tramo de aprobación</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>Código de la organización</translation>
    </message>
    <message>
        <source>Administrator&apos;s email</source>
        <translation>Correo del administrador</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sesión de %1</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
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
        <translation>%1 %2 desde el %3</translation>
    </message>
    <message>
        <source>%1 of %2 for %3</source>
        <translation>%1 de %2 para %3</translation>
    </message>
</context>
<context>
    <name>erp::client::AuditLogPage</name>
    <message>
        <source>Audit Log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(sistema)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>El registro de auditoría está vacío.</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Ninguna entrada coincide con los filtros.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>erp::client::CertificateTrustDialog</name>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>itself (self-signed)</source>
        <translation>sí mismo (autofirmado)</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Trusted fingerprint (SHA-256):</source>
        <translation>Huella digital de confianza (SHA-256):</translation>
    </message>
    <message>
        <source>Fingerprint now (SHA-256):</source>
        <translation>Huella digital actual (SHA-256):</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Huella digital (SHA-256):</translation>
    </message>
    <message>
        <source>Unknown Server Certificate</source>
        <translation>Certificado de servidor desconocido</translation>
    </message>
    <message>
        <source>Do you trust the server %1?</source>
        <translation>¿Confía en el servidor %1?</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not vouched for by any certificate authority this computer knows. This is normal for a company server with its own certificate, but it is also what an impostor&apos;s certificate looks like.</source>
        <translation>Ninguna autoridad de certificación que conozca este equipo avala el certificado del servidor. Es normal en un servidor de empresa con certificado propio, pero también es el aspecto que tiene el certificado de un impostor.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your IT department gave you. Trust the server only if they match; the client will then remember this certificate and refuse any other for this server.</source>
        <translation>Compare la huella digital con la que le dio su departamento de TI. Confíe en el servidor solo si coinciden; el cliente recordará entonces este certificado y rechazará cualquier otro para este servidor.</translation>
    </message>
    <message>
        <source>&amp;Trust This Server</source>
        <translation>&amp;Confiar en este servidor</translation>
    </message>
    <message>
        <source>Server Certificate Changed</source>
        <translation>Certificado del servidor modificado</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed</source>
        <translation>El certificado de %1 ha cambiado</translation>
    </message>
    <message>
        <source>This server presented a different certificate from the one you trusted before. Someone may be intercepting the connection, or IT may have replaced the certificate. The client will not connect.</source>
        <translation>Este servidor presentó un certificado distinto del que usted aceptó antes. Puede que alguien esté interceptando la conexión o que el departamento de TI haya sustituido el certificado. El cliente no se conectará.</translation>
    </message>
    <message>
        <source>Contact your IT department and tell them both fingerprints. Once they confirm the new certificate, they can update the trusted fingerprint for this server.</source>
        <translation>Póngase en contacto con su departamento de TI e indíquele ambas huellas digitales. Cuando confirme el nuevo certificado, podrá actualizar la huella de confianza de este servidor.</translation>
    </message>
</context>
<context>
    <name>erp::client::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>After the change, your other signed-in devices are signed out; this one stays signed in.</source>
        <translation>Tras el cambio, se cierra la sesión en sus otros dispositivos; en este sigue abierta.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters and must not be a common or easily guessed one (such as your email address or the organisation&apos;s name). A passphrase of several words is best.</source>
        <translation>La nueva contraseña necesita al menos %1 caracteres y no puede ser común ni fácil de adivinar (como su correo o el nombre de la organización). Lo mejor es una frase de varias palabras.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>Confir&amp;m new password:</source>
        <translation>Confir&amp;mar la nueva contraseña:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduzca su contraseña actual.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Introduzca una nueva contraseña.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>La nueva contraseña necesita al menos %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>erp::client::ClientApplication</name>
    <message>
        <source>Configuration Problem</source>
        <translation>Problema de configuración</translation>
    </message>
    <message>
        <source>Some settings provided by your IT department could not be used. Please tell them:</source>
        <translation>No se pudieron usar algunos ajustes de su departamento de TI. Indíquele lo siguiente:</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Sesión iniciada de nuevo.</translation>
    </message>
    <message>
        <source>Not signed in. Your unsaved entries are kept; you will be asked to sign in when you save or reload.</source>
        <translation>Sesión no iniciada. Sus datos sin guardar se conservan; se le pedirá que inicie sesión al guardar o recargar.</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the server did not confirm that your session has ended (%1). Until it expires, anyone holding a copy of it could go on using it: sign in and end it under Sessions, or ask an administrator to.</source>
        <translation>Ha cerrado la sesión en este equipo, pero el servidor no ha confirmado que su sesión haya terminado (%1). Hasta que caduque, cualquiera que tenga una copia podría seguir usándola: inicie sesión y ciérrela en «Sesiones», o pídaselo a un administrador.</translation>
    </message>
    <message>
        <source>The settings file from your IT department was ignored because it is not protected: users other than administrators could change it, and it decides which servers the client trusts. Please tell your IT department:</source>
        <translation>Se ha ignorado el archivo de configuración de su departamento de TI porque no está protegido: otros usuarios además de los administradores podrían modificarlo, y decide en qué servidores confía el cliente. Comuníqueselo a su departamento de TI:</translation>
    </message>
</context>
<context>
    <name>erp::client::ColorScheme</name>
    <message>
        <source>High contrast, light (black on white)</source>
        <translation>Alto contraste, claro (negro sobre blanco)</translation>
    </message>
    <message>
        <source>High contrast, dark (white on black)</source>
        <translation>Alto contraste, oscuro (blanco sobre negro)</translation>
    </message>
    <message>
        <source>Standard (system colours)</source>
        <translation>Estándar (colores del sistema)</translation>
    </message>
</context>
<context>
    <name>erp::client::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>Saved on the server now</source>
        <translation>Guardado ahora en el servidor</translation>
    </message>
    <message>
        <source>&amp;Reload (Discard My Changes)</source>
        <translation>&amp;Recargar (descartar mis cambios)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with My Values</source>
        <translation>&amp;Sobrescribir con mis valores</translation>
    </message>
    <message>
        <source>Show the record as it is on the server now. Your edits are lost.</source>
        <translation>Mostrar el registro tal como está ahora en el servidor. Se perderán sus cambios.</translation>
    </message>
    <message>
        <source>Save your values, replacing the other change.</source>
        <translation>Guardar sus valores y reemplazar el otro cambio.</translation>
    </message>
    <message>
        <source>Someone else changed “%1” while you were editing it. Compare the values below and decide which to keep.</source>
        <translation>Otra persona modificó «%1» mientras usted lo editaba. Compare los valores de abajo y decida cuáles conservar.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
</context>
<context>
    <name>erp::client::ContactForm</name>
    <message>
        <source>(no account)</source>
        <translation>(sin cuenta)</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Introduzca el nombre del contacto.</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation>Introduzca una dirección de correo válida, por ejemplo nombre@example.com.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Contact “%1”</source>
        <translation>Contacto «%1»</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Your contacts are yours; a manager can give them to someone else.</source>
        <translation>Sus contactos son suyos; un responsable puede asignarlos a otra persona.</translation>
    </message>
</context>
<context>
    <name>erp::client::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Buscar nombre o correo</translation>
    </message>
    <message>
        <source>No contacts yet. Contacts are created here or when a lead is converted.</source>
        <translation>Todavía no hay contactos. Los contactos se crean aquí o al convertir un prospecto.</translation>
    </message>
    <message>
        <source>No contacts match the search.</source>
        <translation>Ningún contacto coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Contact “%1” created.</source>
        <translation>Contacto «%1» creado.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Cambios en «%1» guardados.</translation>
    </message>
    <message>
        <source>Its activities are deleted with it.</source>
        <translation>Sus actividades se eliminan con él.</translation>
    </message>
</context>
<context>
    <name>erp::client::ConvertLeadDialog</name>
    <message>
        <source>Enter the name of the new account.</source>
        <translation>Introduzca el nombre de la nueva cuenta.</translation>
    </message>
    <message>
        <source>Choose the account to link.</source>
        <translation>Elija la cuenta que desea vincular.</translation>
    </message>
    <message>
        <source>Enter the name of the new contact.</source>
        <translation>Introduzca el nombre del nuevo contacto.</translation>
    </message>
    <message>
        <source>Choose the contact to link.</source>
        <translation>Elija el contacto que desea vincular.</translation>
    </message>
    <message>
        <source>Convert Lead</source>
        <translation>Convertir prospecto</translation>
    </message>
    <message>
        <source>Convert “%1” into an account and a contact. The lead is then marked converted and cannot be converted again.</source>
        <translation>Convertir «%1» en una cuenta y un contacto. El prospecto queda marcado como convertido y no se puede volver a convertir.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;New account:</source>
        <translation>&amp;Nueva cuenta:</translation>
    </message>
    <message>
        <source>E&amp;xisting account:</source>
        <translation>Cuenta e&amp;xistente:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>Car&amp;go:</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Convertir</translation>
    </message>
    <message>
        <source>New con&amp;tact:</source>
        <translation>Nuevo con&amp;tacto:</translation>
    </message>
    <message>
        <source>Exi&amp;sting contact:</source>
        <translation>C&amp;ontacto existente:</translation>
    </message>
</context>
<context>
    <name>erp::client::CrmText</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
</context>
<context>
    <name>erp::client::DecimalInput</name>
    <message>
        <source>Enter a number.</source>
        <translation>Introduzca un número.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n digit(s) before the decimal point.</source>
        <translation>
            <numerusform>Como máximo %n dígito antes de la coma decimal.</numerusform>
            <numerusform>Como máximo %n dígitos antes de la coma decimal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::client::ErrorText</name>
    <message>
        <source>If this keeps happening, give your administrator this reference: %1.</source>
        <translation>Si vuelve a ocurrir, facilite esta referencia a su administrador: %1.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again; nothing you entered has been sent yet.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión; todavía no se ha enviado nada de lo que introdujo.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>El servidor no respondió a tiempo. Compruebe su conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the server address and your network connection.</source>
        <translation>No se encontró el servidor. Compruebe la dirección del servidor y su conexión de red.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the server address and port, or whether the server is running.</source>
        <translation>El servidor rechazó la conexión. Compruebe la dirección y el puerto del servidor, o si está en funcionamiento.</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted. Try again.</source>
        <translation>Se interrumpió la conexión con el servidor. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The network proxy could not be used. Ask your IT department to check the proxy settings.</source>
        <translation>No se pudo usar el proxy de red. Pida a su departamento de TI que revise la configuración del proxy.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>No se pudo interpretar la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your network connection and try again.</source>
        <translation>No se puede acceder al servidor. Compruebe su conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be confirmed automatically. Compare the certificate fingerprint with the one your administrator gave you before trusting this server.</source>
        <translation>No se pudo confirmar automáticamente la identidad del servidor. Compare la huella digital del certificado con la que le dio su administrador antes de confiar en este servidor.</translation>
    </message>
    <message>
        <source>Warning: the server presented a different certificate than the one you trusted before. Someone may be intercepting the connection. The connection was refused. Contact your IT department before continuing.</source>
        <translation>Advertencia: el servidor presentó un certificado distinto del que usted aceptó antes. Puede que alguien esté interceptando la conexión. Se rechazó la conexión. Póngase en contacto con su departamento de TI antes de continuar.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid (for example expired or issued for another name). The connection was refused. Contact your IT department.</source>
        <translation>El certificado del servidor no es válido (por ejemplo, ha caducado o se emitió para otro nombre). Se rechazó la conexión. Póngase en contacto con su departamento de TI.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established. The server may not support TLS 1.2 or later. Contact your IT department.</source>
        <translation>No se pudo establecer una conexión segura con el servidor. Es posible que no admita TLS 1.2 o posterior. Póngase en contacto con su departamento de TI.</translation>
    </message>
    <message>
        <source>The server address must start with https://. Unencrypted connections are not allowed.</source>
        <translation>La dirección del servidor debe empezar por https://. No se permiten conexiones sin cifrar.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>No se pudo establecer una conexión segura con el servidor.</translation>
    </message>
    <message>
        <source>The organisation, email address or password is wrong.</source>
        <translation>La organización, el correo electrónico o la contraseña son incorrectos.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Please wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>Demasiados intentos de inicio de sesión fallidos. Espere %n minuto e inténtelo de nuevo.</numerusform>
            <numerusform>Demasiados intentos de inicio de sesión fallidos. Espere %n minutos e inténtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Please wait a few minutes and try again.</source>
        <translation>Demasiados intentos de inicio de sesión fallidos. Espere unos minutos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Reload it to see their changes, or overwrite them deliberately.</source>
        <translation>Otra persona modificó este registro mientras usted lo editaba. Recárguelo para ver sus cambios o sobrescríbalos deliberadamente.</translation>
    </message>
    <message>
        <source>The change could not be saved because the record&apos;s version was missing. Reload the record and try again.</source>
        <translation>No se pudo guardar el cambio porque faltaba la versión del registro. Recargue el registro e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This is the last active administrator of the organisation. Make someone else an administrator first.</source>
        <translation>Es el último administrador activo de la organización. Nombre antes administrador a otra persona.</translation>
    </message>
    <message>
        <source>You cannot give permissions or roles that you do not have yourself.</source>
        <translation>No puede conceder permisos o roles que usted mismo no tiene.</translation>
    </message>
    <message>
        <source>This role is still assigned to users. Remove it from them before deleting it.</source>
        <translation>Este rol sigue asignado a usuarios. Quíteselo antes de eliminarlo.</translation>
    </message>
    <message>
        <source>The built-in administrator role cannot be changed or deleted.</source>
        <translation>El rol de administrador predefinido no se puede modificar ni eliminar.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Some of the values are not valid. Please check your input.</source>
        <translation>Algunos valores no son válidos. Revise los datos introducidos.</translation>
    </message>
    <message>
        <source>The server did not accept the request from this program version. Please update the program or contact your administrator.</source>
        <translation>El servidor no aceptó la solicitud de esta versión del programa. Actualice el programa o póngase en contacto con su administrador.</translation>
    </message>
    <message>
        <source>The filter contains a value the server does not accept. Check the filter fields.</source>
        <translation>El filtro contiene un valor que el servidor no acepta. Revise los campos del filtro.</translation>
    </message>
    <message>
        <source>You do not have permission to do this. Ask your administrator if you need it.</source>
        <translation>No tiene permiso para hacer esto. Pídaselo a su administrador si lo necesita.</translation>
    </message>
    <message>
        <source>This record no longer exists. Someone may have deleted it.</source>
        <translation>Este registro ya no existe. Es posible que alguien lo haya eliminado.</translation>
    </message>
    <message>
        <source>A record with these values already exists.</source>
        <translation>Ya existe un registro con estos valores.</translation>
    </message>
    <message>
        <source>This request was already sent with different content. Please start again.</source>
        <translation>Esta solicitud ya se envió con otro contenido. Vuelva a empezar.</translation>
    </message>
    <message>
        <source>The server did not accept the request from this program version.</source>
        <translation>El servidor no aceptó la solicitud de esta versión del programa.</translation>
    </message>
    <message>
        <source>The server does not support this action. Please update the program.</source>
        <translation>El servidor no admite esta acción. Actualice el programa.</translation>
    </message>
    <message>
        <source>The data is too large to send in one piece.</source>
        <translation>Los datos son demasiado grandes para enviarlos de una vez.</translation>
    </message>
    <message>
        <source>The request is too large. Try a shorter search or fewer filters.</source>
        <translation>La solicitud es demasiado grande. Pruebe con una búsqueda más corta o menos filtros.</translation>
    </message>
    <message>
        <source>The server is temporarily unable to process requests. Please try again in a moment.</source>
        <translation>El servidor no puede procesar solicitudes temporalmente. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>An unexpected error occurred on the server.</source>
        <translation>Se produjo un error inesperado en el servidor.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>El servidor no aceptó la solicitud.</translation>
    </message>
    <message>
        <source>This action is not possible in the record&apos;s current state. Reload it and try again.</source>
        <translation>Esta acción no es posible en el estado actual del registro. Recárguelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server reported an error (%1).</source>
        <translation>El servidor informó de un error (%1).</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Advertencia de seguridad</translation>
    </message>
    <message>
        <source>Unknown server certificate</source>
        <translation>Certificado de servidor desconocido</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Error en la conexión segura</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión finalizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Entrada no válida</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation>Problema del servidor</translation>
    </message>
    <message>
        <source>Could not complete the action</source>
        <translation>No se pudo completar la acción</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>No es un correo electrónico válido.</translation>
    </message>
    <message>
        <source>This email address is already in use by another user.</source>
        <translation>Otro usuario ya usa este correo electrónico.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>Es demasiado corto.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Es demasiado largo.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used passwords. Choose a less common one.</source>
        <translation>Esta contraseña es una de las más utilizadas. Elija una menos común.</translation>
    </message>
    <message>
        <source>The password must not be one repeated character, your email address or the organisation&apos;s name.</source>
        <translation>La contraseña no puede ser un único carácter repetido, su correo electrónico ni el nombre de la organización.</translation>
    </message>
    <message>
        <source>This name is already in use.</source>
        <translation>Este nombre ya está en uso.</translation>
    </message>
    <message>
        <source>One of the selected roles no longer exists. Reload and choose again.</source>
        <translation>Uno de los roles seleccionados ya no existe. Recargue y vuelva a elegir.</translation>
    </message>
    <message>
        <source>One of the selected permissions is not known to the server.</source>
        <translation>Uno de los permisos seleccionados no lo conoce el servidor.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation>La contraseña nueva debe ser distinta de la actual.</translation>
    </message>
    <message>
        <source>This value has the wrong format.</source>
        <translation>Este valor tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>Use 2 to 63 lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>Use de 2 a 63 minúsculas, dígitos y guiones, empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>This identifier is already in use.</source>
        <translation>Este identificador ya está en uso.</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>El valor debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Este valor no es válido.</translation>
    </message>
    <message>
        <source>This value cannot be changed here.</source>
        <translation>Este valor no se puede cambiar aquí.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>La contraseña debe tener al menos %n carácter.</numerusform>
            <numerusform>La contraseña debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must have at most %n character(s).</source>
        <translation>
            <numerusform>La contraseña debe tener como máximo %n carácter.</numerusform>
            <numerusform>La contraseña debe tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Emitido para: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Emitido por: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Válido del %1 al %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella digital SHA-256: %1</translation>
    </message>
    <message>
        <source>Previously trusted fingerprint: %1</source>
        <translation>Huella de confianza anterior: %1</translation>
    </message>
    <message>
        <source>This lead has already been converted. Open its account or contact instead.</source>
        <translation>Este prospecto ya se ha convertido. Abra su cuenta o su contacto.</translation>
    </message>
    <message>
        <source>This lead has been converted and can no longer be changed.</source>
        <translation>Este prospecto se ha convertido y ya no se puede modificar.</translation>
    </message>
    <message>
        <source>The lead&apos;s status does not allow this. Reload it to see its current status.</source>
        <translation>El estado del prospecto no lo permite. Vuelva a cargarlo para ver su estado actual.</translation>
    </message>
    <message>
        <source>Leads are still in this stage. Move them to another stage first.</source>
        <translation>Todavía hay prospectos en esta etapa. Muévalos primero a otra etapa.</translation>
    </message>
    <message>
        <source>The pipeline needs at least one stage.</source>
        <translation>El embudo necesita al menos una etapa.</translation>
    </message>
    <message>
        <source>Other records still refer to this one, so it cannot be deleted.</source>
        <translation>Otros registros todavía hacen referencia a este, por lo que no se puede eliminar.</translation>
    </message>
    <message>
        <source>Some lines of the file have problems; nothing was imported.</source>
        <translation>Algunas líneas del archivo tienen problemas; no se ha importado nada.</translation>
    </message>
    <message>
        <source>The file has no leads to import.</source>
        <translation>El archivo no contiene prospectos para importar.</translation>
    </message>
    <message>
        <source>Enter an amount such as 1250.00.</source>
        <translation>Introduzca un importe como 1250,00.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <source>This number is outside the allowed range.</source>
        <translation>Este número está fuera del intervalo permitido.</translation>
    </message>
    <message>
        <source>This is not a known currency code (ISO 4217, for example EUR).</source>
        <translation>No es un código de moneda conocido (ISO 4217, por ejemplo EUR).</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Introduzca una fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation>Introduzca una fecha y hora válidas.</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>Elija uno de los valores ofrecidos.</translation>
    </message>
    <message>
        <source>This pipeline stage does not exist.</source>
        <translation>Esta etapa del embudo no existe.</translation>
    </message>
    <message>
        <source>This person is not an active user of the organisation.</source>
        <translation>Esta persona no es un usuario activo de la organización.</translation>
    </message>
    <message>
        <source>You can only make yourself the owner.</source>
        <translation>Solo puede asignarse a sí mismo como responsable.</translation>
    </message>
    <message>
        <source>This account does not exist or is not visible to you.</source>
        <translation>Esta cuenta no existe o no es visible para usted.</translation>
    </message>
    <message>
        <source>This contact does not exist or is not visible to you.</source>
        <translation>Este contacto no existe o no es visible para usted.</translation>
    </message>
    <message>
        <source>This lead does not exist or is not visible to you.</source>
        <translation>Este prospecto no existe o no es visible para usted.</translation>
    </message>
    <message>
        <source>Link the activity to exactly one lead, contact or account.</source>
        <translation>Vincule la actividad a exactamente un prospecto, contacto o cuenta.</translation>
    </message>
    <message>
        <source>A required column is missing.</source>
        <translation>Falta una columna obligatoria.</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>Esta columna aparece dos veces.</translation>
    </message>
    <message>
        <source>This column is not known.</source>
        <translation>Esta columna no es conocida.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>El archivo no tiene línea de encabezado.</translation>
    </message>
    <message>
        <source>The file must be UTF-8 encoded.</source>
        <translation>El archivo debe estar codificado en UTF-8.</translation>
    </message>
    <message>
        <source>The file has too many lines; split it.</source>
        <translation>El archivo tiene demasiadas líneas; divídalo.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valor estimado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>This user has permissions that you do not have. Only someone with all of them can change their password, email address, roles or active state, or end their sessions.</source>
        <translation>Este usuario tiene permisos que usted no tiene. Solo alguien que los tenga todos puede cambiar su contraseña, su correo electrónico, sus roles o su estado activo, o cerrar sus sesiones.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a new password of your own to continue.</source>
        <translation>Su contraseña la estableció un administrador. Elija una contraseña propia para continuar.</translation>
    </message>
    <message>
        <source>New password needed</source>
        <translation>Se necesita una contraseña nueva</translation>
    </message>
    <message>
        <source>This band overlaps another approval band. Change the other band first, or choose amounts outside it.</source>
        <translation>Este tramo se solapa con otro tramo de aprobación. Cambie primero el otro tramo o elija importes fuera de él.</translation>
    </message>
    <message>
        <source>The band must end above the amount it starts at.</source>
        <translation>El tramo debe terminar por encima del importe en el que empieza.</translation>
    </message>
    <message>
        <source>A band cannot need more approvers with the role than approvers.</source>
        <translation>Un tramo no puede necesitar más aprobadores con el rol que aprobadores.</translation>
    </message>
    <message>
        <source>This supplier does not exist.</source>
        <translation>Este proveedor no existe.</translation>
    </message>
    <message>
        <source>This unit does not exist or does not fit the product.</source>
        <translation>Esta unidad no existe o no corresponde al artículo.</translation>
    </message>
    <message>
        <source>This product does not exist.</source>
        <translation>Este artículo no existe.</translation>
    </message>
    <message>
        <source>This warehouse does not exist or is not active.</source>
        <translation>Este almacén no existe o no está activo.</translation>
    </message>
    <message>
        <source>This is set when the record is created and cannot be changed.</source>
        <translation>Esto se fija al crear el registro y no se puede cambiar.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n oportunidad</numerusform>
            <numerusform>%n oportunidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n actividad</numerusform>
            <numerusform>%n actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s)</source>
        <translation>
            <numerusform>%n pedido de compra</numerusform>
            <numerusform>%n pedidos de compra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s)</source>
        <translation>
            <numerusform>%n movimiento de stock</numerusform>
            <numerusform>%n movimientos de stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock balance(s)</source>
        <translation>
            <numerusform>%n saldo de stock</numerusform>
            <numerusform>%n saldos de stock</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be deleted because other records still refer to it: %1. Remove or change those first.</source>
        <translation>No se puede eliminar porque otros registros aún hacen referencia a él: %1. Elimínelos o cámbielos primero.</translation>
    </message>
</context>
<context>
    <name>erp::client::ExchangeRateForm</name>
    <message>
        <source>New exchange rate</source>
        <translation>Nuevo tipo de cambio</translation>
    </message>
    <message>
        <source>Rate of %1 from %2</source>
        <translation>Tipo de %1 desde el %2</translation>
    </message>
    <message>
        <source>New Exchange Rate</source>
        <translation>Nuevo tipo de cambio</translation>
    </message>
    <message>
        <source>Exchange Rate: %1</source>
        <translation>Tipo de cambio: %1</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Válido desde:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>How much of the base currency one unit of this currency is worth. Orders use the latest rate on or before their order date.</source>
        <translation>Cuánta moneda base vale una unidad de esta moneda. Los pedidos usan el último tipo en la fecha del pedido o antes.</translation>
    </message>
</context>
<context>
    <name>erp::client::ExchangeRatesPage</name>
    <message>
        <source>Exchange Rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Rate (base currency per unit)</source>
        <translation>Tipo (moneda base por unidad)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Todas las monedas</translation>
    </message>
    <message>
        <source>No exchange rates yet. Orders in a currency other than the base currency need one.</source>
        <translation>Todavía no hay tipos de cambio. Los pedidos en una moneda distinta de la moneda base necesitan uno.</translation>
    </message>
    <message>
        <source>No rates for this currency.</source>
        <translation>No hay tipos para esta moneda.</translation>
    </message>
    <message>
        <source>New Rate</source>
        <translation>Nuevo tipo</translation>
    </message>
    <message>
        <source>Exchange rate %1 added.</source>
        <translation>Tipo de cambio %1 añadido.</translation>
    </message>
    <message>
        <source>Exchange rate %1 saved.</source>
        <translation>Tipo de cambio %1 guardado.</translation>
    </message>
</context>
<context>
    <name>erp::client::FieldErrorStyle</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>erp::client::KeyboardShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>In lists, the arrow keys move between rows and Enter opens the selected row; Tab moves on to the next field or button. Each page keeps its shortcut whichever pages your roles show.</source>
        <translation>En las listas, las flechas se mueven entre filas e Intro abre la fila seleccionada; Tab pasa al siguiente campo o botón. Cada página conserva su atajo, sean cuales sean las páginas que muestran sus roles.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>erp::client::LeadForm</name>
    <message>
        <source>The stages or owners could not be loaded: %1</source>
        <translation>No se pudieron cargar las etapas o los responsables: %1</translation>
    </message>
    <message>
        <source>Enter a title for the lead.</source>
        <translation>Introduzca un título para el prospecto.</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation>Introduzca una dirección de correo válida, por ejemplo nombre@example.com.</translation>
    </message>
    <message>
        <source>At most 12 digits before the decimal point.</source>
        <translation>Como máximo 12 cifras antes de la coma decimal.</translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation>Elija una moneda de la lista.</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nuevo prospecto</translation>
    </message>
    <message>
        <source>Lead “%1”</source>
        <translation>Prospecto «%1»</translation>
    </message>
    <message>
        <source>New Lead</source>
        <translation>Nuevo prospecto</translation>
    </message>
    <message>
        <source>Edit Lead</source>
        <translation>Editar prospecto</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Prospecto: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Estado: %1 (%2)</translation>
    </message>
    <message>
        <source>Save or discard your changes first.</source>
        <translation>Primero guarde o descarte sus cambios.</translation>
    </message>
    <message>
        <source>Mark Lead Lost</source>
        <translation>Marcar prospecto como perdido</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>¿Por qué se perdió «%1»?</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>Marcar como perdido</translation>
    </message>
    <message>
        <source>Enter the reason the lead was lost.</source>
        <translation>Indique por qué se perdió el prospecto.</translation>
    </message>
    <message>
        <source>Your leads are yours; a manager can give them to someone else.</source>
        <translation>Sus oportunidades son suyas; un responsable puede asignarlas a otra persona.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Marked won</source>
        <translation>Marcada como ganada</translation>
    </message>
    <message>
        <source>Marked lost: %1</source>
        <translation>Marcada como perdida: %1</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierta</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertida</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 cambiado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiada</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Todavía no hay cambios registrados.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>erp::client::LeadImportWizard</name>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Elija el archivo CSV que desea importar.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB. Split it into smaller files and import them one by one.</source>
        <translation>El archivo ocupa más de 1 MiB. Divídalo en archivos más pequeños e impórtelos uno a uno.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Import Leads</source>
        <translation>Importar prospectos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The server is checking the file…</source>
        <translation>El servidor está comprobando el archivo…</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts. Split it into smaller files.</source>
        <translation>El archivo es más grande de lo que acepta el servidor. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>No se pudo comprobar el archivo: %1</translation>
    </message>
    <message>
        <source>The file contains no leads.</source>
        <translation>El archivo no contiene prospectos.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) in the file can be imported. Press “Import” to import them.</source>
        <translation>
            <numerusform>El %Ln prospecto del archivo se puede importar. Pulse «Importar» para importarlo.</numerusform>
            <numerusform>Los %Ln prospectos del archivo se pueden importar. Pulse «Importar» para importarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found; nothing can be imported until the file is corrected. Fix the lines below, then go back and check the file again.</source>
        <translation>
            <numerusform>Se ha encontrado %Ln problema; no se puede importar nada hasta corregir el archivo. Corrija la línea de abajo y vuelva atrás para comprobar el archivo de nuevo.</numerusform>
            <numerusform>Se han encontrado %Ln problemas; no se puede importar nada hasta corregir el archivo. Corrija las líneas de abajo y vuelva atrás para comprobar el archivo de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln lead(s)…</source>
        <translation>
            <numerusform>Importando %Ln prospecto…</numerusform>
            <numerusform>Importando %Ln prospectos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) imported.</source>
        <translation>
            <numerusform>%Ln prospecto importado.</numerusform>
            <numerusform>%Ln prospectos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Línea %1, %2: %3</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elegir un archivo CSV</translation>
    </message>
    <message>
        <source>The first line names the columns; “title” and “currency” are required. Other columns: contact_name, company, email, phone, source, estimated_value (for example 1250.00), probability (0-100), expected_close_date (YYYY-MM-DD), stage (its name), owner_email, notes. The file must be UTF-8 and at most 1 MiB.

Nothing is imported before the server has checked every line.</source>
        <translation>La primera línea nombra las columnas; «title» y «currency» son obligatorias. Otras columnas: contact_name, company, email, phone, source, estimated_value (por ejemplo 1250.00), probability (0-100), expected_close_date (AAAA-MM-DD), stage (su nombre), owner_email, notes. El archivo debe estar en UTF-8 y ocupar como máximo 1 MiB.

No se importa nada antes de que el servidor haya comprobado cada línea.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Solo se muestra el primer problema.</numerusform>
            <numerusform>Solo se muestran los primeros %n problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::client::LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>Prob.</translation>
    </message>
    <message>
        <source>Probability of winning</source>
        <translation>Probabilidad de ganar</translation>
    </message>
    <message>
        <source>Close Date</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Search title, company, contact or email</source>
        <translation>Buscar título, empresa, contacto o correo</translation>
    </message>
    <message>
        <source>No leads yet. Create one with “New Lead” or import a CSV file.</source>
        <translation>Todavía no hay prospectos. Cree uno con «Nuevo prospecto» o importe un archivo CSV.</translation>
    </message>
    <message>
        <source>No leads yet.</source>
        <translation>Todavía no hay prospectos.</translation>
    </message>
    <message>
        <source>No leads match the search or filters.</source>
        <translation>Ningún prospecto coincide con la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>New Lead</source>
        <translation>Nuevo prospecto</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import leads from a CSV file</source>
        <translation>Importar prospectos desde un archivo CSV</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>Lead “%1” created.</source>
        <translation>Prospecto «%1» creado.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Cambios en «%1» guardados.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) imported.</source>
        <translation>
            <numerusform>%Ln prospecto importado.</numerusform>
            <numerusform>%Ln prospectos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Its activities are deleted with it.</source>
        <translation>Sus actividades se eliminan con él.</translation>
    </message>
</context>
<context>
    <name>erp::client::ListPage</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load more rows: %1</source>
        <translation>No se pudieron cargar más filas: %1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows; scroll down for more.</source>
        <translation>Se muestran %1 de %2 filas; desplácese hacia abajo para ver más.</translation>
    </message>
    <message>
        <source>Showing %1 of about %2 rows; scroll down for more.</source>
        <translation>Se muestran %1 de unas %2 filas; desplácese hacia abajo para ver más.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exporting to %1… %2 written</source>
        <translation>Exportando a %1… %2 escritos</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation>Volver a cargar la lista desde el servidor (F5)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the rows matching the current search and filters as a CSV file (Ctrl+E)</source>
        <translation>Guardar las filas que coinciden con la búsqueda y los filtros actuales en un archivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Todavía no hay nada aquí.</translation>
    </message>
    <message>
        <source>Nothing matches the search or filters.</source>
        <translation>Nada coincide con la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Eliminar el registro seleccionado (Supr)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>«%1» eliminado.</translation>
    </message>
    <message>
        <source>Someone else changed “%1” a moment ago. The list has been refreshed; please check and try again.</source>
        <translation>Otra persona acaba de cambiar «%1». La lista se ha actualizado; revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>«%1» no se ha eliminado.</translation>
    </message>
    <message>
        <source>Enter opens the selected row. Click a column header to sort.</source>
        <translation>Intro abre la fila seleccionada. Haga clic en un encabezado de columna para ordenar.</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Buscar en %1</translation>
    </message>
    <message>
        <source>%1. The list updates as you type; Enter searches at once.</source>
        <translation>%1. La lista se actualiza mientras escribe; Intro busca de inmediato.</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>Acciones de %1</translation>
    </message>
</context>
<context>
    <name>erp::client::LocaleFormat</name>
    <message>
        <source>%1 or %2</source>
        <comment>two ways to write a number</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Enter a number like %1.</source>
        <translation>Introduzca un número como %1.</translation>
    </message>
    <message>
        <source>Use only one decimal mark (%1). Enter the number like %2.</source>
        <translation>Solo se permite un separador decimal (%1). Introduzca el número así: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a number. Enter the number like %2.</source>
        <translation>«%1» no puede formar parte de un número. Introduzca el número así: %2.</translation>
    </message>
    <message>
        <source>Enter the number like %1.</source>
        <translation>Introduzca el número así: %1.</translation>
    </message>
    <message>
        <source>Enter a whole number like %1.</source>
        <translation>Introduzca un número entero como %1.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal(s). Enter the number like %1.</source>
        <translation>
            <numerusform>Como máximo %n decimal. Introduzca el número así: %1.</numerusform>
            <numerusform>Como máximo %n decimales. Introduzca el número así: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>Este número es demasiado grande.</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>El número no puede ser negativo.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals. Enter the amount like %2.</source>
        <translation>Los importes en %1 no tienen decimales. Introduzca el importe así: %2.</translation>
    </message>
    <message>
        <source>Enter a date like %1.</source>
        <translation>Introduzca una fecha como %1.</translation>
    </message>
    <message>
        <source>Enter a date and time like %1.</source>
        <translation>Introduzca una fecha y hora como %1.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Spaces are not used in numbers in this language. Enter the number like %1.</source>
        <translation>En este idioma los números no llevan espacios. Introduzca el número así: %1.</translation>
    </message>
    <message>
        <source>“%1” is not used in numbers in this language. Enter the number like %2.</source>
        <translation>«%1» no se usa en los números en este idioma. Introduzca el número así: %2.</translation>
    </message>
    <message>
        <source>In this language a space separates groups of three digits and “%1” is the decimal mark. Enter the number like %2.</source>
        <translation>En este idioma un espacio separa los grupos de tres cifras y «%1» es el separador decimal. Introduzca el número así: %2.</translation>
    </message>
    <message>
        <source>In this language “%1” separates groups of three digits and “%2” is the decimal mark. Enter the number like %3.</source>
        <translation>En este idioma «%1» separa los grupos de tres cifras y «%2» es el separador decimal. Introduzca el número así: %3.</translation>
    </message>
</context>
<context>
    <name>erp::client::LocationForm</name>
    <message>
        <source>Receiving</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenaje</translation>
    </message>
    <message>
        <source>Enter a short code, for example A-01.</source>
        <translation>Introduzca un código corto, por ejemplo A-01.</translation>
    </message>
    <message>
        <source>Enter the location&apos;s name.</source>
        <translation>Introduzca el nombre de la ubicación.</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nueva ubicación</translation>
    </message>
    <message>
        <source>Location “%1”</source>
        <translation>Ubicación «%1»</translation>
    </message>
    <message>
        <source>New Location</source>
        <translation>Nueva ubicación</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Ubicación: %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;vo</translation>
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
        <translation>Configurado por su departamento de TI</translation>
    </message>
    <message>
        <source>The client only connects securely: use an address starting with https://.</source>
        <translation>El cliente solo se conecta de forma segura: use una dirección que empiece por https://.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://erp.example.com:8443.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo https://erp.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s short name (lower-case letters, digits and hyphens).</source>
        <translation>Introduzca el nombre corto de su organización (minúsculas, dígitos y guiones).</translation>
    </message>
    <message>
        <source>Enter your email address, for example name@example.com.</source>
        <translation>Introduzca su correo electrónico, por ejemplo nombre@example.com.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Resuming your session on %1…</source>
        <translation>Reanudando su sesión en %1…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate has changed since you last trusted it.</source>
        <translation>Sin conexión: el certificado del servidor ha cambiado desde que confió en él.</translation>
    </message>
    <message>
        <source>The organisation, email address or password is not correct.</source>
        <translation>La organización, el correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Not connected: you chose not to trust the server&apos;s certificate.</source>
        <translation>Sin conexión: decidió no confiar en el certificado del servidor.</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Ya puede volver a intentar iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Too many unsuccessful sign-in attempts. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Demasiados intentos de inicio de sesión fallidos. Espere %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>Demasiados intentos de inicio de sesión fallidos. Espere %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session Expired</source>
        <translation>Sesión caducada</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>Vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue; your unsaved work is kept.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión para continuar; su trabajo sin guardar se conserva.</translation>
    </message>
    <message>
        <source>Enter the password you were given.</source>
        <translation>Introduzca la contraseña que le dieron.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a new password of your own to continue.</source>
        <translation>Su contraseña la estableció un administrador. Elija una contraseña propia para continuar.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Introduzca una contraseña nueva.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>Confir&amp;m new password:</source>
        <translation>Confirmar n&amp;ueva contraseña:</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Elija una contraseña nueva</translation>
    </message>
    <message>
        <source>At least %1 characters; a passphrase of several words is best. Nobody else will know it.</source>
        <translation>Al menos %1 caracteres; lo mejor es una frase de varias palabras. Nadie más la conocerá.</translation>
    </message>
</context>
<context>
    <name>erp::client::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
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
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organización: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>About ERP</source>
        <translation>Acerca de ERP</translation>
    </message>
    <message>
        <source>ERP desktop client %1

Built with Qt %2.</source>
        <translation>Cliente de escritorio ERP %1

Creado con Qt %2.</translation>
    </message>
    <message>
        <source>&amp;API Reference</source>
        <translation>Referencia de la &amp;API</translation>
    </message>
    <message>
        <source>Open the server&apos;s API reference in your web browser</source>
        <translation>Abrir la referencia de la API del servidor en el navegador web</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>Password changed. Your other devices were signed out.</source>
        <translation>Contraseña cambiada. Se ha cerrado la sesión en sus otros dispositivos.</translation>
    </message>
    <message>
        <source>No module is open to you yet.

Your roles in %1 do not include any part of the ERP (CRM, Purchasing, Inventory or Administration).

Ask your organisation&apos;s administrator to give you a role in Administration → Users, for example Sales representative or Purchaser. Then sign out and in again.

Your own sessions are under Your Account; File → Change Password… changes your password.</source>
        <translation>Todavía no tiene ningún módulo abierto.

Sus roles en %1 no incluyen ninguna parte del ERP (CRM, Compras, Inventario o Administración).

Pida al administrador de su organización que le asigne un rol en Administración → Usuarios, por ejemplo Comercial o Comprador. Después cierre la sesión y vuelva a entrar.

Sus propias sesiones están en Su cuenta; Archivo → Cambiar contraseña… cambia su contraseña.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Modules and their pages. Arrow keys choose a page, which opens at once; Ctrl+1 to Ctrl+9 go to a page from anywhere.</source>
        <translation>Módulos y sus páginas. Las flechas eligen una página, que se abre de inmediato; Ctrl+1 a Ctrl+9 llevan a una página desde cualquier lugar.</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
</context>
<context>
    <name>erp::client::MyActivitiesPage</name>
    <message>
        <source>My Activities</source>
        <translation>Mis actividades</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Relativo a</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Nothing to do: you have no open activities.</source>
        <translation>Nada que hacer: no tiene actividades pendientes.</translation>
    </message>
    <message>
        <source>No open activities in this period.</source>
        <translation>No hay actividades pendientes en este periodo.</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Mark the selected activity done (Ctrl+D)</source>
        <translation>Marcar como hecha la actividad seleccionada (Ctrl+D)</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Todas las pendientes</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Prospecto: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>Overdue: it was due %1.</source>
        <translation>Vencida: vencía el %1.</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation>Eliminar la actividad seleccionada</translation>
    </message>
    <message>
        <source>Activity “%1” created.</source>
        <translation>Actividad «%1» creada.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Cambios en «%1» guardados.</translation>
    </message>
</context>
<context>
    <name>erp::client::OrganisationSettingsPage</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>You have unsaved changes. Save them or press Undo Changes before reloading.</source>
        <translation>Tiene cambios sin guardar. Guárdelos o pulse «Deshacer cambios» antes de recargar.</translation>
    </message>
    <message>
        <source>The settings could not be loaded: %1</source>
        <translation>No se pudo cargar la configuración: %1</translation>
    </message>
    <message>
        <source>Enter the company name printed on documents.</source>
        <translation>Introduzca el nombre de la empresa que se imprime en los documentos.</translation>
    </message>
    <message>
        <source>Use 1 to 10 letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>Use de 1 a 10 letras, dígitos y guiones, empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>Introduzca un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Organisation settings saved.</source>
        <translation>Configuración de la organización guardada.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the settings, and they could not be read again: %1</source>
        <translation>No guardado: otra persona cambió la configuración y no se pudo volver a leer: %1</translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation>Configuración de la organización</translation>
    </message>
    <message>
        <source>Showing the settings as they are now; your changes were discarded.</source>
        <translation>Se muestra la configuración tal como está ahora; sus cambios se descartaron.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the settings. Save again to review the differences.</source>
        <translation>No guardado: otra persona cambió la configuración. Guarde de nuevo para revisar las diferencias.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Purchase orders are numbered like %1.</source>
        <translation>Los pedidos se numeran como %1.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>&amp;NIF:</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>Moneda &amp;base:</translation>
    </message>
    <message>
        <source>Approval bands are judged in this currency; orders in another currency are converted at the exchange rate of the order date.</source>
        <translation>Los tramos de aprobación se evalúan en esta moneda; los pedidos en otra moneda se convierten al tipo de la fecha del pedido.</translation>
    </message>
    <message>
        <source>Default tax &amp;rate:</source>
        <translation>&amp;Tipo impositivo predeterminado:</translation>
    </message>
    <message>
        <source>Order number &amp;prefix:</source>
        <translation>&amp;Prefijo del número de pedido:</translation>
    </message>
    <message>
        <source>Receipt t&amp;olerance:</source>
        <translation>T&amp;olerancia de recepción:</translation>
    </message>
    <message>
        <source>Allow &amp;negative stock (withdrawals may go below zero)</source>
        <translation>Permitir stock &amp;negativo (las salidas pueden bajar de cero)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Undo Changes</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation>p. ej. ESB12345678</translation>
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
        <translation>Compras</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>My Sessions</source>
        <translation>Mis sesiones</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>My Activities</source>
        <translation>Mis actividades</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Almacenes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>Approval Rules</source>
        <translation>Reglas de aprobación</translation>
    </message>
    <message>
        <source>Purchase Orders</source>
        <translation>Pedidos de compra</translation>
    </message>
    <message>
        <source>Approval Inbox</source>
        <translation>Bandeja de aprobación</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Stock Moves</source>
        <translation>Movimientos de stock</translation>
    </message>
    <message>
        <source>Your Account</source>
        <translation>Su cuenta</translation>
    </message>
</context>
<context>
    <name>erp::client::PagedListModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>erp::client::PermissionCatalogModel</name>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Customers (CRM)</source>
        <translation>Clientes (CRM)</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>See users</source>
        <translation>Ver usuarios</translation>
    </message>
    <message>
        <source>Create, edit and deactivate users and assign roles</source>
        <translation>Crear, editar y desactivar usuarios y asignar roles</translation>
    </message>
    <message>
        <source>See roles and their permissions</source>
        <translation>Ver los roles y sus permisos</translation>
    </message>
    <message>
        <source>Create, rename, change and delete roles</source>
        <translation>Crear, renombrar, modificar y eliminar roles</translation>
    </message>
    <message>
        <source>See and revoke other users&apos; sessions</source>
        <translation>Ver y revocar las sesiones de otros usuarios</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Consultar el registro de auditoría</translation>
    </message>
    <message>
        <source>Change the organisation&apos;s settings, exchange rates and approval rules</source>
        <translation>Cambiar la configuración de la organización, los tipos de cambio y las reglas de aprobación</translation>
    </message>
    <message>
        <source>See leads, contacts, accounts and activities</source>
        <translation>Ver oportunidades, contactos, cuentas y actividades</translation>
    </message>
    <message>
        <source>Create and change CRM records</source>
        <translation>Crear y modificar registros de CRM</translation>
    </message>
    <message>
        <source>See every user&apos;s CRM records, not only one&apos;s own</source>
        <translation>Ver los registros de CRM de todos los usuarios, no solo los propios</translation>
    </message>
    <message>
        <source>See suppliers, products and purchase orders</source>
        <translation>Ver proveedores, productos y pedidos de compra</translation>
    </message>
    <message>
        <source>Create and change purchase orders</source>
        <translation>Crear y modificar pedidos de compra</translation>
    </message>
    <message>
        <source>Approve or reject purchase orders</source>
        <translation>Aprobar o rechazar pedidos de compra</translation>
    </message>
    <message>
        <source>See stock and stock moves</source>
        <translation>Ver existencias y movimientos de stock</translation>
    </message>
    <message>
        <source>Receive goods and transfer stock between locations</source>
        <translation>Recibir mercancías y transferir existencias entre ubicaciones</translation>
    </message>
    <message>
        <source>Correct stock after a count</source>
        <translation>Corregir existencias tras un recuento</translation>
    </message>
    <message>
        <source>See shipments and carriers</source>
        <translation>Ver envíos y transportistas</translation>
    </message>
    <message>
        <source>Create and update shipments</source>
        <translation>Crear y actualizar envíos</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Change the sales pipeline&apos;s stages</source>
        <translation>Cambiar las etapas del embudo de ventas</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineBoardPage</name>
    <message>
        <source>Pipeline</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>The pipeline could not be loaded: %1</source>
        <translation>No se pudo cargar el embudo: %1</translation>
    </message>
    <message>
        <source>The leads could not be loaded: %1</source>
        <translation>No se pudieron cargar los prospectos: %1</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>«%1» movido a %2.</translation>
    </message>
    <message>
        <source>The lead no longer exists or is no longer visible to you.</source>
        <translation>El prospecto ya no existe o ya no es visible para usted.</translation>
    </message>
    <message>
        <source>“%1” was not moved to %2: %3</source>
        <translation>«%1» no se ha movido a %2: %3</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valor estimado</translation>
    </message>
    <message>
        <source>Lead “%1”</source>
        <translation>Prospecto «%1»</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else and was not moved; the board shows it as it is now.</source>
        <translation>Otra persona ha modificado «%1» y no se ha movido; el tablero lo muestra tal como está ahora.</translation>
    </message>
    <message>
        <source>Open leads by stage. Enter opens the lead.</source>
        <translation>Prospectos abiertos por etapa. Intro abre el prospecto.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load the pipeline again (F5)</source>
        <translation>Volver a cargar el embudo (F5)</translation>
    </message>
    <message>
        <source>“%1” moved within %2.</source>
        <translation>«%1» movida dentro de %2.</translation>
    </message>
    <message>
        <source>Drag a card to another stage or place, or select it and press Ctrl+Left / Ctrl+Right / Ctrl+Up / Ctrl+Down. Enter opens the lead.</source>
        <translation>Arrastre una tarjeta a otra etapa u otra posición, o selecciónela y pulse Ctrl+Izquierda / Ctrl+Derecha / Ctrl+Arriba / Ctrl+Abajo. Intro abre la oportunidad.</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Etapas…</translation>
    </message>
    <message>
        <source>Add, rename, reorder or remove the pipeline&apos;s stages</source>
        <translation>Añadir, renombrar, reordenar o quitar las etapas del embudo</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Etapas del embudo</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineCardAccessibility</name>
    <message>
        <source>stage %1</source>
        <translation>etapa %1</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>moviéndose</translation>
    </message>
    <message>
        <source>Ctrl+Left or Ctrl+Right moves the lead to the neighbouring stage; Enter opens it.</source>
        <translation>Ctrl+Izquierda o Ctrl+Derecha mueve el lead a la etapa vecina; Intro lo abre.</translation>
    </message>
    <message>
        <source>Owner %1. %2</source>
        <translation>Responsable: %1. %2</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Mover a la izquierda</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Mover a la derecha</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Moves the lead to the previous stage</source>
        <translation>Mueve el lead a la etapa anterior</translation>
    </message>
    <message>
        <source>Moves the lead to the next stage</source>
        <translation>Mueve el lead a la etapa siguiente</translation>
    </message>
    <message>
        <source>Opens the lead</source>
        <translation>Abre el lead</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineColumn</name>
    <message numerus="yes">
        <source>%Ln open lead(s)</source>
        <translation>
            <numerusform>%Ln prospecto abierto</numerusform>
            <numerusform>%Ln prospectos abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1, %2</source>
        <translation>Etapa %1, %2</translation>
    </message>
    <message>
        <source>Load more (%1 of %2 shown)</source>
        <translation>Cargar más (%1 de %2 mostradas)</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineColumnModel</name>
    <message>
        <source>Expected close: %1</source>
        <translation>Cierre previsto: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3, owner %4</source>
        <translation>%1, %2, %3, responsable: %4</translation>
    </message>
</context>
<context>
    <name>erp::client::PipelineStagesDialog</name>
    <message>
        <source>Add Stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Renombrar etapa</translation>
    </message>
    <message>
        <source>Pipeline Stages</source>
        <translation>Etapas del embudo</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>The stages could not be loaded: %1</source>
        <translation>No se pudieron cargar las etapas: %1</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Nombre de la etapa:</translation>
    </message>
    <message>
        <source>Stage “%1” added.</source>
        <translation>Etapa «%1» añadida.</translation>
    </message>
    <message>
        <source>Stage renamed to “%1”.</source>
        <translation>Etapa renombrada a «%1».</translation>
    </message>
    <message>
        <source>Stage “%1” moved.</source>
        <translation>Etapa «%1» movida.</translation>
    </message>
    <message>
        <source>Stage “%1” removed.</source>
        <translation>Etapa «%1» quitada.</translation>
    </message>
    <message>
        <source>The stages of your organisation&apos;s pipeline, in the order of the board&apos;s columns. Changes apply at once for everyone. Removing a stage that still holds leads moves them to a stage you choose.</source>
        <translation>Las etapas del embudo de su organización, en el orden de las columnas del tablero. Los cambios se aplican al momento para todos. Al quitar una etapa que aún tiene prospectos, estos pasan a la etapa que elija.</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Quitar etapa</translation>
    </message>
    <message>
        <source>Leads are still in “%1”. Choose the stage they move to; then “%1” is removed.</source>
        <translation>Aún hay prospectos en «%1». Elija la etapa a la que pasan; después se quita «%1».</translation>
    </message>
    <message>
        <source>&amp;Move leads to:</source>
        <translation>&amp;Mover prospectos a:</translation>
    </message>
    <message>
        <source>Move Leads and Remove</source>
        <translation>Mover prospectos y quitar</translation>
    </message>
    <message>
        <source>Stage “%1” kept; its leads were not moved.</source>
        <translation>Etapa «%1» conservada; sus prospectos no se movieron.</translation>
    </message>
    <message>
        <source>Stage “%1” removed; its leads are now in “%2”.</source>
        <translation>Etapa «%1» quitada; sus prospectos están ahora en «%2».</translation>
    </message>
</context>
<context>
    <name>erp::client::ProductForm</name>
    <message>
        <source>The units could not be loaded: %1</source>
        <translation>No se pudieron cargar las unidades: %1</translation>
    </message>
    <message>
        <source>Enter the product&apos;s SKU (your article number).</source>
        <translation>Introduzca la referencia del artículo.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Introduzca el nombre del artículo.</translation>
    </message>
    <message>
        <source>Choose the unit stock is counted in.</source>
        <translation>Elija la unidad en la que se cuenta el stock.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo artículo</translation>
    </message>
    <message>
        <source>Product “%1”</source>
        <translation>Artículo «%1»</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Nuevo artículo</translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation>Editar artículo</translation>
    </message>
    <message>
        <source>Product: %1 %2</source>
        <translation>Artículo: %1 %2</translation>
    </message>
    <message>
        <source>The stock unit is chosen when the product is created.</source>
        <translation>La unidad de stock se elige al crear el artículo.</translation>
    </message>
    <message>
        <source>A new product has no stock yet.</source>
        <translation>Un artículo nuevo todavía no tiene stock.</translation>
    </message>
    <message>
        <source>Save the product first; then add the prices its suppliers ask.</source>
        <translation>Guarde primero el artículo; después añada los precios de sus proveedores.</translation>
    </message>
    <message>
        <source>The stock could not be loaded: %1</source>
        <translation>No se pudo cargar el stock: %1</translation>
    </message>
    <message>
        <source>The supplier prices could not be loaded: %1</source>
        <translation>No se pudieron cargar los precios de proveedor: %1</translation>
    </message>
    <message>
        <source>No stock in any location.</source>
        <translation>No hay stock en ninguna ubicación.</translation>
    </message>
    <message numerus="yes">
        <source>Stock in %n location(s), in the stock unit.</source>
        <translation>
            <numerusform>Stock en %n ubicación, en la unidad de stock.</numerusform>
            <numerusform>Stock en %n ubicaciones, en la unidad de stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>supplier&apos;s usual</source>
        <translation>el habitual del proveedor</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No supplier prices yet.</source>
        <translation>Todavía no hay precios de proveedor.</translation>
    </message>
    <message>
        <source>A new order line takes the best price for its quantity.</source>
        <translation>Una nueva línea de pedido toma el mejor precio para su cantidad.</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Barcode:</source>
        <translation>Código de barras:</translation>
    </message>
    <message>
        <source>Stock &amp;unit:</source>
        <translation>&amp;Unidad de stock:</translation>
    </message>
    <message>
        <source>Standard &amp;cost:</source>
        <translation>&amp;Coste estándar:</translation>
    </message>
    <message>
        <source>&amp;Reorder point:</source>
        <translation>&amp;Punto de pedido:</translation>
    </message>
    <message>
        <source>Reorder &amp;quantity:</source>
        <translation>Cantidad de &amp;pedido:</translation>
    </message>
    <message>
        <source>&amp;Preferred supplier:</source>
        <translation>Pro&amp;veedor preferido:</translation>
    </message>
    <message>
        <source>Acti&amp;ve (may be ordered)</source>
        <translation>Acti&amp;vo (se puede pedir)</translation>
    </message>
    <message>
        <source>Type to search suppliers</source>
        <translation>Escriba para buscar proveedores</translation>
    </message>
    <message>
        <source>Stock by location</source>
        <translation>Stock por ubicación</translation>
    </message>
    <message>
        <source>Supplier prices</source>
        <translation>Precios de proveedor</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Disponible físico</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Value at standard cost</source>
        <translation>Valor a coste estándar</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>Desde la cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <source>&amp;Add Price…</source>
        <translation>&amp;Añadir precio…</translation>
    </message>
    <message>
        <source>&amp;Edit Price…</source>
        <translation>&amp;Editar precio…</translation>
    </message>
</context>
<context>
    <name>erp::client::ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Standard cost</source>
        <translation>Coste estándar</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Punto de pedido</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Search by SKU, barcode or name</source>
        <translation>Buscar por referencia, código de barras o nombre</translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation>Todavía no hay artículos.</translation>
    </message>
    <message>
        <source>No products match the search or filter.</source>
        <translation>Ningún artículo coincide con la búsqueda o el filtro.</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Nuevo artículo</translation>
    </message>
    <message>
        <source>Product “%1” created.</source>
        <translation>Artículo «%1» creado.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Cambios en «%1» guardados.</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderEditor</name>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Order date:</source>
        <translation>&amp;Fecha de pedido:</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>Pre&amp;vista:</translation>
    </message>
    <message>
        <source>Ship &amp;to:</source>
        <translation>Enviar &amp;a:</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Name or code; Down for a list</source>
        <translation>Nombre o código; Abajo para una lista</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Líneas</translation>
    </message>
    <message>
        <source>Insert adds a line, Delete removes it; Tab or Enter moves to the next cell.</source>
        <translation>Insert añade una línea, Supr la elimina; Tab o Intro pasa a la celda siguiente.</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Add a line (Insert)</source>
        <translation>Añadir una línea (Insert)</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>Remove the current line (Delete)</source>
        <translation>Quitar la línea actual (Supr)</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Subtotal:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Impuesto:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>New Purchase Order</source>
        <translation>Nuevo pedido de compra</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not counted yet: the server fills in missing prices and the default tax rate on saving.</source>
        <translation>
            <numerusform>%n línea aún no contada: el servidor rellena los precios que faltan y el tipo impositivo predeterminado al guardar.</numerusform>
            <numerusform>%n líneas aún no contadas: el servidor rellena los precios que faltan y el tipo impositivo predeterminado al guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>Elija el proveedor.</translation>
    </message>
    <message>
        <source>Choose the warehouse the goods go to.</source>
        <translation>Elija el almacén al que va la mercancía.</translation>
    </message>
    <message>
        <source>Goods cannot be expected before they are ordered.</source>
        <translation>La mercancía no puede esperarse antes del pedido.</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>Nuevo pedido de compra</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Pedido de compra %1</translation>
    </message>
    <message>
        <source>Purchase Order %1</source>
        <translation>Pedido de compra %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Approved by rule</source>
        <translation>Aprobado por regla</translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation>%1 (anulado)</translation>
    </message>
    <message>
        <source>Please save your changes first.</source>
        <translation>Guarde primero sus cambios.</translation>
    </message>
    <message>
        <source>Why is the order rejected? The buyer sees this comment.</source>
        <translation>¿Por qué se rechaza el pedido? El comprador verá este comentario.</translation>
    </message>
    <message>
        <source>Why is the order cancelled?</source>
        <translation>¿Por qué se cancela el pedido?</translation>
    </message>
    <message>
        <source>Reason for cancelling (optional):</source>
        <translation>Motivo de la cancelación (opcional):</translation>
    </message>
    <message>
        <source>%1 did not go through: %2</source>
        <translation>%1 no se realizó: %2</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”.</source>
        <translation>No se pudo escribir el PDF en «%1».</translation>
    </message>
    <message>
        <source>Export Purchase Order as PDF</source>
        <translation>Exportar el pedido de compra como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close Line Short…</source>
        <translation>Cerrar línea con faltante…</translation>
    </message>
    <message>
        <source>End the current line with less than ordered: the rest will not come</source>
        <translation>Cerrar la línea actual con menos de lo pedido: el resto no llegará</translation>
    </message>
    <message>
        <source>Close Line Short</source>
        <translation>Cerrar línea con faltante</translation>
    </message>
    <message>
        <source>Line %1 (%2): why will the rest not come? Nothing more can be received on it.</source>
        <translation>Línea %1 (%2): ¿por qué no llegará el resto? Ya no se podrá recibir nada en ella.</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderLineDelegate</name>
    <message>
        <source>SKU, barcode or name</source>
        <translation>SKU, código de barras o nombre</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderLinesModel</name>
    <message>
        <source>Line %1: </source>
        <translation>Línea %1: </translation>
    </message>
    <message>
        <source>choose a product.</source>
        <translation>elija un producto.</translation>
    </message>
    <message>
        <source>enter a quantity.</source>
        <translation>introduzca una cantidad.</translation>
    </message>
    <message>
        <source>The supplier&apos;s price for this quantity; type a price to override it.</source>
        <translation>El precio del proveedor para esta cantidad; escriba un precio para sustituirlo.</translation>
    </message>
    <message>
        <source>No supplier price known; the server fills in a price on saving, or type one.</source>
        <translation>No se conoce precio del proveedor; el servidor rellena un precio al guardar, o escriba uno.</translation>
    </message>
    <message>
        <source>The organisation&apos;s default tax rate; type a rate to override it.</source>
        <translation>El tipo impositivo predeterminado de la organización; escriba un tipo para sustituirlo.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Line Total</source>
        <translation>Total de línea</translation>
    </message>
    <message>
        <source>Closed short: %1</source>
        <translation>Cerrada con faltante: %1</translation>
    </message>
    <message>
        <source>%1 (closed short: %2)</source>
        <translation>%1 (cerrada con faltante: %2)</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrderPrinter</name>
    <message>
        <source>Tax ID: %1</source>
        <translation>NIF: %1</translation>
    </message>
    <message>
        <source>Purchase Order</source>
        <translation>Pedido de compra</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>Entrega prevista</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Entregar en</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Line Total</source>
        <translation>Total de línea</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Purchase Order %1</source>
        <translation>Pedido de compra %1</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchaseOrdersPage</name>
    <message>
        <source>Purchase Orders</source>
        <translation>Pedidos de compra</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 of %2 approvals given</source>
        <translation>%1 de %2 aprobaciones dadas</translation>
    </message>
    <message>
        <source>Order Date</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Search number</source>
        <translation>Buscar número</translation>
    </message>
    <message>
        <source>No purchase orders yet. Create one with “New Order”.</source>
        <translation>Todavía no hay pedidos de compra. Cree uno con «Nuevo pedido».</translation>
    </message>
    <message>
        <source>No purchase orders yet.</source>
        <translation>Todavía no hay pedidos de compra.</translation>
    </message>
    <message>
        <source>No purchase orders match the search or filters.</source>
        <translation>Ningún pedido de compra coincide con la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>New Order</source>
        <translation>Nuevo pedido</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ver…</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Todos los almacenes</translation>
    </message>
    <message>
        <source>Orders dated on or after</source>
        <translation>Pedidos con fecha desde</translation>
    </message>
    <message>
        <source>Orders dated on or before</source>
        <translation>Pedidos con fecha hasta</translation>
    </message>
    <message>
        <source>Waiting for my approval</source>
        <translation>Pendientes de mi aprobación</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Purchase order %1 created.</source>
        <translation>Pedido de compra %1 creado.</translation>
    </message>
    <message>
        <source>Purchase order %1 saved.</source>
        <translation>Pedido de compra %1 guardado.</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>Desde: cualquiera</translation>
    </message>
    <message>
        <source>To: any</source>
        <translation>Hasta: cualquiera</translation>
    </message>
</context>
<context>
    <name>erp::client::PurchasingText</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Recibido parcialmente</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Submit for Approval</source>
        <translation>Enviar a aprobación</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Mark as Ordered</source>
        <translation>Marcar como pedido</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Recibir…</translation>
    </message>
    <message>
        <source>Close Short…</source>
        <translation>Cerrar con faltante…</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Cancel Order…</source>
        <translation>Cancelar pedido…</translation>
    </message>
    <message>
        <source>Close Order</source>
        <translation>Cerrar pedido</translation>
    </message>
    <message>
        <source>The order is no longer in a state that allows this; someone may have changed it. It has been reloaded.</source>
        <translation>El pedido ya no está en un estado que lo permita; puede que alguien lo haya cambiado. Se ha vuelto a cargar.</translation>
    </message>
    <message>
        <source>You created this order, so you cannot approve or reject it; another approver must.</source>
        <translation>Usted creó este pedido, así que no puede aprobarlo ni rechazarlo; debe hacerlo otro aprobador.</translation>
    </message>
    <message>
        <source>You have already approved this order; it waits for another approver.</source>
        <translation>Ya aprobó este pedido; espera a otro aprobador.</translation>
    </message>
    <message>
        <source>The approval rule for this order&apos;s amount does not allow you to approve it.</source>
        <translation>La regla de aprobación para el importe de este pedido no le permite aprobarlo.</translation>
    </message>
    <message>
        <source>Only the order&apos;s creator or a buyer may withdraw it.</source>
        <translation>Solo quien creó el pedido o un comprador puede retirarlo.</translation>
    </message>
    <message>
        <source>An order needs at least one line before it can be submitted.</source>
        <translation>Un pedido necesita al menos una línea antes de poder enviarse.</translation>
    </message>
    <message>
        <source>A line refers to a product that is no longer active.</source>
        <translation>Una línea hace referencia a un producto que ya no está activo.</translation>
    </message>
    <message>
        <source>The supplier is no longer active.</source>
        <translation>El proveedor ya no está activo.</translation>
    </message>
    <message>
        <source>There is no exchange rate for the order&apos;s currency on or before its order date. Ask an administrator to enter one, then submit again.</source>
        <translation>No hay tipo de cambio para la moneda del pedido en su fecha o antes. Pida a un administrador que introduzca uno y vuelva a enviarlo.</translation>
    </message>
    <message>
        <source>No approval rule covers this order&apos;s total. Ask an administrator to check the approval rules.</source>
        <translation>Ninguna regla de aprobación cubre el total de este pedido. Pida a un administrador que revise las reglas de aprobación.</translation>
    </message>
    <message>
        <source>Please give a reason for rejecting the order.</source>
        <translation>Indique un motivo para rechazar el pedido.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Indique un motivo.</translation>
    </message>
    <message>
        <source>The currency is not one the product knows.</source>
        <translation>El programa no conoce esta moneda.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La cantidad debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>A quantity has at most 3 decimals.</source>
        <translation>Una cantidad tiene como máximo 3 decimales.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>La cantidad es demasiado grande.</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>El precio unitario no puede ser negativo.</translation>
    </message>
    <message>
        <source>A unit price has at most 4 decimals.</source>
        <translation>Un precio unitario tiene como máximo 4 decimales.</translation>
    </message>
    <message>
        <source>The unit price is too large.</source>
        <translation>El precio unitario es demasiado alto.</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation>El tipo impositivo debe estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>A tax rate has at most 2 decimals.</source>
        <translation>Un tipo impositivo tiene como máximo 2 decimales.</translation>
    </message>
    <message>
        <source>The supplier lists no price for this product and unit; please enter the unit price.</source>
        <translation>El proveedor no indica precio para este producto y unidad; introduzca el precio unitario.</translation>
    </message>
    <message>
        <source>The unit is not one the product is counted in.</source>
        <translation>El producto no se cuenta en esta unidad.</translation>
    </message>
    <message>
        <source>The quantity cannot be converted exactly into the product&apos;s stock unit.</source>
        <translation>La cantidad no puede convertirse exactamente a la unidad de stock del producto.</translation>
    </message>
    <message>
        <source>A line amount is above %1.</source>
        <translation>Un importe de línea supera %1.</translation>
    </message>
    <message>
        <source>The order total is above %1.</source>
        <translation>El total del pedido supera %1.</translation>
    </message>
    <message>
        <source>Close Line Short…</source>
        <translation>Cerrar línea con faltante…</translation>
    </message>
    <message>
        <source>This line is already fully received or closed short.</source>
        <translation>Esta línea ya está recibida por completo o cerrada con faltante.</translation>
    </message>
    <message>
        <source>Nothing has been received on this order yet, so its last open line cannot be closed short; cancel the order instead.</source>
        <translation>Aún no se ha recibido nada de este pedido, por lo que su última línea abierta no puede cerrarse con faltante; cancele el pedido en su lugar.</translation>
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
        <translation>Recibir mercancía</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>Cargando el pedido…</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU, then press Enter</source>
        <translation>Escanee un código de barras o escriba una referencia y pulse Intro</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Escanear:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Received So Far</source>
        <translation>Recibido hasta ahora</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Receive Now</source>
        <translation>Recibir ahora</translation>
    </message>
    <message>
        <source>Close Short</source>
        <translation>Cerrar incompleto</translation>
    </message>
    <message>
        <source>Reason for Closing Short</source>
        <translation>Motivo del cierre incompleto</translation>
    </message>
    <message>
        <source>Delivery note number, carrier, damage…</source>
        <translation>Número de albarán, transportista, daños…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Recibir</translation>
    </message>
    <message>
        <source>%1 from %2, into %3. Tolerance: %4.</source>
        <translation>%1 de %2, a %3. Tolerancia: %4.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation>Código de barras: %1</translation>
    </message>
    <message>
        <source>closed short</source>
        <translation>cerrado incompleto</translation>
    </message>
    <message>
        <source>Up to %1 with the receipt tolerance.</source>
        <translation>Hasta %1 con la tolerancia de recepción.</translation>
    </message>
    <message>
        <source>Receive now, %1</source>
        <translation>Recibir ahora, %1</translation>
    </message>
    <message>
        <source>Close %1 short</source>
        <translation>Cerrar %1 con entrega incompleta</translation>
    </message>
    <message>
        <source>Reason for closing %1 short</source>
        <translation>Motivo para cerrar %1 incompleto</translation>
    </message>
    <message>
        <source>This order is %1; only approved or ordered orders can be received.</source>
        <translation>Este pedido está %1; solo se pueden recibir pedidos aprobados o enviados.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing on this order has the barcode or SKU “%1”. Check the product or the order.</source>
        <translation>Nada en este pedido tiene el código de barras o la referencia «%1». Compruebe el producto o el pedido.</translation>
    </message>
    <message>
        <source>%1: at most %2 may still be received; this item was not added.</source>
        <translation>%1: como máximo se pueden recibir aún %2; este artículo no se ha añadido.</translation>
    </message>
    <message>
        <source>%1: the quantity typed cannot be read; correct it before scanning.</source>
        <translation>%1: la cantidad escrita no se puede leer; corríjala antes de escanear.</translation>
    </message>
    <message>
        <source>%1: one added, %2 to receive now.</source>
        <translation>%1: uno añadido, %2 para recibir ahora.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: at most %2 may still be received.</source>
        <translation>%1: como máximo se pueden recibir aún %2.</translation>
    </message>
    <message>
        <source>%1: say why the line is closed short.</source>
        <translation>%1: indique por qué la línea se cierra con entrega incompleta.</translation>
    </message>
    <message>
        <source>Closing short ends every line that is still open. Receive the rest of %1 or close it short as well.</source>
        <translation>Cerrar con entrega incompleta termina todas las líneas abiertas. Reciba el resto de %1 o ciérrela también.</translation>
    </message>
    <message>
        <source>Enter a quantity to receive or scan a barcode.</source>
        <translation>Introduzca una cantidad a recibir o escanee un código de barras.</translation>
    </message>
    <message>
        <source>%1: more than may still be received; someone may have received goods for this order in the meantime. The remaining quantities are updated; your entries are kept.</source>
        <translation>%1: más de lo que aún se puede recibir; puede que alguien haya recibido mercancía de este pedido mientras tanto. Las cantidades pendientes se han actualizado; sus datos se conservan.</translation>
    </message>
    <message>
        <source>%1: the line was closed short meanwhile and receives nothing more.</source>
        <translation>%1: la línea se cerró mientras tanto y ya no recibe nada.</translation>
    </message>
    <message>
        <source>The order cannot be received any more: it is now %1. Your entries are kept.</source>
        <translation>Este pedido ya no se puede recibir: ahora está %1. Sus datos se conservan.</translation>
    </message>
    <message>
        <source>The lines could not be closed short: only an order with some goods received can be closed short.</source>
        <translation>No se pudieron cerrar las líneas: solo se puede cerrar un pedido del que ya se ha recibido algo.</translation>
    </message>
</context>
<context>
    <name>erp::client::RecordForm</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This record no longer exists; someone may have deleted it.</source>
        <translation>Este registro ya no existe; es posible que alguien lo haya eliminado.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Your session ended before the changes were saved. Your entries are still here: sign in again, then press Save.</source>
        <translation>Su sesión terminó antes de guardar los cambios. Sus datos siguen aquí: vuelva a iniciar sesión y pulse Guardar.</translation>
    </message>
    <message>
        <source>Saving was cancelled. Your entries are still here.</source>
        <translation>Se canceló el guardado. Sus datos siguen aquí.</translation>
    </message>
    <message>
        <source>Someone else changed this record; fetching their version…</source>
        <translation>Otra persona modificó este registro; obteniendo su versión…</translation>
    </message>
    <message>
        <source>Someone else deleted this record while you were editing it.</source>
        <translation>Otra persona eliminó este registro mientras usted lo editaba.</translation>
    </message>
    <message>
        <source>Showing the record as it is now; your changes were discarded.</source>
        <translation>Se muestra el registro en su estado actual; sus cambios se descartaron.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record. Save again to review the differences.</source>
        <translation>No se ha guardado: otra persona modificó este registro. Vuelva a guardar para revisar las diferencias.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si no guarda, se perderán los cambios.</translation>
    </message>
    <message>
        <source>Do you want to save your changes to “%1”?</source>
        <translation>¿Desea guardar los cambios en «%1»?</translation>
    </message>
</context>
<context>
    <name>erp::client::RecordListPage</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
</context>
<context>
    <name>erp::client::ReferencePicker</name>
    <message>
        <source>Type to search, Down for a list</source>
        <translation>Escriba para buscar, flecha abajo para ver una lista</translation>
    </message>
</context>
<context>
    <name>erp::client::RejectOrderDialog</name>
    <message>
        <source>Reject Purchase Order</source>
        <translation>Rechazar pedido</translation>
    </message>
    <message>
        <source>Reject %1 and send it back to its buyer as a draft.</source>
        <translation>Rechazar %1 y devolverlo a su comprador como borrador.</translation>
    </message>
    <message>
        <source>&amp;Reason for the buyer (required):</source>
        <translation>&amp;Motivo para el comprador (obligatorio):</translation>
    </message>
    <message>
        <source>The buyer sees this reason; say what to change.</source>
        <translation>El comprador ve este motivo; diga qué hay que cambiar.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
</context>
<context>
    <name>erp::client::RelatedRecordsList</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>erp::client::RoleForm</name>
    <message>
        <source>The list of permissions could not be loaded: %1</source>
        <translation>No se pudo cargar la lista de permisos: %1</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Asigne un nombre al rol.</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>Editar rol</translation>
    </message>
    <message>
        <source>Edit Role: %1</source>
        <translation>Editar rol: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The administrator role always holds every permission; it cannot be changed or deleted.</source>
        <translation>El rol de administrador siempre tiene todos los permisos; no se puede modificar ni eliminar.</translation>
    </message>
    <message>
        <source>A built-in role. You can adjust its permissions to suit your organisation.</source>
        <translation>Un rol predefinido. Puede ajustar sus permisos a su organización.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rol %1</translation>
    </message>
</context>
<context>
    <name>erp::client::RoleText</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Warehouse clerk</source>
        <translation>Almacenero</translation>
    </message>
</context>
<context>
    <name>erp::client::RolesPage</name>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Predefinido</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Buscar roles</translation>
    </message>
    <message>
        <source>No roles yet.</source>
        <translation>Todavía no hay roles.</translation>
    </message>
    <message>
        <source>No roles match the search or filter.</source>
        <translation>Ningún rol coincide con la búsqueda o el filtro.</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>Built-in roles</source>
        <translation>Roles predefinidos</translation>
    </message>
    <message>
        <source>Custom roles</source>
        <translation>Roles personalizados</translation>
    </message>
    <message>
        <source>Role %1 created.</source>
        <translation>Rol %1 creado.</translation>
    </message>
    <message>
        <source>Role %1 saved.</source>
        <translation>Rol %1 guardado.</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Eliminar rol</translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation>¿Eliminar el rol %1?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Role %1 deleted.</source>
        <translation>Rol %1 eliminado.</translation>
    </message>
    <message numerus="yes">
        <source>The role %1 cannot be deleted because %n user(s) still have it. Remove the role from them on the Users page (filter by this role), then delete it.</source>
        <translation>
            <numerusform>El rol %1 no se puede eliminar porque %n usuario todavía lo tiene. Quíteselo en la página Usuarios (filtre por este rol) y después elimínelo.</numerusform>
            <numerusform>El rol %1 no se puede eliminar porque %n usuarios todavía lo tienen. Quíteselo en la página Usuarios (filtre por este rol) y después elimínelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The role %1 cannot be deleted because users still have it. Remove the role from them on the Users page (filter by this role), then delete it.</source>
        <translation>El rol %1 no se puede eliminar porque algunos usuarios todavía lo tienen. Quíteselo en la página Usuarios (filtre por este rol) y después elimínelo.</translation>
    </message>
    <message>
        <source>Someone else changed the role %1 a moment ago. The list has been refreshed; please check and try again.</source>
        <translation>Otra persona acaba de modificar el rol %1. La lista se ha actualizado; compruébelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Role Not Deleted</source>
        <translation>Rol no eliminado</translation>
    </message>
    <message>
        <source>All permissions (%1)</source>
        <translation>Todos los permisos (%1)</translation>
    </message>
</context>
<context>
    <name>erp::client::ServerProfileDialog</name>
    <message>
        <source>Enter the server&apos;s address, for example https://erp.example.com:8443. Only secure (https) connections are possible.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo https://erp.example.com:8443. Solo se admiten conexiones seguras (https).</translation>
    </message>
    <message>
        <source>The organisation is the short name you sign in with: lower-case letters, digits and hyphens.</source>
        <translation>La organización es el nombre corto con el que inicia sesión: minúsculas, dígitos y guiones.</translation>
    </message>
</context>
<context>
    <name>erp::client::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>My Sessions</source>
        <translation>Mis sesiones</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>sesión cerrada</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>contraseña cambiada</translation>
    </message>
    <message>
        <source>password reset by an administrator</source>
        <translation>contraseña restablecida por un administrador</translation>
    </message>
    <message>
        <source>user deactivated</source>
        <translation>usuario desactivado</translation>
    </message>
    <message>
        <source>ended for safety: a sign-in token was used twice</source>
        <translation>finalizada por seguridad: se usó dos veces un token de inicio de sesión</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Dispositivo desconocido</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (este dispositivo)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active until %1</source>
        <translation>Activa hasta el %1</translation>
    </message>
    <message>
        <source>Ended %1 (%2)</source>
        <translation>Finalizada el %1 (%2)</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Caducada el %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>No hay sesiones.</translation>
    </message>
    <message>
        <source>No sessions match the filter.</source>
        <translation>Ninguna sesión coincide con el filtro.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Sign this session out: the device must sign in again.</source>
        <translation>Cerrar esta sesión: el dispositivo deberá volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sesiones activas</translation>
    </message>
    <message>
        <source>Ended sessions</source>
        <translation>Sesiones finalizadas</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Revoke Session</source>
        <translation>Revocar sesión</translation>
    </message>
    <message>
        <source>Revoke the session of this device?</source>
        <translation>¿Revocar la sesión de este dispositivo?</translation>
    </message>
    <message>
        <source>Revoke the session on %1?</source>
        <translation>¿Revocar la sesión en %1?</translation>
    </message>
    <message>
        <source>an unknown device</source>
        <translation>un dispositivo desconocido</translation>
    </message>
    <message>
        <source>You will be signed out of this client at once.</source>
        <translation>Se cerrará su sesión en este cliente de inmediato.</translation>
    </message>
    <message>
        <source>That device will have to sign in again.</source>
        <translation>Ese dispositivo tendrá que volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Session revoked.</source>
        <translation>Sesión revocada.</translation>
    </message>
    <message>
        <source>Session Not Revoked</source>
        <translation>Sesión no revocada</translation>
    </message>
    <message>
        <source>ERP client %1</source>
        <translation>Cliente ERP %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Command-line tool (%1)</source>
        <translation>Herramienta de línea de comandos (%1)</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Navegador web</translation>
    </message>
</context>
<context>
    <name>erp::client::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Add Server Profile</source>
        <translation>Añadir perfil de servidor</translation>
    </message>
    <message>
        <source>Edit Server Profile</source>
        <translation>Editar perfil de servidor</translation>
    </message>
    <message>
        <source>Set up by your IT department, so it cannot be changed or removed here. Ask your IT department to change it.</source>
        <translation>Configurado por su departamento de informática, por lo que no se puede cambiar ni quitar aquí. Pida el cambio a su departamento de informática.</translation>
    </message>
    <message>
        <source>Select one of your own server profiles first.</source>
        <translation>Seleccione primero uno de sus propios perfiles de servidor.</translation>
    </message>
</context>
<context>
    <name>erp::client::StockAdjustmentDialog</name>
    <message>
        <source>Adjust Stock After a Count</source>
        <translation>Ajustar stock tras un recuento</translation>
    </message>
    <message>
        <source>SKU, barcode or name</source>
        <translation>Referencia, código de barras o nombre</translation>
    </message>
    <message>
        <source>Location code or name</source>
        <translation>Código o nombre de la ubicación</translation>
    </message>
    <message>
        <source>Annual count, damaged goods, found in another bin…</source>
        <translation>Inventario anual, mercancía dañada, encontrada en otro hueco…</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>On hand now:</source>
        <translation>Existencias actuales:</translation>
    </message>
    <message>
        <source>&amp;Counted quantity:</source>
        <translation>&amp;Cantidad contada:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Book Count</source>
        <translation>Registrar recuento</translation>
    </message>
    <message>
        <source>Choose a product and a location.</source>
        <translation>Elija un producto y una ubicación.</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Consultando…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose the product that was counted.</source>
        <translation>Elija el producto contado.</translation>
    </message>
    <message>
        <source>Choose the location that was counted.</source>
        <translation>Elija la ubicación contada.</translation>
    </message>
    <message>
        <source>Counted quantity: %1</source>
        <translation>Cantidad contada: %1</translation>
    </message>
    <message>
        <source>Say why the stock is corrected.</source>
        <translation>Indique por qué se corrige el stock.</translation>
    </message>
    <message>
        <source>The organisation does not allow negative stock; the count cannot go below zero.</source>
        <translation>La organización no permite stock negativo; el recuento no puede ser menor que cero.</translation>
    </message>
</context>
<context>
    <name>erp::client::StockMovesPage</name>
    <message>
        <source>Product:</source>
        <translation>Producto:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Stock Moves</source>
        <translation>Movimientos de stock</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>(outside)</source>
        <translation>(exterior)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No stock moves yet.</source>
        <translation>Todavía no hay movimientos de stock.</translation>
    </message>
    <message>
        <source>No stock moves match the filters.</source>
        <translation>Ningún movimiento coincide con los filtros.</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Todos los productos</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las ubicaciones</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <source>Purchase order #%1</source>
        <translation>Pedido de compra n.º %1</translation>
    </message>
    <message>
        <source>Moves booked on or after this day</source>
        <translation>Movimientos registrados desde este día</translation>
    </message>
    <message>
        <source>Moves booked on or before this day</source>
        <translation>Movimientos registrados hasta este día</translation>
    </message>
</context>
<context>
    <name>erp::client::StockPage</name>
    <message>
        <source>Warehouse:</source>
        <translation>Almacén:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Reposición</translation>
    </message>
    <message>
        <source>Below reorder point (%1)</source>
        <translation>Bajo el punto de pedido (%1)</translation>
    </message>
    <message>
        <source>The product&apos;s stock over all locations is below its reorder point of %1.</source>
        <translation>El stock del producto en todas las ubicaciones está por debajo de su punto de pedido de %1.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>On Hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Search SKU, barcode or product name</source>
        <translation>Buscar referencia, código de barras o nombre de producto</translation>
    </message>
    <message>
        <source>No stock booked yet.</source>
        <translation>Todavía no hay stock registrado.</translation>
    </message>
    <message>
        <source>No stock matches the search or filters.</source>
        <translation>Ningún stock coincide con la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Todos los almacenes</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las ubicaciones</translation>
    </message>
    <message>
        <source>Below reorder point only</source>
        <translation>Solo bajo el punto de pedido</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Ajustar…</translation>
    </message>
    <message>
        <source>Book a count for the selected product and location</source>
        <translation>Registrar un recuento del producto y la ubicación seleccionados</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Trasladar…</translation>
    </message>
    <message>
        <source>Move stock of the selected product to another location</source>
        <translation>Trasladar el stock del producto seleccionado a otra ubicación</translation>
    </message>
    <message>
        <source>Count booked.</source>
        <translation>Recuento registrado.</translation>
    </message>
    <message>
        <source>Stock transferred.</source>
        <translation>Stock trasladado.</translation>
    </message>
    <message>
        <source>On hand at standard cost, in %1</source>
        <translation>Existencias a coste estándar, en %1</translation>
    </message>
</context>
<context>
    <name>erp::client::StockTransferDialog</name>
    <message>
        <source>Transfer Stock</source>
        <translation>Trasladar stock</translation>
    </message>
    <message>
        <source>SKU, barcode or name</source>
        <translation>Referencia, código de barras o nombre</translation>
    </message>
    <message>
        <source>Location code or name</source>
        <translation>Código o nombre de la ubicación</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;From location:</source>
        <translation>&amp;Desde ubicación:</translation>
    </message>
    <message>
        <source>&amp;To location:</source>
        <translation>&amp;A ubicación:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>Choose the product to move.</source>
        <translation>Elija el producto que se traslada.</translation>
    </message>
    <message>
        <source>Choose where the goods come from and where they go.</source>
        <translation>Elija de dónde viene la mercancía y adónde va.</translation>
    </message>
    <message>
        <source>The goods must go to another location.</source>
        <translation>La mercancía debe ir a otra ubicación.</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Cantidad: %1</translation>
    </message>
    <message>
        <source>Quantity: move more than zero.</source>
        <translation>Cantidad: traslade más de cero.</translation>
    </message>
    <message>
        <source>Not enough stock: %1 has only %2 at %3.</source>
        <translation>Stock insuficiente: de %1 solo hay %2 en %3.</translation>
    </message>
</context>
<context>
    <name>erp::client::SupplierForm</name>
    <message>
        <source>Enter a short code for the supplier, for example ACME.</source>
        <translation>Introduzca un código corto para el proveedor, por ejemplo ACME.</translation>
    </message>
    <message>
        <source>Enter the supplier&apos;s name.</source>
        <translation>Introduzca el nombre del proveedor.</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation>Introduzca una dirección de correo válida, por ejemplo nombre@example.com.</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <source>Supplier “%1”</source>
        <translation>Proveedor «%1»</translation>
    </message>
    <message>
        <source>New Supplier</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <source>Edit Supplier</source>
        <translation>Editar proveedor</translation>
    </message>
    <message>
        <source>Supplier: %1</source>
        <translation>Proveedor: %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Persona de &amp;contacto:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>Condiciones de &amp;pago:</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>&amp;Plazo de entrega:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>e.g. ACME</source>
        <translation>p. ej. ACME</translation>
    </message>
    <message>
        <source>e.g. 30 days net</source>
        <translation>p. ej. 30 días netos</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Acti&amp;ve (new orders may go to this supplier)</source>
        <translation>Acti&amp;vo (se pueden hacer pedidos nuevos a este proveedor)</translation>
    </message>
</context>
<context>
    <name>erp::client::SupplierPriceForm</name>
    <message>
        <source>Choose the supplier.</source>
        <translation>Elija el proveedor.</translation>
    </message>
    <message>
        <source>Choose the unit the price is for.</source>
        <translation>Elija la unidad a la que se aplica el precio.</translation>
    </message>
    <message>
        <source>New supplier price</source>
        <translation>Nuevo precio de proveedor</translation>
    </message>
    <message>
        <source>Price of “%1”</source>
        <translation>Precio de «%1»</translation>
    </message>
    <message>
        <source>New Supplier Price</source>
        <translation>Nuevo precio de proveedor</translation>
    </message>
    <message>
        <source>Supplier Price: %1</source>
        <translation>Precio de proveedor: %1</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>From &amp;quantity:</source>
        <translation>Desde la &amp;cantidad:</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>Precio &amp;unitario:</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>&amp;Plazo de entrega:</translation>
    </message>
    <message>
        <source>Type to search suppliers</source>
        <translation>Escriba para buscar proveedores</translation>
    </message>
    <message>
        <source>Supplier&apos;s usual</source>
        <translation>El habitual del proveedor</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
</context>
<context>
    <name>erp::client::SuppliersPage</name>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Search by code, name or email</source>
        <translation>Buscar por código, nombre o correo</translation>
    </message>
    <message>
        <source>No suppliers yet.</source>
        <translation>Todavía no hay proveedores.</translation>
    </message>
    <message>
        <source>No suppliers match the search or filter.</source>
        <translation>Ningún proveedor coincide con la búsqueda o el filtro.</translation>
    </message>
    <message>
        <source>New Supplier</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <source>Supplier “%1” created.</source>
        <translation>Proveedor «%1» creado.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Cambios en «%1» guardados.</translation>
    </message>
</context>
<context>
    <name>erp::client::UnitForm</name>
    <message>
        <source>Choose the unit&apos;s category.</source>
        <translation>Elija la categoría de la unidad.</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name, for example Box of 12.</source>
        <translation>Introduzca el nombre de la unidad, por ejemplo Caja de 12.</translation>
    </message>
    <message>
        <source>Enter a short symbol, for example box12.</source>
        <translation>Introduzca un símbolo corto, por ejemplo box12.</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Nueva unidad</translation>
    </message>
    <message>
        <source>Unit “%1”</source>
        <translation>Unidad «%1»</translation>
    </message>
    <message>
        <source>New Unit</source>
        <translation>Nueva unidad</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unidad: %1</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ímbolo:</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Factor:</translation>
    </message>
    <message>
        <source>How many of the category&apos;s base unit one of this unit is, exactly: a box of 12 pieces is 12, a gram is 0.001 kilograms.</source>
        <translation>Cuántas unidades base de la categoría equivale exactamente una de esta unidad: una caja de 12 piezas es 12, un gramo es 0,001 kilogramos.</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;vo</translation>
    </message>
</context>
<context>
    <name>erp::client::UnitsPage</name>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Search by name or symbol</source>
        <translation>Buscar por nombre o símbolo</translation>
    </message>
    <message>
        <source>No units yet.</source>
        <translation>Todavía no hay unidades.</translation>
    </message>
    <message>
        <source>No units match the search.</source>
        <translation>Ninguna unidad coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>New Unit</source>
        <translation>Nueva unidad</translation>
    </message>
    <message>
        <source>Unit “%1” created.</source>
        <translation>Unidad «%1» creada.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Cambios en «%1» guardados.</translation>
    </message>
</context>
<context>
    <name>erp::client::UserForm</name>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>No se pudieron cargar los roles: %1</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example name@example.com.</source>
        <translation>Introduzca un correo electrónico válido, por ejemplo nombre@example.com.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Introduzca el nombre del usuario.</translation>
    </message>
    <message>
        <source>Set an initial password for the user.</source>
        <translation>Establezca una contraseña inicial para el usuario.</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <source>Edit User: %1</source>
        <translation>Editar usuario: %1</translation>
    </message>
    <message>
        <source>(no roles)</source>
        <translation>(sin roles)</translation>
    </message>
    <message>
        <source>(a new password)</source>
        <translation>(una contraseña nueva)</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>&amp;Contraseña inicial:</translation>
    </message>
    <message>
        <source>At least %1 characters; a passphrase of several words is best. Give it to the user in person.</source>
        <translation>Al menos %1 caracteres; lo mejor es una frase de varias palabras. Entréguesela al usuario en persona.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nueva &amp;contraseña:</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password. A new password signs the user out on every device, and they must replace it with one of their own at their next sign-in.</source>
        <translation>Déjelo vacío para conservar la contraseña actual. Una contraseña nueva cierra la sesión del usuario en todos sus dispositivos, y deberá sustituirla por una propia en su próximo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>erp::client::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Buscar nombre o correo</translation>
    </message>
    <message>
        <source>No users yet. Create the first one with “New User”.</source>
        <translation>Todavía no hay usuarios. Cree el primero con «Nuevo usuario».</translation>
    </message>
    <message>
        <source>No users match the search or filters.</source>
        <translation>Ningún usuario coincide con la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Activos e inactivos</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Solo inactivos</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Usuario %1 creado.</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>Cambios en %1 guardados.</translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>¿Desactivar a %1?</translation>
    </message>
    <message>
        <source>%1 will be signed out on every device and cannot sign in until reactivated. Their records stay.</source>
        <translation>%1 cerrará sesión en todos los dispositivos y no podrá iniciar sesión hasta que se reactive. Sus datos se conservan.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 se ha desactivado.</translation>
    </message>
    <message>
        <source>Someone else changed this user a moment ago. The list has been refreshed; please check and try again.</source>
        <translation>Otra persona acaba de modificar este usuario. La lista se ha actualizado; compruébelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Unlock Sign-in</source>
        <translation>Desbloquear inicio de sesión</translation>
    </message>
    <message>
        <source>Lets the user sign in again at once after too many failed attempts.</source>
        <translation>Permite al usuario volver a iniciar sesión de inmediato tras demasiados intentos fallidos.</translation>
    </message>
    <message>
        <source>%1 can sign in again at once.</source>
        <translation>%1 puede volver a iniciar sesión de inmediato.</translation>
    </message>
    <message>
        <source>%1 was not locked out.</source>
        <translation>%1 no estaba bloqueado.</translation>
    </message>
</context>
<context>
    <name>erp::client::WarehouseForm</name>
    <message>
        <source>Enter a short code, for example MAIN.</source>
        <translation>Introduzca un código corto, por ejemplo MAIN.</translation>
    </message>
    <message>
        <source>Enter the warehouse&apos;s name.</source>
        <translation>Introduzca el nombre del almacén.</translation>
    </message>
    <message>
        <source>New warehouse</source>
        <translation>Nuevo almacén</translation>
    </message>
    <message>
        <source>Warehouse “%1”</source>
        <translation>Almacén «%1»</translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation>Nuevo almacén</translation>
    </message>
    <message>
        <source>Warehouse: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>Save the warehouse first; then add its receiving and storage locations.</source>
        <translation>Guarde primero el almacén; después añada sus ubicaciones de recepción y de almacenaje.</translation>
    </message>
    <message>
        <source>The locations could not be loaded: %1</source>
        <translation>No se pudieron cargar las ubicaciones: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Goods for this warehouse are received into its receiving location.</source>
        <translation>Las mercancías de este almacén se reciben en su ubicación de recepción.</translation>
    </message>
    <message>
        <source>This warehouse has no active receiving location: goods cannot be received into it until one is added.</source>
        <translation>Este almacén no tiene ninguna ubicación de recepción activa: no se pueden recibir mercancías hasta que se añada una.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;vo</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Ubicaciones</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Add Loca&amp;tion…</source>
        <translation>Añadir ubi&amp;cación…</translation>
    </message>
    <message>
        <source>Edit Locat&amp;ion…</source>
        <translation>Editar ubicac&amp;ión…</translation>
    </message>
</context>
<context>
    <name>erp::client::WarehousesPage</name>
    <message>
        <source>Warehouses</source>
        <translation>Almacenes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Search by code or name</source>
        <translation>Buscar por código o nombre</translation>
    </message>
    <message>
        <source>No warehouses yet.</source>
        <translation>Todavía no hay almacenes.</translation>
    </message>
    <message>
        <source>No warehouses match the search.</source>
        <translation>Ningún almacén coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation>Nuevo almacén</translation>
    </message>
    <message>
        <source>Warehouse “%1” created.</source>
        <translation>Almacén «%1» creado.</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Cambios en «%1» guardados.</translation>
    </message>
</context>
</TS>
