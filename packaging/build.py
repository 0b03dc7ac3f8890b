"""Build the frozen counsel-app (PyInstaller, one folder) and report its size.

    .venv/bin/python packaging/build.py              # stripped build -> dist/counsel-app/
    .venv/bin/python packaging/build.py --no-strip   # everything PyInstaller collects
    .venv/bin/python packaging/build.py --compare    # both, into build/compare/, sizes side by side
    .venv/bin/python packaging/build.py --tarball    # Linux: also the archive for users,
                                                     # dist/counsel-app-VERSION-linux-ARCH.tar.gz

Needs the `build` extra (`pip install -e ".[build]"`, i.e. PyInstaller) in the running Python.
Works the same on Windows (`py packaging\\build.py`); the Inno Setup step is separate
(packaging/windows/README.md). Prints one summary line per build and writes
dist/counsel-app/BUILD-INFO.json (version, platform, size, file count, build seconds).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from appinfo import APP_ID, APP_NAME, ROOT, app_version

PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "counsel-app.spec"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files below `folder` (symlinks counted as links, not followed)."""
    total = files = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(dirpath) / name
            total += path.lstat().st_size
            files += 1
    return total, files


def largest(folder: Path, count: int = 8) -> list[tuple[int, str]]:
    """The biggest top-level entries of the bundle's library folder."""
    inner = folder / "_internal"
    base = inner if inner.is_dir() else folder
    sizes = []
    for entry in base.iterdir():
        size = folder_size(entry)[0] if entry.is_dir() else entry.lstat().st_size
        sizes.append((size, entry.name))
    return sorted(sizes, reverse=True)[:count]


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB"


def linux_layout(bundle: Path, dest: Path) -> Path:
    """The folder that the Linux archive holds: the bundle, install.sh and the desktop files.

    dest/
      counsel-app/                                  the onedir bundle
      install.sh                                    per-user install into ~/.local
      share/applications/ID.desktop, share/metainfo/ID.metainfo.xml
      share/icons/hicolor/NxN/apps/ID.png, share/icons/hicolor/scalable/apps/ID.svg
    """
    if dest.exists():
        shutil.rmtree(dest)
    share = dest / "share"
    shutil.copytree(bundle, dest / APP_NAME, symlinks=True)
    linux = PACKAGING / "linux"
    shutil.copy2(linux / "install.sh", dest / "install.sh")
    (dest / "install.sh").chmod(0o755)
    for sub, name in (
        ("applications", f"{APP_ID}.desktop"),
        ("metainfo", f"{APP_ID}.metainfo.xml"),
    ):
        (share / sub).mkdir(parents=True, exist_ok=True)
        shutil.copy2(linux / name, share / sub / name)
    icons = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        folder = icons / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(
            PACKAGING / "icons" / "png" / f"{APP_NAME}-{size}.png", folder / f"{APP_ID}.png"
        )
    (icons / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copy2(
        ROOT / "resources" / "icons" / f"{APP_NAME}.svg",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
    )
    return dest


def tarball(bundle: Path, dist: Path, work: Path) -> Path:
    """dist/counsel-app-VERSION-linux-ARCH.tar.gz with the layout of `linux_layout`."""
    name = f"{APP_NAME}-{app_version()}-linux-{platform.machine()}"
    staging = linux_layout(bundle, work / "tarball" / name)
    out = dist / f"{name}.tar.gz"
    started = time.monotonic()
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(staging, arcname=name)
    print(f"archive: {out} {mib(out.stat().st_size)}, {time.monotonic() - started:.0f} s")
    return out


def build(dist: Path, work: Path, *, strip: bool) -> dict[str, object]:
    env = dict(os.environ)
    env["COUNSEL_APP_STRIP"] = "1" if strip else "0"
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]  # fmt: skip
    print("$", " ".join(command), flush=True)
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        raise SystemExit(f"PyInstaller failed (exit {result.returncode})")
    bundle = dist / APP_NAME
    size, files = folder_size(bundle)
    info: dict[str, object] = {
        "name": APP_NAME,
        "version": app_version(),
        "platform": f"{sys.platform}-{platform.machine()}",
        "python": platform.python_version(),
        "stripped": strip,
        "bytes": size,
        "files": files,
        "build_seconds": round(seconds, 1),
        "largest": [{"name": name, "bytes": n} for n, name in largest(bundle)],
    }
    (bundle / "BUILD-INFO.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    label = "stripped" if strip else "unstripped"
    print(f"{label}: {bundle} {mib(size)} in {files} files, built in {seconds:.0f} s", flush=True)
    for entry in info["largest"]:  # type: ignore[attr-defined]
        print(f"    {mib(entry['bytes']):>10}  {entry['name']}")
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-strip", action="store_true", help="keep everything collected")
    parser.add_argument(
        "--compare", action="store_true", help="build unstripped and stripped, report both"
    )
    parser.add_argument(
        "--tarball", action="store_true", help="Linux: also pack the archive with install.sh"
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller work folder")
    args = parser.parse_args(argv)

    if args.compare:
        base = ROOT / "build" / "compare"
        before = build(base / "unstripped", base / "work-unstripped", strip=False)
        after = build(base / "stripped", base / "work-stripped", strip=True)
        b, a = int(before["bytes"]), int(after["bytes"])  # type: ignore[call-overload]
        print(f"size before stripping: {mib(b)} ({before['files']} files)")
        less = 100 * (b - a) / b
        print(f"size after stripping:  {mib(a)} ({after['files']} files), {less:.0f} % less")
        return 0
    build(args.dist, args.work, strip=not args.no_strip)
    if args.tarball:
        if not sys.platform.startswith("linux"):
            raise SystemExit(
                "--tarball is for Linux; Windows uses packaging/windows/counsel-app.iss"
            )
        tarball(args.dist / APP_NAME, args.dist, args.work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
