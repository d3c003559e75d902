; Part of the client's NSIS installer (cmake/WindowsPackaging.cmake, which
; includes this file and inserts the macro at the
; end of the installation). It creates %ProgramData%\erp, the folder of the
; managed client configuration, writable by Administrators and SYSTEM only
; (bin\protect-managed-config.cmd), and puts the example erp-client.ini there
; unless a file of that name is already there (IT's own is never
; overwritten). docs/client-configuration.md, "The file must be protected".
;
; When the folder cannot be protected the installation still completes (the
; client then refuses any configuration file in it and says so), the details
; name the failed step, and the installer exits with code 3 so that silent
; deployments notice.
!include LogicLib.nsh

!macro ErpProtectManagedConfig
  Push $0
  Push $1
  ReadEnvStr $1 ProgramData
  ${If} $1 == ""
    StrCpy $0 "no ProgramData"
    StrCpy $1 "%ProgramData%\erp"
  ${Else}
    StrCpy $1 "$1\erp"
    DetailPrint "Protecting the managed configuration folder $1"
    nsExec::ExecToLog '"$SYSDIR\cmd.exe" /d /c ""$INSTDIR\bin\protect-managed-config.cmd" "$1""'
    Pop $0
  ${EndIf}
  ${If} $0 != 0
    DetailPrint "Could not protect $1 (protect-managed-config.cmd: $0)."
    MessageBox MB_ICONEXCLAMATION|MB_OK "The folder $1 could not be protected so that only administrators may change it. The ERP client will ignore a configuration file in it. Run bin\protect-managed-config.cmd from an elevated command prompt." /SD IDOK
    SetErrorLevel 3
  ${ElseIfNot} ${FileExists} "$1\erp-client.ini"
    CopyFiles /SILENT "$INSTDIR\share\erp\erp-client.ini" "$1\erp-client.ini"
    ; A file the installer created: owned by Administrators, permissions only
    ; those inherited from the folder.
    nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$1\erp-client.ini" /setowner *S-1-5-32-544 /Q'
    Pop $0
    nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$1\erp-client.ini" /reset /Q'
    Pop $0
  ${EndIf}
  Pop $1
  Pop $0
!macroend
