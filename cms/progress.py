"""Progress output for long-running commands (imports, reindexing, exports, data generation)."""

import sys
import time
import unicodedata


class Progress:
    """A text progress bar; on a non-terminal it prints a line every tenth of the way instead."""

    def __init__(self, total, label, stream=None, width=30):
        self.total = max(total, 0)
        self.label = label
        self.stream = stream or sys.stdout
        self.width = width
        self.done = 0
        self.started = time.monotonic()
        self._last_decile = -1
        self._interactive = getattr(self.stream, "isatty", lambda: False)()

    def advance(self, count=1):
        self.done = min(self.done + count, self.total) if self.total else self.done + count
        self._render()

    def _render(self):
        fraction = self.done / self.total if self.total else 1.0
        if not self._interactive:
            decile = int(fraction * 10)
            if decile == self._last_decile and self.done != self.total:
                return
            self._last_decile = decile
        filled = int(fraction * self.width)
        bar = "#" * filled + "." * (self.width - filled)
        line = f"{self.label} [{bar}] {self.done}/{self.total} ({fraction:.0%})"
        if self._interactive:
            self.stream.write("\r" + line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self):
        elapsed = time.monotonic() - self.started
        if self._interactive:
            self.stream.write("\n")
        self.stream.write(f"{self.label}：完成 {self.done} 项，用时 {elapsed:.1f} 秒\n")
        self.stream.flush()


class NoProgress:
    """For work that reports progress when a job runs it and nothing otherwise."""

    def advance(self, count=1):
        pass

    def finish(self):
        pass


def silent(total):
    """The default ``progress_for(total)`` of services that a job may give a progress bar."""
    return NoProgress()


def track(items, label, stream=None):
    """Iterate over ``items`` while showing progress."""
    items = list(items)
    progress = Progress(len(items), label, stream)
    for item in items:
        yield item
        progress.advance()
    progress.finish()


def display_width(text):
    """Columns a string takes in a terminal: CJK characters are two wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text, width):
    return text + " " * max(width - display_width(text), 0)
