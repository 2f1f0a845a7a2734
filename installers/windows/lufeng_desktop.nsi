; Per-user Windows installer for the PyInstaller folder (makensis runs on Linux too: ECOSYSTEM.md §3.2).
; Build: makensis -DSRC=dist\lufeng_desktop installers/windows/lufeng_desktop.nsi
Unicode true
!include "MUI2.nsh"
!ifndef SRC
  !define SRC "..\..\dist\lufeng_desktop"
!endif
Name "陆丰村务"
OutFile "..\..\dist\lufeng_desktop-setup.exe"
InstallDir "$LOCALAPPDATA\Programs\lufeng_desktop"
RequestExecutionLevel user
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
Section "Install"
  SetOutPath "$INSTDIR"
  File /r "${SRC}\*"
  CreateShortCut "$DESKTOP\陆丰村务.lnk" "$INSTDIR\lufeng_desktop.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
SectionEnd
Section "Uninstall"
  Delete "$DESKTOP\陆丰村务.lnk"
  RMDir /r "$INSTDIR"   ; the village database lives in %LOCALAPPDATA%\lufeng_desktop and is kept
SectionEnd
