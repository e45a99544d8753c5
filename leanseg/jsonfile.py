"""JSON from files a user may have been handed: every way `json.loads` can fail is one error.

`json.loads` raises more than `JSONDecodeError`: an integer of 5,000 digits is a plain
`ValueError` (Python's integer-string limit) and brackets nested 100,000 deep, a few hundred
bytes of text, are a `RecursionError`. Readers of untrusted JSON call these two functions so
that each of them becomes the reader's own one-line error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from leanseg.errors import LeansegError


def parse_json(text: str, where: str | Path, error: type[LeansegError], what: str) -> Any:
    """`text` parsed, or `error("WHERE: malformed WHAT (reason)")`."""
    try:
        return json.loads(text)
    except RecursionError:
        raise error(f"{where}: malformed {what} (nested too deeply)") from None
    except ValueError as err:  # JSONDecodeError, and integers beyond Python's digit limit
        raise error(f"{where}: malformed {what} ({err})") from None


def read_json(path: str | Path, error: type[LeansegError], what: str) -> Any:
    """The JSON in the UTF-8 file `path`, or `error` with one line naming the file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise error(f"{path}: malformed {what} (not UTF-8 text)") from None
    except OSError as err:
        raise error(f"{path}: cannot read {what} ({err.strerror or err})") from None
    return parse_json(text, path, error, what)
