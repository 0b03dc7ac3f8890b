"""The desktop program against a minimal PySide6 window, measured in the same run.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python benchmarks/bench_main_window.py \
        [--rounds 5] [--cases 1000] [--keystrokes 40]

Without DISPLAY the children use the offscreen platform. Every start is a fresh process; the
parent notes the monotonic clock just before it spawns the child.

1. Baseline: `import PySide6`, a QMainWindow holding a QTableWidget, show(); first paint.
2. counsel-app, the real start (`counsel_app.cli.main` arguments and context, then
   `setup_application` and `Startup`, what `launch_gui` runs) on a store whose key is in the
   keyring: the time to the first painted window (the start window) and to the usable main
   window: its first paint with all cases listed (`--cases`, made once with the services
   before any timing), and then the event loop free again (a timer posted at that paint has
   fired), so that a key press would be answered. Peak resident memory of that process once
   the store has opened on its thread.
3. One more start, then the large plan (tests/support/strategies.py `large_case`: 12 goals,
   60 steps) is opened in the workspace on "Ziele und Schritte"; once the dictionaries are
   loaded, `--keystrokes` keys are typed into a step text with QTest (words of seven
   letters; a long run such as 1600 shows whether memory keeps growing). For each: the work
   after the debounce (quality check, panel update, the panel's relayout and repaint, timed
   inside the debounce timer's slot) and the keystroke itself (autosave snapshot, undo step).
   Peak resident memory at the end (the analyser's dictionaries are loaded by then). Then
   the print page shows its preview of the same plan, and the peak once it is shown (no goal:
   reported because printing loads ReportLab, the fonts and PDFium).

Peak resident memory is the process's own high-water mark (VmHWM in /proc/self/status).
Not ru_maxrss: Linux hands the parent's peak across fork and exec to the child, so every
child would report at least what the parent used to make the store.

The keyring of the benchmark is a small file-based backend (`BenchKeyring`, selected with
PYTHON_KEYRING_BACKEND), so that a headless machine starts like a desktop with a keyring:
without a question and without a passphrase KDF. Loading it also loads keyring's Secret
Service backend (secretstorage, cryptography: 7 MiB), as keyring does on a Linux desktop,
so that the memory figures include it.

Goals: first window < 1.5x the minimal window, usable main window < 4x, quality update
< 16 ms of work after the debounce, peak resident memory < 150 MiB.
"""

from __future__ import annotations

import argparse
import compileall
import dataclasses
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import keyring.backends.SecretService  # noqa: F401 (what a Linux desktop loads, see above)
from keyring.backend import KeyringBackend
from keyring.compat import properties

ROOT = Path(__file__).resolve().parent.parent
KEYRING_FILE_ENV = "BENCH_KEYRING_FILE"
LARGE_REFERENCE = "Fall Groß"


class BenchKeyring(KeyringBackend):
    """Passwords in a JSON file named by $BENCH_KEYRING_FILE (benchmark only, never chosen
    automatically)."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805
        return -1.0

    def _path(self) -> Path:
        return Path(os.environ[KEYRING_FILE_ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\n{username}", None)
        self._path().write_text(json.dumps(data))


_FIRST_PAINT = """
import resource, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

def rss_mib():
    # VmHWM: the peak of this process's own memory. ru_maxrss is not: Linux carries the
    # parent's peak across fork and exec into it (here the parent that made the store).
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

class Paints(QObject):
    first = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.isWindow():
            if self.first is None:
                self.first = time.monotonic_ns()
                print("first", self.first, type(obj).__name__, flush=True)
            self.painted(obj)
        return False
    def painted(self, obj):
        QApplication.quit()
"""

BASELINE = (
    _FIRST_PAINT
    + """
