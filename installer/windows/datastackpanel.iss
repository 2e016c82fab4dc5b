; Inno Setup script for Data Stack Panel on Windows.
; Build:   cmake --build build --config Release
;          cmake --install build --config Release --prefix build\stage
;          iscc /DStageDir=build\stage /DAppVersion=0.1.0 installer\windows\datastackpanel.iss
; The stage directory holds bin\datastack-panel.exe with the Qt runtime (windeployqt, run by
; the CMake install step) and libpq with its OpenSSL DLLs.

#ifndef StageDir
  #define StageDir "..\..\build\stage"
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0C2B1E-4D7A-4B8E-9C1F-2A5D3E7B9C40}
AppName=Data Stack Panel
AppVersion={#AppVersion}
AppPublisher=Data Stack Panel
DefaultDirName={autopf}\Data Stack Panel
DefaultGroupName=Data Stack Panel
; Per-user install is enough: no service, no driver, nothing machine-wide.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=DataStackPanel-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\bin\datastack-panel.exe

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "{#StageDir}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Data Stack Panel"; Filename: "{app}\bin\datastack-panel.exe"
Name: "{autodesktop}\Data Stack Panel"; Filename: "{app}\bin\datastack-panel.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\bin\datastack-panel.exe"; Description: "{cm:LaunchProgram,Data Stack Panel}"; Flags: nowait postinstall skipifsilent

; The profile (%APPDATA%\DataStackPanel\DataStackPanel.ini) and logs
; (%LOCALAPPDATA%\DataStackPanel\DataStackPanel\logs) belong to the user and stay on uninstall.
