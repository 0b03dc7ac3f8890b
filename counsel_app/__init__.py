"""counsel-app: Kooperationsplan companion for Integrationsfachkräfte (§ 15 SGB II)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("counsel-app")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"
