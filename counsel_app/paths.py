"""The one place that decides where user data lives."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "counsel-app"
DATA_DIR_ENV = "COUNSEL_APP_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """Files of one store. Everything the program writes about clients is below `root`."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "store.db"

    @property
    def keyfile(self) -> Path:
        """Wrapped keys and KDF parameters; never the key in clear."""
        return self.root / "keys.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    """`--data-dir` if given, else `$COUNSEL_APP_DATA_DIR`, else the platform's user data folder."""
    if explicit:
        return DataPaths(Path(explicit).expanduser().resolve())
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return DataPaths(Path(from_env).expanduser().resolve())
    import platformdirs  # deferred: only needed when no folder was named

    return DataPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))
