"""Time from process start to the first window on screen: counsel-app vs a minimal window.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python benchmarks/bench_startup.py [--rounds N]

Each measurement is a fresh Python process. The parent notes the monotonic clock just before
starting the child; the child prints the monotonic clock when its first top-level window
receives its first paint event, then quits. Compared in the same run:

- baseline: `import PySide6`, a QMainWindow holding a QTableWidget, show();
- counsel-app: the real start (`counsel_app.cli.main` argument parsing and context, then
  `counsel_app.ui.app.setup_application` and `Startup`, exactly what `launch_gui` runs) on a
  store protected by a passphrase, so the first window is the unlock dialog.

Prints the medians and the ratio. Target: ratio under 1.5.
Without DISPLAY (and without QT_QPA_PLATFORM) the children use the offscreen platform.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Shared by both children: report the first paint of a top-level window, then quit.
_FIRST_PAINT = """
import time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if (not self.done and event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget) and obj.isWindow()):
            self.done = True
            print(time.monotonic_ns(), type(obj).__name__, flush=True)
            QApplication.quit()
        return False
"""

BASELINE = (
    _FIRST_PAINT
    + """
from PySide6.QtWidgets import QMainWindow, QTableWidget
app = QApplication([])
watch = FirstPaint(); app.installEventFilter(watch)
window = QMainWindow(); window.setCentralWidget(QTableWidget(20, 5)); window.resize(800, 500)
window.show()
app.exec()
"""
)

COUNSEL_APP = """
import sys
from counsel_app.cli.main import build_parser, default_context
args = build_parser().parse_args(["--data-dir", sys.argv[1]])
ctx = default_context(args)
"""
COUNSEL_APP += (
    _FIRST_PAINT
    + """
from PySide6.QtCore import QTimer
from counsel_app.ui.app import Startup, setup_application
app = setup_application()
app.setQuitOnLastWindowClosed(False)
watch = FirstPaint(); app.installEventFilter(watch)
startup = Startup(ctx)
QTimer.singleShot(0, startup.start)
app.exec()
"""
)


def make_store(folder: Path) -> None:
    """A passphrase-protected store (no keyring), made through the services."""
    from keyring.backends.fail import Keyring as NoKeyring

    from counsel_app.context import AppContext
    from counsel_app.paths import DataPaths
    from counsel_app.services.store import init_store

    ctx = AppContext(
        paths=DataPaths(folder),
        environ={"COUNSEL_APP_PASSPHRASE": "benchmark-passphrase"},
        keyring_factory=NoKeyring,
    )
    init_store(ctx)


def run_child(code: str, data_dir: Path, env: dict[str, str]) -> tuple[float, str]:
    """Seconds from spawning the child to its first paint, and the window's class."""
    start = time.monotonic_ns()
    result = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise SystemExit(f"child failed ({result.returncode}):\n{result.stderr}")
    stamp, window = result.stdout.split()[:2]
    return (int(stamp) - start) / 1e9, window


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "COUNSEL_APP_PASSPHRASE"}
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Bytecode as a user's first start (or pip) leaves it: with PYTHONDONTWRITEBYTECODE set,
    # as on some machines, every child would compile this program's sources again.
    compileall.compile_dir(ROOT / "counsel_app", quiet=1)
    with tempfile.TemporaryDirectory(prefix="counsel-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        make_store(data_dir)
        run_child(BASELINE, data_dir, env)  # warm the file cache for both
        run_child(COUNSEL_APP, data_dir, env)
        base: list[float] = []
        app: list[float] = []
        first_window = ""
        for _ in range(args.rounds):  # interleaved, so drift hits both alike
            base.append(run_child(BASELINE, data_dir, env)[0])
            seconds, first_window = run_child(COUNSEL_APP, data_dir, env)
            app.append(seconds)
    base_median, app_median = statistics.median(base), statistics.median(app)
    platform = env.get("QT_QPA_PLATFORM") or "xcb/wayland (DISPLAY)"
    print(f"platform: {platform}; rounds: {args.rounds}; each a fresh process")
    print(f"baseline (QMainWindow + QTableWidget): median {base_median * 1000:7.1f} ms")
    print(f"counsel-app first window ({first_window}): median {app_median * 1000:7.1f} ms")
    print(f"ratio: {app_median / base_median:.2f} (target < 1.5)")
    print("all runs (ms): baseline " + ", ".join(f"{s * 1000:.0f}" for s in base))
    print("               app      " + ", ".join(f"{s * 1000:.0f}" for s in app))
    return 0


if __name__ == "__main__":
    sys.exit(main())
