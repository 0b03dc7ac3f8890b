; Inno Setup script of counsel-app: a per-user installer (no administrator rights).
;
; Build on Windows after packaging\build.py (see packaging\windows\README.md):
;   iscc packaging\windows\counsel-app.iss
; Output: dist\counsel-app-VERSION-windows-x64-setup.exe
;
; The version comes from the build: it is read from the version resource of
; dist\counsel-app\counsel-app.exe, which packaging\counsel-app.spec fills from
; counsel_app.__version__. `iscc /DAppVersion=1.2.3 ...` overrides it.
;
; What it does:
; - installs into %LOCALAPPDATA%\Programs\counsel-app ({userpf}); no UAC prompt, no admin rights;
; - Start menu entry (the user's own Start menu), optional desktop icon;
; - an update installs over the old version (same AppId) and first removes the old _internal\;
; - uninstall (Settings > Apps) removes the program; the user's data in
;   %LOCALAPPDATA%\counsel-app (encrypted store, keys.json, backups, logs) is kept unless the
;   user answers "Ja" to the question (default "Nein"), or the uninstaller gets /REMOVEDATA.
;   Silent uninstalls (/SILENT, /VERYSILENT) keep the data unless /REMOVEDATA is given.

#define AppName "counsel-app"
#define AppExe "counsel-app.exe"
#define SourceDir AddBackslash(SourcePath) + "..\..\dist\counsel-app"

#if !FileExists(SourceDir + "\" + AppExe)
  #error "dist\counsel-app\counsel-app.exe fehlt: zuerst packaging\build.py ausführen"
#endif

#ifndef AppVersion
  #define AppVersion GetStringFileInfo(SourceDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "Keine Versionsangabe in counsel-app.exe gefunden"
#endif
#define AppVersionNumbers GetVersionNumbersString(SourceDir + "\" + AppExe)

[Setup]
; The AppId identifies the program for updates and uninstall: never change it.
AppId={{12C3354A-1C2F-4E59-AC80-C30102075827}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=counsel-app developers
AppComments=Kooperationsplan-Begleiter für Integrationsfachkräfte
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductVersion={#AppVersionNumbers}
VersionInfoDescription={#AppName} Setup
; Per user, without administrator rights: {userpf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\counsel-app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
; Close a running counsel-app before files are replaced (Windows Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.AppComment=Kooperationsplan-Begleiter für Integrationsfachkräfte
en.AppComment=Companion for cooperation plans (Kooperationsplan)
de.RemoveDataQuestion=Sollen auch Ihre Daten gelöscht werden?%n%nOrdner: %1%n%nDarin liegen die verschlüsselte Ablage mit allen Fällen, die Schlüsseldatei und die Sicherungskopien. Gelöschte Daten lassen sich nicht wiederherstellen.%n%nMit „Nein“ bleiben die Daten erhalten, zum Beispiel für eine neue Installation.
en.RemoveDataQuestion=Also delete your data?%n%nFolder: %1%n%nIt holds the encrypted store with all cases, the key file and the backups. Deleted data cannot be recovered.%n%nWith "No" the data stays, for example for a new installation.
de.RemoveDataFailed=Der Datenordner konnte nicht vollständig gelöscht werden:%n%1
en.RemoveDataFailed=The data folder could not be deleted completely:%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole program: no module of the old version may stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The PyInstaller one-folder build: counsel-app.exe (window), counsel-app-cli.exe (console), _internal\
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The user's data folder: what counsel_app/paths.py chooses on Windows,
// platformdirs.user_data_dir("counsel-app", appauthor=False) = %LOCALAPPDATA%\counsel-app.
// (A --data-dir or COUNSEL_APP_DATA_DIR elsewhere is never touched.)
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

function HasParam(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
    begin
      Result := True;
      Exit;
    end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
  Remove: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Folder := UserDataDir();
  if not DirExists(Folder) then
    Exit;
  Remove := HasParam('/REMOVEDATA');
  if (not Remove) and (not UninstallSilent) then
    Remove := MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [Folder]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Remove and (not DelTree(Folder, True, True, True)) then
    MsgBox(FmtMessage(CustomMessage('RemoveDataFailed'), [Folder]), mbError, MB_OK);
end;
