"""Smoke test of the frozen build: every main path of the program, as a user runs it.

    .venv/bin/python packaging/smoke_test.py            # uses dist/counsel-app, builds if missing
    .venv/bin/python packaging/smoke_test.py --build    # always build first (packaging/build.py)
    .venv/bin/python packaging/smoke_test.py --bundle /opt/counsel-app
    ./dev.sh package                                    # build + archive + this test

Runs the frozen `counsel-app` with a temporary data folder, COUNSEL_APP_PASSPHRASE and
PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring (no keyring, no prompts):
`--version`, `init`, `demo`, `list --json`, `quality --json` on a demo case, `print` of a client
copy (text checked with pdftotext, embedded fonts with pdffonts), `check-text --json`, `doctor`.
Then the window program:
- offscreen (QT_QPA_PLATFORM=offscreen): still running after some seconds, nothing on stderr,
  and its Qt, platform plugin and German Qt texts (qtbase_de.qm) mapped from the bundle, nothing
  from the source checkout or a site-packages (/proc/PID/maps); then terminated, because the
  offscreen platform has no window a user could close;
- under Xvfb with the bundled xcb plugin: the first window and the main window appear (found
  through X11 by the program's _NET_WM_PID), WM_CLASS matches the .desktop file's
  StartupWMClass, the main window is closed like a user closes it (WM_DELETE_WINDOW) and the
  program must exit with 0;
- under a headless Wayland compositor (weston) as in a Wayland session: still running after
  some seconds with the bundled wayland plugin, nothing on stderr.
Linux also: the archive layout's install.sh installs into a temporary prefix, the installed
command answers --version, the installed .desktop file validates, --uninstall removes it all.
Parts whose tools are missing (Xvfb, weston) are reported as skipped; on Windows the commands
go to counsel-app-cli.exe and the Linux-only parts are skipped.
Any traceback, Qt warning or other unexpected line on stdout/stderr fails the test, and so does
a crash log in the data folder. Ends with a summary and exit 0 (all passed) or 1.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from appinfo import APP_ID, APP_NAME, ROOT, app_version

DEFAULT_BUNDLE = ROOT / "dist" / "counsel-app"
WINDOWS = sys.platform == "win32"
LINUX = sys.platform.startswith("linux")
PASSPHRASE = "smoke-test-passphrase-1234"

# Lines that are never fine on stdout or stderr.
BAD_OUTPUT = re.compile(
    r"Traceback|Exception|Error:|Warning|warning:|^qt\.|QObject::|QWidget::|QPainter::|"
    r"QFont|QStandardPaths|Could not|Cannot|Failed|Unerwarteter interner Fehler",
    re.MULTILINE,
)
# Harmless Qt messages (same list as pyproject's qt_log_ignore): the offscreen platform cannot
# pass size hints to a window manager and says so for every window it shows.
IGNORED_QT_LINES = ("This plugin does not support propagateSizeHints",)


def clean_stderr(text: str) -> str:
    lines = [line for line in text.splitlines() if not any(i in line for i in IGNORED_QT_LINES)]
    return "\n".join(line for line in lines if line.strip())


@dataclass
class Outcome:
    name: str
    ok: bool
    seconds: float
    detail: str = ""


@dataclass
class Smoke:
    exe: Path
    data: Path
    env: dict[str, str]
    results: list[Outcome] = field(default_factory=list)

    def run(
        self,
        name: str,
        args: Sequence[str],
        *,
        stdin: str | None = None,
        check: object = None,
        data_dir: bool = True,
        timeout: float = 120,
    ) -> subprocess.CompletedProcess[str] | None:
        """Run the frozen program; `check(result)` returns an error text or None."""
        command = (
            [str(self.exe)] + (["--data-dir", str(self.data)] if data_dir else []) + list(args)
        )
        started = time.monotonic()
        try:
            result = subprocess.run(
                command,
                input=stdin if stdin is not None else "",
                capture_output=True,
                text=True,
                env=self.env,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            self.record(name, False, started, f"no answer within {timeout} s")
            return None
        problem = None
        if result.returncode != 0:
            problem = f"exit {result.returncode}"
        elif clean_stderr(result.stderr):
            problem = "unexpected stderr"
        elif BAD_OUTPUT.search(result.stdout):
            problem = "suspicious line on stdout: " + BAD_OUTPUT.search(result.stdout).group(0)  # type: ignore[union-attr]
        elif callable(check):
            problem = check(result)
        detail = problem or ""
        if problem:
            detail += f"\n      stdout: {result.stdout[-1500:]!r}"
            detail += f"\n      stderr: {result.stderr[-1500:]!r}"
        self.record(name, problem is None, started, detail)
        return result

    def record(self, name: str, ok: bool, started: float, detail: str = "") -> None:
        outcome = Outcome(name, ok, time.monotonic() - started, detail)
        self.results.append(outcome)
        mark = "ok  " if ok else "FAIL"
        print(f"  {mark} {name:<34} {outcome.seconds:6.2f} s  {detail}", flush=True)


# --- X11 through libX11 (no extra packages): find the program's windows, close like a user ----


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


class _WindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
        ("height", ctypes.c_int), ("border_width", ctypes.c_int), ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p), ("root", ctypes.c_ulong), ("class_", ctypes.c_int),
        ("bit_gravity", ctypes.c_int), ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p),
    ]  # fmt: skip


IS_VIEWABLE = 2
CLIENT_MESSAGE = 33


@dataclass
class Window:
    id: int
    title: str
    types: tuple[str, ...]
    width: int
    height: int


class X11:
    """The few Xlib calls the GUI checks need."""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        x = ctypes.cdll.LoadLibrary(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetAtomName.restype = ctypes.c_void_p
        x.XGetAtomName.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x.XQueryTree.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
            ctypes.POINTER(ctypes.c_uint),
        ]  # fmt: skip
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p),
        ]  # fmt: skip
        x.XGetWindowAttributes.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_WindowAttributes),
        ]
        x.XSendEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_int,
            ctypes.c_long,
            ctypes.POINTER(_XEvent),
        ]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        # A window that disappears between listing and asking is normal here: ignore X errors.
        handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._handler = handler_type(lambda _d, _e: 0)
        x.XSetErrorHandler.argtypes = [handler_type]
        x.XSetErrorHandler(self._handler)
        self.x = x
        self.dpy = x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open X display {display}")
        self.root = x.XDefaultRootWindow(self.dpy)
        self._atoms: dict[str, int] = {}

    def close(self) -> None:
        self.x.XCloseDisplay(self.dpy)

    def atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = self.x.XInternAtom(self.dpy, name.encode(), 0)
        return self._atoms[name]

    def atom_name(self, atom: int) -> str:
        pointer = self.x.XGetAtomName(self.dpy, atom)
        if not pointer:
            return ""
        name = ctypes.string_at(pointer).decode()
        self.x.XFree(pointer)
        return name

    def _property(self, window: int, name: str) -> tuple[int, bytes, int]:
        actual_type = ctypes.c_ulong()
        actual_format = ctypes.c_int()
        count = ctypes.c_ulong()
        after = ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self.x.XGetWindowProperty(
            self.dpy, window, self.atom(name), 0, 1024, 0, 0,  # AnyPropertyType
            ctypes.byref(actual_type), ctypes.byref(actual_format), ctypes.byref(count),
            ctypes.byref(after), ctypes.byref(data),
        )  # fmt: skip
        if status != 0 or not data.value:
            return 0, b"", 0
        unit = {8: 1, 16: ctypes.sizeof(ctypes.c_short), 32: ctypes.sizeof(ctypes.c_long)}
        raw = ctypes.string_at(data.value, count.value * unit.get(actual_format.value, 1))
        self.x.XFree(data)
        return actual_format.value, raw, count.value

    def _longs(self, window: int, name: str) -> list[int]:
        fmt, raw, count = self._property(window, name)
        if fmt != 32:
            return []
        return list((ctypes.c_ulong * count).from_buffer_copy(raw))

    def windows_of(self, pid: int) -> list[Window]:
        """Viewable top-level windows whose _NET_WM_PID is `pid`."""
        found = []
        for window in self._children(self.root):
            if self._longs(window, "_NET_WM_PID")[:1] != [pid]:
                continue
            attrs = _WindowAttributes()
            if not self.x.XGetWindowAttributes(self.dpy, window, ctypes.byref(attrs)):
                continue
            if attrs.map_state != IS_VIEWABLE:
                continue
            _fmt, title, _n = self._property(window, "_NET_WM_NAME")
            types = tuple(self.atom_name(a) for a in self._longs(window, "_NET_WM_WINDOW_TYPE"))
            found.append(
                Window(window, title.decode("utf-8", "replace"), types, attrs.width, attrs.height)
            )
        return found

    def _children(self, window: int) -> list[int]:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        if not self.x.XQueryTree(
            self.dpy, window, ctypes.byref(root), ctypes.byref(parent),
            ctypes.byref(children), ctypes.byref(count),
        ):  # fmt: skip
            return []
        result = [children[i] for i in range(count.value)]
        if children:
            self.x.XFree(children)
        return result

    def wm_class(self, window: int) -> tuple[str, ...]:
        """(instance, class) of WM_CLASS, what desktops match StartupWMClass against."""
        _fmt, raw, _n = self._property(window, "WM_CLASS")
        return tuple(part.decode("utf-8", "replace") for part in raw.split(b"\0") if part)

    def request_close(self, window: int) -> None:
        """What a window manager sends when the user clicks the close button."""
        event = _XEvent()
        event.xclient.type = CLIENT_MESSAGE
        event.xclient.window = window
        event.xclient.message_type = self.atom("WM_PROTOCOLS")
        event.xclient.format = 32
        event.xclient.data[0] = self.atom("WM_DELETE_WINDOW")
        event.xclient.data[1] = 0  # CurrentTime
        self.x.XSendEvent(self.dpy, window, 0, 0, ctypes.byref(event))
        self.x.XFlush(self.dpy)


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private X server; yields its DISPLAY (":N")."""
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def is_main_window(window: Window) -> bool:
    """The main window: titled like the program, a normal window (the splash is not)."""
    return (
        window.title == "counsel-app"
        and "_NET_WM_WINDOW_TYPE_NORMAL" in window.types
        and "_NET_WM_WINDOW_TYPE_SPLASH" not in window.types
    )


