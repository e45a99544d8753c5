"""The dataset a command was told to use instead of the one its model's header names.

A pretrained model's header names where it was trained (`camvid:../shared/datasets/camvid`,
`data/robocup`), which rarely exists where a user runs it. Every command that reads data takes
`--dataset`; it sets this override for the command's duration, every header read meanwhile
names that dataset instead, and so every run the command derives records the data it was
really scored and fine-tuned on. A context variable, not a parameter threaded through every
step, so that a step added later honours it without knowing of it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from leanseg.data.spec import absolute_descriptor

_OVERRIDE: ContextVar[str | None] = ContextVar("dataset_override", default=None)


@contextlib.contextmanager
def dataset_override(descriptor: str | None) -> Iterator[None]:
    """Within the block, headers name `descriptor` (made absolute); None changes nothing."""
    if not descriptor:
        yield
        return
    token = _OVERRIDE.set(absolute_descriptor(descriptor))
    try:
        yield
    finally:
        _OVERRIDE.reset(token)


def current_dataset(recorded: str) -> str:
    """The dataset a header should name now: the override, else what it recorded."""
    return _OVERRIDE.get() or recorded
