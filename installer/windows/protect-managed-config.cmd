@echo off
rem Creates the folder of erp-client's managed configuration (default
rem %ProgramData%\erp) so that only Administrators and SYSTEM may change it
rem and Users may read it: owner Administrators, inheritance from
rem %ProgramData% removed (it lets every user create files), then
rem Administrators and SYSTEM full control, Users read and execute.
rem The installer runs it; IT may run it again. Run it elevated.
rem
rem Files already in the folder keep their owner: one that another account
rem owns stays refused by the client until an administrator replaces it.
rem Exit status 0 when done, otherwise the number of the step that failed.
setlocal
set "DIR=%~1"
if "%DIR%"=="" set "DIR=%ProgramData%\erp"
set "SYS=%SystemRoot%\System32"

rem Each step is checked with "if errorlevel" on its own line, not "||".
if not exist "%DIR%" mkdir "%DIR%"
rem A folder (not a file of that name) must be there now.
pushd "%DIR%" 2>nul
if errorlevel 1 exit /b 1
popd
rem takeown /A uses the administrators' right to take ownership even when a
rem user who created the folder left them no access; icacls is the fallback.
"%SYS%\takeown.exe" /F "%DIR%" /A >nul 2>&1
if errorlevel 1 "%SYS%\icacls.exe" "%DIR%" /setowner *S-1-5-32-544 /Q
if errorlevel 1 exit /b 2
rem Drop every entry set on the folder itself, then the inherited ones.
"%SYS%\icacls.exe" "%DIR%" /reset /Q
if errorlevel 1 exit /b 3
"%SYS%\icacls.exe" "%DIR%" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /Q
if errorlevel 1 exit /b 4
exit /b 0
