"""counsel-app: Kooperationsplan companion for Integrationsfachkräfte (§ 15 SGB II)."""

# The one place the version is written; pyproject.toml reads it from here (hatch), because
# asking importlib.metadata at start-up costs tens of milliseconds before the first window.
__version__ = "0.1.0"