from PySide6.QtWidgets import QMainWindow, QTableWidget
app = QApplication([])
watch = Paints(); app.installEventFilter(watch)
window = QMainWindow(); window.setCentralWidget(QTableWidget(20, 5)); window.resize(800, 500)
window.show()
app.exec()
print("rss", rss_mib(), flush=True)
"""
)

# The libraries the program cannot start without, and nothing of its own: the minimal window
# plus the keyring lookup, SQLCipher and SQLAlchemy/SQLModel/pydantic (the store's stack),
# imported as the program imports them: with PySide6's source cache off (ui/import_hook.py).
LIBRARIES = (
    BASELINE.replace('print("rss", rss_mib(), flush=True)', "")
    + """
from counsel_app.ui.import_hook import stop_source_caching
stop_source_caching()
import keyring, sqlcipher3, sqlalchemy.orm, sqlmodel, pydantic
keyring.get_keyring()
print("rss", rss_mib(), flush=True)
"""
)

_APP_START = (
    """
import sys
from counsel_app.cli.main import build_parser, default_context
args = build_parser().parse_args(["--data-dir", sys.argv[1]])
ctx = default_context(args)
"""
    + _FIRST_PAINT
    + """
from PySide6.QtCore import QTimer
from counsel_app.ui.app import Startup, setup_application
CASES = int(sys.argv[2])
app = setup_application()
app.setQuitOnLastWindowClosed(False)

class Usable(Paints):
    done = False
    def painted(self, obj):
        win = startup.main_window
        if self.done or obj is not win or win.proxy.rowCount() < CASES:
            return
        self.done = True
        QTimer.singleShot(0, self.answered)

    def answered(self):  # the event loop is free again: input would be handled now
        print("usable", time.monotonic_ns(), startup.main_window.proxy.rowCount(), flush=True)
        after_usable()

watch = Usable(); app.installEventFilter(watch)
startup = Startup(ctx)
QTimer.singleShot(0, startup.start)
"""
)

APP = (
    _APP_START
    + """
def after_usable():
    QApplication.quit()

app.exec()
startup.main_window.session.store  # the store has opened on its thread, as a moment later
print("rss", rss_mib(), flush=True)
startup.close()
"""
)

QUALITY = (
    _APP_START
    + """
import os
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
KEYS = int(sys.argv[3])
work, keys = [], []

def after_usable():
    win = startup.main_window
    win.resize(1366, 740)
    case_id = win.session.store.cases.resolve(sys.argv[4])
    win.open_workspace(case_id)
    ws = win.workspace
    ws.show_page(1)
    goals = ws.goals_page
    goals.ui.stepTable.selectRow(30)
    updater, panel = ws.quality_updater, ws.quality_panel
    updater.timer.timeout.disconnect()

    def timed_due():  # the slot of the debounce timer, timed with what Qt does right after
        start = time.perf_counter()
        updater._due()
        panel.hint_list.executeDelayedItemsLayout()
        panel.repaint()
        work.append((time.perf_counter() - start) * 1000)

    updater.timer.timeout.connect(timed_due)
    state = {"n": 0}

    def type_one():
        if state["n"] >= KEYS:
            finish()
            return
        before = len(work)
        edit = goals.step_text
        edit.setFocus()
        start = time.perf_counter()
        n = state["n"]  # words of seven letters, as typing goes
        QTest.keyClick(edit, "abcdefghijklmnopqrstuvwxyz"[n % 26] if n % 8 != 7 else " ")
        keys.append((time.perf_counter() - start) * 1000)
        state["n"] += 1

        def wait():
            if len(work) > before and updater.is_ready:
                QTimer.singleShot(20, type_one)
            else:
                QTimer.singleShot(5, wait)
        wait()

    def ready():
        if not updater.is_ready or ws.last_report is None:
            QTimer.singleShot(20, ready)
            return
        work.clear()
        type_one()

    updater.start_warm_up()
    updater.schedule()
    ready()

