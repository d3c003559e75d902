# Debian packages from one build: `cpack -G DEB` in a Release build tree
# writes erp-server_<version>_<arch>.deb and erp-client_<version>_<arch>.deb
# (README: "Packages"). Install rules carry COMPONENT server / client.
include(GNUInstallDirs)

set(_debian ${PROJECT_SOURCE_DIR}/installer/debian)
# Debian wants a compressed changelog and a copyright file in each package's doc directory.
# gzip -n: no name and no timestamp in the header (lintian: package-contains-timestamped-gzip).
execute_process(COMMAND gzip -9 -n -c ${_debian}/changelog
                OUTPUT_FILE ${CMAKE_BINARY_DIR}/debian-changelog.gz COMMAND_ERROR_IS_FATAL ANY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_debian}/changelog)
# Manual pages, compressed the same way.
foreach(_component server client)
    execute_process(COMMAND gzip -9 -n -c ${_debian}/erp-${_component}.1
                    OUTPUT_FILE ${CMAKE_BINARY_DIR}/erp-${_component}.1.gz COMMAND_ERROR_IS_FATAL ANY)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_debian}/erp-${_component}.1)
endforeach()
install(FILES ${CMAKE_BINARY_DIR}/erp-server.1.gz DESTINATION share/man/man1 COMPONENT server)
foreach(_component server client)
    install(FILES ${_debian}/copyright DESTINATION share/doc/erp-${_component} COMPONENT ${_component})
    install(FILES ${CMAKE_BINARY_DIR}/debian-changelog.gz DESTINATION share/doc/erp-${_component}
            RENAME changelog.gz COMPONENT ${_component})
endforeach()
install(FILES ${_debian}/erp-server.service DESTINATION lib/systemd/system COMPONENT server)
install(FILES ${_debian}/server.conf DESTINATION /etc/erp COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/docs/operations.md ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION share/doc/erp-server COMPONENT server)
if(ERP_BUILD_CLIENT)
    install(FILES ${_debian}/erp-client.desktop DESTINATION share/applications COMPONENT client)
    install(FILES ${CMAKE_BINARY_DIR}/erp-client.1.gz DESTINATION share/man/man1 COMPONENT client)
    # The same picture the client shows as its window icon (from its resources).
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/erp-client.svg DESTINATION share/icons/hicolor/scalable/apps COMPONENT client)
    install(FILES ${PROJECT_SOURCE_DIR}/docs/client-configuration.md
            DESTINATION share/doc/erp-client COMPONENT client)
    install(FILES ${_debian}/erp-client.ini.example DESTINATION share/doc/erp-client/examples COMPONENT client)
endif()

set(CPACK_PACKAGE_NAME erp)
set(CPACK_PACKAGE_VENDOR "ERP project")
set(CPACK_PACKAGE_CONTACT "ERP maintainers <erp@example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop ERP: CRM, purchasing and stock")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_COMPONENTS_ALL server)
if(ERP_BUILD_CLIENT)
    list(APPEND CPACK_COMPONENTS_ALL client)
endif()
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME erp-server)
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "ERP application server (HTTPS API)\n The multi-tenant server of the ERP. Runs as the erp-server system user\n under systemd; without a configured database it keeps a private\n PostgreSQL cluster in /var/lib/erp-server.")
# initdb/postgres for the embedded default, pg_dump/pg_restore for backups,
# the Qt PostgreSQL driver (a missing SQL driver is the classic failure).
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-psql, postgresql-15, postgresql-client-15, passwd")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${_debian}/conffiles;${_debian}/postinst;${_debian}/prerm;${_debian}/postrm")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME erp-client)
set(CPACK_COMPONENT_CLIENT_DESCRIPTION
    "ERP desktop client\n Qt Widgets client of the ERP, in English, German, French and Spanish.")
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "qt6-translations-l10n, qt6-qpa-plugins, libqt6svg6")

# Windows and macOS: the client alone, as an MSI (cpack -G WIX) or NSIS
# installer (-G NSIS) and a DragNDrop disk image (-G DragNDrop). Neither is
# built or tested on the project's Linux machines (docs/packaging.md).
if(ERP_BUILD_CLIENT AND (WIN32 OR APPLE) AND TARGET erp-client)
    # windeployqt / macdeployqt at install time: Qt's libraries, the platform,
    # style and TLS plugins and Qt's translations beside the client.
    qt_generate_deploy_app_script(TARGET erp-client FILENAME_VARIABLE _erp_client_deploy)
    install(SCRIPT ${_erp_client_deploy} COMPONENT client)
    set(CPACK_COMPONENTS_ALL client)
    set(CPACK_PACKAGE_INSTALL_DIRECTORY ERP)
    set(CPACK_PACKAGE_EXECUTABLES erp-client "ERP")       # Start menu entry
    # Never change it: an MSI with the same upgrade code replaces the installed one.
    set(CPACK_WIX_UPGRADE_GUID "709F1C67-9E8E-42FC-BF05-B951ACCFB80D")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER ERP)
    set(CPACK_NSIS_PACKAGE_NAME ERP)
    set(CPACK_NSIS_DISPLAY_NAME "ERP client")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/erp-client.exe)
    set(CPACK_DMG_VOLUME_NAME ERP)
    set(CPACK_DMG_FORMAT UDZO)
    if(WIN32)
        # %ProgramData%\erp, admin-only, for IT's managed configuration.
        include(${CMAKE_CURRENT_LIST_DIR}/WindowsPackaging.cmake)
    endif()
endif()
include(CPack)
