"""A small least-recently-used cache (dict-based, no locking: one GUI thread uses it)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


# Characters of text a text-keyed cache keeps: a large plan's texts (some 2,600 characters)
# many times over. Typing adds a longer text with every key, and a text's results grow with
# its length, so such caches are bounded by length, not by count (some 2 MB each at most).
TEXT_CACHE_CHARS = 65_536


def _one(_key: object) -> int:
    return 1


def key_chars(key: tuple[object, ...]) -> int:
    """The weight of a text-keyed entry: the characters of the key's strings, at least 1."""
    return 1 + sum(len(part) for part in key if isinstance(part, str))


class LRU(Generic[K, V]):
    """Keeps the most recently used values while their keys weigh at most `maxsize` together.

    `weigh(key)` is 1 by default, so `maxsize` counts entries; a cache of texts weighs each
    by its length, because a long text's results take more memory. The newest entry stays
    even if it alone weighs more.
    """

    def __init__(self, maxsize: int = 4096, weigh: Callable[[K], int] = _one) -> None:
        self.maxsize = maxsize
        self.weight = 0
        self._weigh = weigh
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
        self.weight += self._weigh(key)
        while self.weight > self.maxsize and len(data) > 1:
            oldest, _value = data.popitem(last=False)
            self.weight -= self._weigh(oldest)
        return value

    def __len__(self) -> int:
        return len(self._data)

    def clear(self) -> None:
        self._data.clear()
        self.weight = 0
