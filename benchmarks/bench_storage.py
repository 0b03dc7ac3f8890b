"""Speed of the encrypted store for one large case (12 goals, 60 steps).

    .venv/bin/python benchmarks/bench_storage.py [--runs N]

Baseline, measured in the same run: writing the same case as an exchange file with
`write_case` (JSON, atomic replace with fsync), the simplest durable way to keep a case.
Then, on a real SQLCipher file with WAL and synchronous=FULL: `add` (new case), `save`
(one step text changed: the autosave path), `get` (load the whole case), and create/open of
the store. Prints medians and ratios to the baseline.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counsel_app.exchange import write_case
from counsel_app.storage.database import Database
from counsel_app.storage.repository import CaseRepository
from tests.support.strategies import large_case


def median_ms(action: Callable[[int], object], runs: int) -> float:
    times = []
    for n in range(runs):
        start = time.perf_counter()
        action(n)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    case = large_case()
    key = secrets.token_bytes(32)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        baseline = median_ms(lambda n: write_case(case, folder / f"case-{n % 3}.json"), runs)

        start = time.perf_counter()
        db = Database.create(folder / "store.db", key)
        create_ms = (time.perf_counter() - start) * 1000
        repo = CaseRepository(db)
        ids: list[int] = []
        add = median_ms(
            lambda n: ids.append(
                repo.add(replace(case, client=replace(case.client, reference=f"K{n}")))
            ),
            runs,
        )

        def edit(n: int) -> None:
            steps = list(case.plan.steps)
            steps[n % len(steps)] = replace(steps[n % len(steps)], text=f"Bewerbung Nr. {n}")
            repo.save(ids[0], replace(case, plan=replace(case.plan, steps=steps)))

        save = median_ms(edit, runs)
        get = median_ms(lambda n: repo.get(ids[n % len(ids)]), runs)
        db.close()
        open_ms = median_ms(lambda n: Database.open(folder / "store.db", key).close(), 7)
        size = os.path.getsize(folder / "store.db")

    print(f"large case: 12 goals, 60 steps; {runs} runs; store file {size / 1024:.0f} KiB")
    print(f"{'measure':44}{'median ms':>10}{'x baseline':>12}")
    rows = [
        ("baseline: write_case (JSON, atomic, fsync)", baseline),
        ("add (new case)", add),
        ("save (one step changed: autosave)", save),
        ("get (whole case)", get),
        ("open store (key, cipher check, schema)", open_ms),
        ("create store (once, with migrations)", create_ms),
    ]
    for label, value in rows:
        print(f"{label:44}{value:10.1f}{value / baseline:12.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
