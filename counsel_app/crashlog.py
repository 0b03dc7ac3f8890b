"""Writes unexpected exceptions to a log without client data."""

from __future__ import annotations

import datetime as dt
import traceback

from counsel_app.paths import DataPaths


def write_crash_log(paths: DataPaths, err: BaseException) -> str | None:
    """Append the exception's type and stack (file, line, function; no message, no values).

    Messages and values can hold client data, so only the code locations are kept.
    Returns the log path, or None if it could not be written.
    """
    frames = traceback.extract_tb(err.__traceback__)
    lines = [f"{dt.datetime.now().isoformat(timespec='seconds')} {type(err).__name__}"]
    lines += [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        log = paths.logs / "crash.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    except OSError:
        return None
    return str(log)
