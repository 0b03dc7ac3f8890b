"""The case workspace: Potenzialanalyse, Ziele und Schritte, Nachhaltung, Drucken.

Import the parts from their modules (`workspace.CaseWorkspace`, `dialogs.NewCaseDialog`);
this package module stays empty so that the generated forms can import `dates` cheaply.
"""
