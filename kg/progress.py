"""A one-line progress bar on stderr, for builds that take more than a moment.

A build of ten thousand articles takes minutes; without a sign of life a
user cannot tell a slow build from a hung one. The bar is drawn only when
stderr is a terminal (a log file or a CI transcript should not fill with
carriage returns) and only after ``delay`` seconds, so a quick build of a
few articles prints nothing extra. It redraws at most ten times a second.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """``Progress(total, "extract")``; call ``advance(n)`` as work is done and ``close()`` at the end."""

    def __init__(self, total: int, label: str, *, stream: TextIO | None = None, enabled: bool | None = None,
                 delay: float = 1.0, width: int = 28) -> None:
        self.total = max(total, 0)
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self.delay = delay
        self.width = width
        self.done = 0
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._drawn = False

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < self.delay or now - self._last_draw < 0.1:
            return
        self._last_draw = now
        self._draw(now)

    def render(self, now: float | None = None) -> str:
        """The bar's text: label, bar, count, rate and time left."""
        now = time.monotonic() if now is None else now
        elapsed = max(now - self.started, 1e-9)
        frac = self.done / self.total if self.total else 1.0
        filled = min(self.width, round(frac * self.width))
        bar = "#" * filled + "-" * (self.width - filled)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        return (f"{self.label} [{bar}] {self.done}/{self.total} {rate:.1f}/s "
                f"{_clock(elapsed)} elapsed, {_clock(left)} left")

    def _draw(self, now: float) -> None:
        self.stream.write("\r" + self.render(now) + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Draw the final state and end the line, if the bar was ever shown."""
        if self.enabled and self._drawn:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 60}:{s % 60:02d}" if s < 3600 else f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