@dataclass
class GuiRun:
    first_window: float | None = None  # seconds from start to the first viewable window
    main_window: float | None = None  # ... to the main window
    wm_class: tuple[str, ...] = ()  # WM_CLASS of the main window (X11)
    mapped: tuple[str, ...] = ()  # files mapped into the running process (/proc/PID/maps)
    exit_code: int | None = None
    stdout: str = ""
    stderr: str = ""
    problem: str | None = None


def run_gui_x11(
    command: Sequence[str], env: dict[str, str], display: str, *, settle: float = 1.5,
    timeout: float = 60,
) -> GuiRun:  # fmt: skip
    """Start the GUI on `display`, wait for its main window, close it, wait for the exit."""
    run = GuiRun()
    x11 = X11(display)
    env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            list(command), env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err
        )
        try:
            main = None
            while time.perf_counter() - started < timeout and process.poll() is None:
                windows = x11.windows_of(process.pid)
                now = time.perf_counter() - started
                if windows and run.first_window is None:
                    run.first_window = now
                main = next((w for w in windows if is_main_window(w)), None)
                if main is not None:
                    run.main_window = now
                    run.wm_class = x11.wm_class(main.id)
                    break
                time.sleep(0.005)
            if main is None:
                run.problem = (
                    "the program ended before its main window appeared"
                    if process.poll() is not None
                    else f"no main window within {timeout} s"
                )
            else:
                time.sleep(settle)  # let it load the case list, as a user would look at it
                x11.request_close(main.id)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    run.problem = "the program did not end after its main window was closed"
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            x11.close()
        run.exit_code = process.returncode
        out.seek(0)
        err.seek(0)
        run.stdout, run.stderr = out.read(), err.read()
    if run.problem is None and run.exit_code != 0:
        run.problem = f"exit {run.exit_code} after closing the main window"
    return run