def finish():
    ws = startup.main_window.workspace
    print("hints", len(ws.last_report.hints), flush=True)
    print("work", *[f"{w:.3f}" for w in work], flush=True)
    print("keys", *[f"{k:.3f}" for k in keys], flush=True)
    print("rss", rss_mib(), flush=True)
    # Then the print preview of the same plan (ReportLab, the fonts, PDFium, page images).
    ws.print_page.previewReady.connect(preview_shown)
    ws.print_page.failed.connect(lambda message: print("preview-failed", message, flush=True))
    ws.show_page(3)

def preview_shown(pages):
    print("preview", pages, rss_mib(), flush=True)
    startup.main_window.workspace.close_case()
    QApplication.quit()

app.exec()
startup.close()
"""
)


def make_store(folder: Path, cases: int, env: dict[str, str]) -> float:
    """A keyring store with `cases` cases plus the large plan; seconds it took."""
    os.environ[KEYRING_FILE_ENV] = env[KEYRING_FILE_ENV]
    from counsel_app.context import AppContext
    from counsel_app.exchange import read_case
    from counsel_app.paths import DataPaths
    from counsel_app.resources import resource_path
    from counsel_app.services.store import init_store, open_store
    from tests.support.strategies import large_case

    start = time.perf_counter()
    ctx = AppContext(paths=DataPaths(folder), keyring_factory=BenchKeyring)
    init_store(ctx)
    sources = [read_case(p) for p in sorted(resource_path("cases").glob("*.json"))]
    with open_store(ctx) as store:
        for number in range(cases - 1):
            case = sources[number % len(sources)]
            client = dataclasses.replace(
                case.client,
                reference=f"BM-{number + 1:05d}",
                display_name=f"{case.client.display_name or 'Kundin'} {number + 1}",
            )
            store.cases.add(dataclasses.replace(case, client=client))
        store.cases.add(large_case(12, 60, reference=LARGE_REFERENCE))
    return time.perf_counter() - start


def run_child(
    code: str, argv: list[str], env: dict[str, str], timeout: float = 300
) -> tuple[int, dict[str, list[str]]]:
    """The spawn time and the child's output lines by their first word."""
    start = time.monotonic_ns()
    result = subprocess.run(
        [sys.executable, "-c", code, *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise SystemExit(f"child failed ({result.returncode}):\n{result.stderr}")
    lines = {}
    for line in result.stdout.splitlines():
        word, *rest = line.split()
        lines[word] = rest
    return start, lines


def ms_since(start: int, stamp: str) -> float:
    return (int(stamp) - start) / 1e6


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def child_env() -> dict[str, str]:
    """The children's environment; also compiles this program's bytecode."""
    env = {k: v for k, v in os.environ.items() if k != "COUNSEL_APP_PASSPHRASE"}
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "benchmarks"), str(ROOT)])
    env["PYTHON_KEYRING_BACKEND"] = "bench_main_window.BenchKeyring"
    # Bytecode as a user's first start (or pip) leaves it: with PYTHONDONTWRITEBYTECODE set,
    # as on some machines, every child would compile this program's sources again.
    compileall.compile_dir(ROOT / "counsel_app", quiet=1)
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--keystrokes", type=int, default=40)
    args = parser.parse_args()
    env = child_env()
    with tempfile.TemporaryDirectory(prefix="counsel-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        env[KEYRING_FILE_ENV] = str(Path(tmp) / "keyring.json")
        made = make_store(data_dir, args.cases, env)
        argv = [str(data_dir), str(args.cases)]
        run_child(BASELINE, argv, env)  # warm the file cache for both
        run_child(APP, argv, env)
        base, first, usable, base_rss, app_rss = [], [], [], [], []
        first_window = ""
        for _ in range(args.rounds):  # interleaved, so drift hits both alike
            start, out = run_child(BASELINE, argv, env)
            base.append(ms_since(start, out["first"][0]))
            base_rss.append(float(out["rss"][0]))
            start, out = run_child(APP, argv, env)
            first.append(ms_since(start, out["first"][0]))
            first_window = out["first"][1]
            usable.append(ms_since(start, out["usable"][0]))
            app_rss.append(float(out["rss"][0]))
        _start, floor = run_child(LIBRARIES, argv, env)
        # Each key waits for the quality update after the debounce: about 0.3 s.
        _start, out = run_child(
            QUALITY,
            [*argv, str(args.keystrokes), LARGE_REFERENCE],
            env,
            timeout=300 + args.keystrokes,
        )
    work = [float(x) for x in out["work"]]
    keys = [float(x) for x in out["keys"]]
    quality_rss = float(out["rss"][0])
    if "preview" not in out:
        raise SystemExit(f"the print preview was not shown: {out.get('preview-failed')}")
    preview_pages, preview_rss = int(out["preview"][0]), float(out["preview"][1])
    b, f, u = statistics.median(base), statistics.median(first), statistics.median(usable)
    platform = env.get("QT_QPA_PLATFORM") or "xcb/wayland (DISPLAY)"
    print(f"Plattform: {platform}; {args.rounds} Runden, jede ein neuer Prozess")
    print(f"Ablage mit {args.cases} Fällen angelegt in {made:.1f} s (vor der Messung)")
    print(f"{'Messung':<62}{'Median':>10}{'Verhältnis':>12}")
    print(f"{'Minimalfenster (QMainWindow + QTableWidget), erstes Bild':<62}{b:>7.0f} ms")
    print(f"{'counsel-app erstes Fenster (' + first_window + ')':<62}{f:>7.0f} ms{f / b:>10.2f}x")
    label = f"counsel-app Hauptfenster benutzbar, {args.cases} Fälle gelistet"
    print(f"{label:<62}{u:>7.0f} ms{u / b:>10.2f}x")
    print(
        f"Qualitätsrückmeldung, großer Plan ({out['hints'][0]} Hinweise), Arbeit nach der "
        f"Entprellung: Median {statistics.median(work):.2f} ms, p95 {p95(work):.2f} ms, "
        f"max {max(work):.2f} ms ({len(work)} Tastendrücke)"
    )
    print(
        f"  der Tastendruck selbst (Autosave-Kopie, Rückgängig-Schritt): Median "
        f"{statistics.median(keys):.2f} ms, p95 {p95(keys):.2f} ms"
    )
    print(
        f"Speicher (Spitze, resident): Minimalfenster {statistics.median(base_rss):.0f} MiB, "
        f"Hauptfenster {statistics.median(app_rss):.0f} MiB, mit großem Plan und Wörterbüchern "
        f"{quality_rss:.0f} MiB"
    )
    print(
        f"  davon Bibliotheken (Minimalfenster + keyring, SQLCipher, SQLAlchemy, SQLModel, "
        f"pydantic, ohne eigenen Code): {float(floor['rss'][0]):.0f} MiB"
    )
    print(
        f"  danach die Druckvorschau desselben Plans ({preview_pages} Seiten; ReportLab, "
        f"Schriften, PDFium, Seitenbilder; kein Ziel): {preview_rss:.0f} MiB"
    )
    goals = [
        ("erstes Fenster < 1,5x", f / b < 1.5),
        ("benutzbares Hauptfenster < 4x", u / b < 4),
        ("Qualitätsupdate < 16 ms", statistics.median(work) < 16),
        ("Speicher < 150 MiB", max(quality_rss, *app_rss) < 150),
    ]
    print("Ziele: " + "; ".join(f"{n}: {'erreicht' if ok else 'VERFEHLT'}" for n, ok in goals))
    print("Einzelwerte (ms): Minimal " + ", ".join(f"{x:.0f}" for x in base))
    print("                  erstes  " + ", ".join(f"{x:.0f}" for x in first))
    print("                  benutzbar " + ", ".join(f"{x:.0f}" for x in usable))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
