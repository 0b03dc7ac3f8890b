"""A small least-recently-used cache (dict-based, no locking: one GUI thread uses it)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    """Keeps the `maxsize` most recently used values."""

    def __init__(self, maxsize: int = 4096) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[K, V] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get_or_compute(self, key: K, compute: Callable[[], V]) -> V:
        data = self._data
        if key in data:
            data.move_to_end(key)
            self.hits += 1
            return data[key]
        self.misses += 1
        value = compute()
        data[key] = value
        if len(data) > self.maxsize:
            data.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._data)

    def clear(self) -> None:
        self._data.clear()
