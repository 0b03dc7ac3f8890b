"""Start-up time of the frozen program against `python -m counsel_app`, measured in one run.

    .venv/bin/python packaging/measure_startup.py [--bundle dist/counsel-app] [--runs 5]

Measures, for the frozen executable and for `python -m counsel_app` with the running Python
(the development install), the median of `--runs` runs after one warm-up run each, runs of
both taking turns:
- `counsel-app --version` (wall clock of the whole process);
- the GUI under a private Xvfb (xcb platform) with an existing store that opens with
  COUNSEL_APP_PASSPHRASE: time to the first viewable window and to the main window; the main
  window is then closed as a user closes it.
Prints a table with the medians and the ratio frozen / python. Linux only (needs Xvfb for the GUI).
"""

from __future__ import annotations

import argparse
import compileall
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from smoke_test import DEFAULT_BUNDLE, base_env, run_gui_x11, xvfb


def time_command(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    exe = args.bundle.resolve() / "counsel-app"
    if not exe.exists():
        raise SystemExit(f"no frozen program at {exe}: build it first (packaging/build.py)")

    programs = {"frozen": [str(exe)], "python -m": [sys.executable, "-m", "counsel_app"]}
    # Bytecode as a user's first start (or pip) leaves it: with PYTHONDONTWRITEBYTECODE set,
    # as on some machines, every child would compile this program's sources again.
    compileall.compile_dir(Path(__file__).resolve().parents[1] / "counsel_app", quiet=1)
    results: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="counsel-startup-") as tmp:
        env = base_env(Path(tmp))
        data = Path(tmp) / "data"
        subprocess.run([str(exe), "--data-dir", str(data), "init"], env=env, check=True,
                       capture_output=True)  # fmt: skip
        subprocess.run([str(exe), "--data-dir", str(data), "demo"], env=env, check=True,
                       capture_output=True)  # fmt: skip

        for run in range(args.runs + 1):  # run 0 is the warm-up
            for name, command in programs.items():
                seconds = time_command([*command, "--version"], env)
                if run:
                    results.setdefault((name, "--version"), []).append(seconds)

        if shutil.which("Xvfb"):
            with xvfb() as display:
                for run in range(args.runs + 1):
                    for name, command in programs.items():
                        gui = run_gui_x11([*command, "--data-dir", str(data)], env, display,
                                          settle=0.3)  # fmt: skip
                        if gui.problem or gui.first_window is None or gui.main_window is None:
                            raise SystemExit(f"{name}: GUI run failed: {gui.problem}\n{gui.stderr}")
                        if run:
                            results.setdefault((name, "GUI first window"), []).append(
                                gui.first_window
                            )
                            results.setdefault((name, "GUI main window"), []).append(
                                gui.main_window
                            )
        else:
            print("Xvfb is not installed: GUI start not measured")

    print(f"\nmedian of {args.runs} runs (after one warm-up), seconds; [min-max]")
    print(f"{'measure':<18}{'frozen':>22}{'python -m':>22}{'frozen/python':>15}")
    for measure in ("--version", "GUI first window", "GUI main window"):
        if ("frozen", measure) not in results:
            continue
        cells = []
        for name in programs:
            runs = results[(name, measure)]
            cells.append(f"{statistics.median(runs):.3f} [{min(runs):.3f}-{max(runs):.3f}]")
        ratio = statistics.median(results[("frozen", measure)]) / statistics.median(
            results[("python -m", measure)]
        )
        print(f"{measure:<18}{cells[0]:>22}{cells[1]:>22}{ratio:>15.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
