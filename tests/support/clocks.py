"""A clock the test moves by hand (review sessions and windows take a `now` callable)."""

from __future__ import annotations


class ManualClock:
    """Returns the time the test has set (`now`, in seconds); `advance` moves it on."""

    def __init__(self, start: float = 5000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
