# The managed-configuration part of the client's Windows installer
# (`cpack -G NSIS`, docs/packaging.md); the rest of the Windows settings are
# in cmake/Packaging.cmake. Besides the program it installs
#   bin/protect-managed-config.cmd     (also for IT to run again)
#   share/erp/erp-client.ini           (the commented example)
# and, at installation, creates %ProgramData%\erp, the folder of the managed
# client configuration, writable by Administrators and SYSTEM only, with the
# example erp-client.ini unless IT's own file is there
# (installer/windows/managed-config.nsh; docs/client-configuration.md).
# Included by cmake/Packaging.cmake on Windows and by the installer check
# tests/windows/nsis-installer (which builds it with makensis on Linux).
set(_erp_windows ${CMAKE_CURRENT_LIST_DIR}/../installer/windows)
get_filename_component(_erp_windows ${_erp_windows} ABSOLUTE)
install(PROGRAMS ${_erp_windows}/protect-managed-config.cmd DESTINATION bin COMPONENT client)
install(FILES ${_erp_windows}/erp-client.ini DESTINATION share/erp COMPONENT client)

# Values are passed to the NSIS script as written (quotes, backslashes).
set(CPACK_VERBATIM_VARIABLES ON)
# (CPack sets CPACK_NSIS_DEFINES itself, so the macro is included here.)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "!include \"${_erp_windows}/managed-config.nsh\"\n!insertmacro ErpProtectManagedConfig")
# Program Files, not Program Files (x86): the client is 64-bit (the
# installer itself is NSIS's 32-bit one, which runs on 64-bit Windows).
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