@contextlib.contextmanager
def weston(env: dict[str, str]) -> Iterator[str]:
    """A headless Wayland compositor; yields its WAYLAND_DISPLAY (a socket name)."""
    runtime = Path(env["XDG_RUNTIME_DIR"])
    name = f"counsel-smoke-{os.getpid()}"
    process = subprocess.Popen(
        ["weston", "--backend=headless-backend.so", f"--socket={name}", "--idle-time=0"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while not (runtime / name).exists():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("weston did not start")
            time.sleep(0.05)
        yield name
    finally:
        process.terminate()
        process.wait(timeout=10)


def run_gui_alive(command: Sequence[str], env: dict[str, str], seconds: float) -> GuiRun:
    """Start the GUI; it must still run after `seconds`; then SIGTERM must end it cleanly.

    Used where nothing can close the window as a user would (offscreen, headless Wayland);
    the program closes its windows on SIGTERM as at a logout, and exits with 0.
    """
    run = GuiRun()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(
            list(command), env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err
        )
        try:
            process.wait(timeout=seconds)
            run.problem = f"ended by itself after less than {seconds} s (exit {process.returncode})"
        except subprocess.TimeoutExpired:
            run.mapped = mapped_files(process.pid)
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                run.problem = "did not end on SIGTERM"
        run.exit_code = process.returncode
        if run.problem is None and run.exit_code != 0:
            run.problem = f"exit {run.exit_code} on SIGTERM (the program closes its windows)"
        out.seek(0)
        err.seek(0)
        run.stdout, run.stderr = out.read(), err.read()
    return run


def mapped_files(pid: int) -> tuple[str, ...]:
    """Files that process `pid` has mapped: its libraries, Qt plugins, translations (Linux)."""
    try:
        text = Path(f"/proc/{pid}/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ()
    files = {line.split(maxsplit=5)[5] for line in text.splitlines() if len(line.split()) == 6}
    return tuple(sorted(f for f in files if f.startswith("/")))


def isolation_problem(
    mapped: Sequence[str], bundle: Path, platform_plugin: str = "libqoffscreen.so"
) -> str | None:
    """The running GUI must use its own Qt, plugins and translations, nothing of the checkout."""
    if not mapped:
        return None if not sys.platform.startswith("linux") else "no /proc/PID/maps"
    inside = str(bundle) + "/"
    leaks = [
        f
        for f in mapped
        if "site-packages" in f or (f.startswith(str(ROOT) + "/") and not f.startswith(inside))
    ]
    if leaks:
        return "files from outside the bundle: " + ", ".join(leaks[:5])
    wanted = {
        "Qt's German texts (qtbase_de.qm)": "/translations/qtbase_de.qm",
        "bundled QtCore": "/libQt6Core.so.6",
        f"bundled platform plugin {platform_plugin}": f"/platforms/{platform_plugin}",
    }
    missing = [
        what
        for what, end in wanted.items()
        if not any(f.startswith(inside) and f.endswith(end) for f in mapped)
    ]
    return "not loaded from the bundle: " + ", ".join(missing) if missing else None


def desktop_wm_class() -> str:
    desktop = (ROOT / "packaging" / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    match = re.search(r"^StartupWMClass=(.*)$", desktop, re.MULTILINE)
    return match.group(1).strip() if match else ""


def check_install(bundle: Path, tmp: Path, env: dict[str, str]) -> str | None:
    """install.sh from the Linux archive layout into a temporary prefix, run it, uninstall."""
    from build import linux_layout

    layout = linux_layout(bundle, tmp / "archive")
    prefix = tmp / "prefix"
    shell_env = dict(env, HOME=str(tmp / "home"))
    done = subprocess.run(
        ["sh", str(layout / "install.sh"), "--prefix", str(prefix)],
        capture_output=True, text=True, env=shell_env, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        return f"install.sh failed: {done.stderr.strip()[-500:]}"
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    program = prefix / "bin" / APP_NAME
    for path in (
        desktop,
        program,
        prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml",
        prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png",
        prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    ):
        if not path.exists():
            return f"install.sh did not install {path.relative_to(prefix)}"
    exec_line = re.search(r"^Exec=(.*)$", desktop.read_text(encoding="utf-8"), re.MULTILINE)
    target = str(prefix / "lib" / APP_NAME / APP_NAME)
    if exec_line is None or exec_line.group(1) != f'"{target}"':
        return f"Exec= of the installed .desktop file is not the program: {exec_line}"
    if shutil.which("desktop-file-validate"):
        valid = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
        )
        if valid.returncode != 0 or valid.stdout.strip():
            return f"installed .desktop file invalid: {valid.stdout.strip()}"
    version = subprocess.run(
        [str(program), "--version"], capture_output=True, text=True, env=env, check=False
    )
    if version.stdout.strip() != f"{APP_NAME} {app_version()}" or version.stderr:
        return f"installed program: {version.stdout!r} {version.stderr!r}"
    installed_script = prefix / "lib" / APP_NAME / "install.sh"
    done = subprocess.run(
        ["sh", str(installed_script), "--uninstall", "--prefix", str(prefix)],
        capture_output=True, text=True, env=shell_env, check=False,
    )  # fmt: skip
    caches = ("mimeinfo.cache", "icon-theme.cache")  # shared caches that the desktop rebuilds
    left = [
        str(p.relative_to(prefix))
        for p in prefix.rglob("*")
        if not p.is_dir() and p.name not in caches
    ]
    if done.returncode != 0 or left:
        return f"uninstall failed (exit {done.returncode}) or left files: {left[:5]}"
    return None


# --- the test -----------------------------------------------------------------------------


def base_env(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "PYTHON", "COUNSEL_APP_"))
        and key not in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")
    }
    runtime = home / "xdg-runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(
        COUNSEL_APP_PASSPHRASE=PASSPHRASE,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
        LANG="de_DE.UTF-8" if "de_DE.UTF-8" in _locales() else "C.UTF-8",
    )
    return env


def _locales() -> str:
    try:
        return subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return ""


def _json(result: subprocess.CompletedProcess[str]) -> object:
    return json.loads(result.stdout)


def smoke(exe: Path, gui_seconds: float) -> list[Outcome]:
    with tempfile.TemporaryDirectory(prefix="counsel-smoke-") as tmp:
        tmp_path = Path(tmp)
        data = tmp_path / "data"
        # Windows: the window program has no console; the commands go to counsel-app-cli.exe.
        cli = exe.with_name(f"{APP_NAME}-cli.exe") if WINDOWS else exe
        smoke = Smoke(cli, data, base_env(tmp_path))
        command_line_checks(smoke, tmp_path)
        gui_checks(smoke, exe, gui_seconds)
        if LINUX:
            started = time.monotonic()
            problem = check_install(exe.parent, tmp_path / "install", smoke.env)
            smoke.record("install.sh, run, uninstall", problem is None, started, problem or "")
        crash = data / "logs" / "crash.log"
        started = time.monotonic()
        smoke.record(
            "no crash log",
            not crash.exists(),
            started,
            crash.read_text(encoding="utf-8", errors="replace")[-800:] if crash.exists() else "",
        )
        return smoke.results


def command_line_checks(smoke: Smoke, tmp_path: Path) -> None:
    """--version, init, demo, list, quality, print, check-text, doctor."""
    data = smoke.data
    version = app_version()
    smoke.run(
        "--version",
        ["--version"],
        data_dir=False,
        check=lambda r: (
            None
            if r.stdout.strip() == f"counsel-app {version}"
            else f"expected 'counsel-app {version}', got {r.stdout.strip()!r}"
        ),
    )
    smoke.run(
        "init",
        ["init"],
        check=lambda r: (
            None
            if "WIEDERHERSTELLUNGSSCHLÜSSEL" in r.stdout and (data / "store.db").is_file()
            else "no recovery key printed or no store.db"
        ),
    )
    smoke.run("demo", ["demo"])
    listed = smoke.run(
        "list --json",
        ["list", "--json"],
        check=lambda r: None if isinstance(_json(r), list) and _json(r) else "empty list",
    )
    case_id = str(_json(listed)[0]["id"]) if listed and listed.returncode == 0 else "1"  # type: ignore[index]
    smoke.run(
        f"quality {case_id} --json",
        ["quality", case_id, "--json", "--today", "2026-11-01"],
        check=lambda r: (
            None
            if {"overall", "dimensions", "hints"} <= set(_json(r))  # type: ignore[arg-type]
            else "keys missing"
        ),
    )
    pdf = tmp_path / "client.pdf"
    smoke.run(
        f"print {case_id} --variant client",
        ["print", case_id, "--variant", "client", "--out", str(pdf)],
        check=lambda _r: check_pdf(pdf),
    )
    smoke.run(
        "check-text --json",
        ["check-text", "--json", "-"],
        data_dir=False,
        # Digits and an apostrophe go through wordfreq's tokenizer (not the lexicon file).
        stdin="Die Eingliederungsvereinbarung wird unverzüglich durch Sie vorgelegt, "
        "andernfalls erfolgt eine Sanktion gemäß der Rechtsfolgenbelehrung. Termin am "
        "3. Mai um 10:30 Uhr in Raum 2b bei Anna's Infostand.\n",
        check=lambda r: (
            None
            if _json(r).get("findings") and _json(r).get("words")  # type: ignore[union-attr]
            else "no findings"
        ),
    )
    smoke.run(
        "doctor",
        ["doctor"],
        check=lambda r: None if "Alles in Ordnung" in r.stdout else "doctor found problems",
    )


def gui_checks(smoke: Smoke, exe: Path, gui_seconds: float) -> None:
    """The window program offscreen, under Xvfb (closed like a user does), under Wayland."""
    data = smoke.data
    command = [str(exe), "--data-dir", str(data)]
    started = time.monotonic()
    run = run_gui_alive(command, dict(smoke.env, QT_QPA_PLATFORM="offscreen"), gui_seconds)
    problem = run.problem or gui_output_problem(run) or isolation_problem(run.mapped, exe.parent)
    smoke.record(f"GUI offscreen, {gui_seconds:g} s alive", problem is None, started, problem or "")

    started = time.monotonic()
    if not LINUX:
        smoke.record("GUI under Xvfb (xcb)", True, started, "skipped: not Linux")
    elif shutil.which("Xvfb") is None:
        smoke.record("GUI under Xvfb (xcb)", True, started, "skipped: Xvfb not installed")
    else:
        with xvfb() as display:
            run = run_gui_x11(command, smoke.env, display)
        problem = run.problem or gui_output_problem(run)
        wm_class = desktop_wm_class()
        if problem is None and wm_class not in run.wm_class:
            problem = f"WM_CLASS {run.wm_class} does not contain StartupWMClass={wm_class}"
        detail = problem or (
            f"first window {run.first_window:.2f} s, main window {run.main_window:.2f} s, "
            f"WM_CLASS {'/'.join(run.wm_class)}, closed, exit 0"
        )
        smoke.record("GUI under Xvfb (xcb), close", problem is None, started, detail)

    started = time.monotonic()
    if not LINUX or shutil.which("weston") is None:
        smoke.record("GUI under Wayland", True, started, "skipped: weston not installed")
    else:
        # As in a Wayland session: Qt picks its wayland plugin itself; there is no X server.
        env = dict(smoke.env, XDG_SESSION_TYPE="wayland")
        env.pop("QT_QPA_PLATFORM")
        with weston(env) as socket:
            run = run_gui_alive(command, dict(env, WAYLAND_DISPLAY=socket), gui_seconds)
        problem = (
            run.problem
            or gui_output_problem(run)
            or isolation_problem(run.mapped, exe.parent, "libqwayland.so")
        )
        smoke.record(
            f"GUI under Wayland (weston), {gui_seconds:g} s alive",
            problem is None,
            started,
            problem or "",
        )


def gui_output_problem(run: GuiRun) -> str | None:
    stderr = clean_stderr(run.stderr)
    if stderr:
        return f"stderr: {stderr[-1500:]!r}"
    if BAD_OUTPUT.search(run.stdout):
        return f"stdout: {run.stdout[-1500:]!r}"
    return None


def check_pdf(pdf: Path) -> str | None:
    if not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
        return "no PDF written"
    if shutil.which("pdftotext") is None:
        return None
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=False
    ).stdout
    if "Kooperationsplan" not in text:
        return f"'Kooperationsplan' not in the PDF text: {text[:300]!r}"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=False)
    if fonts.returncode == 0 and "DejaVu" not in fonts.stdout:
        return f"bundled DejaVu fonts not embedded: {fonts.stdout!r}"
    return None


def ensure_bundle(bundle: Path, build: bool) -> Path:
    exe = bundle / (f"{APP_NAME}.exe" if WINDOWS else APP_NAME)
    if build or not exe.exists():
        print("building the bundle (packaging/build.py) ...", flush=True)
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(bundle.parent)],
            check=True,
        )
    if not exe.exists():
        raise SystemExit(f"no executable at {exe}")
    return exe


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE, help="the onedir folder")
    parser.add_argument("--build", action="store_true", help="build first, even if it exists")
    parser.add_argument("--gui-seconds", type=float, default=6.0, help="offscreen GUI run time")
    args = parser.parse_args(argv)

    started = time.monotonic()
    exe = ensure_bundle(args.bundle.resolve(), args.build)
    print(f"smoke test of {exe}", flush=True)
    results = smoke(exe, args.gui_seconds)
    failed = [r for r in results if not r.ok]
    print(
        f"smoke test: {len(results) - len(failed)} passed, {len(failed)} failed "
        f"({time.monotonic() - started:.0f} s)"
    )
    for outcome in failed:
        print(f"  failed: {outcome.name}: {outcome.detail}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
