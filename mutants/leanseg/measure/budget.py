"""Budgets: parse limits such as `10MB`, `1s` or `5mJ` and judge a profile against them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from leanseg.errors import LeansegError

_UNITS = {
    "size": {"b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9, "kib": 1024, "mib": 1024**2, "gib": 1024**3},
    "latency": {"s": 1e3, "ms": 1.0, "us": 1e-3},  # to milliseconds
    "energy": {"j": 1e3, "mj": 1.0, "uj": 1e-3},  # to millijoules
}


class BudgetError(LeansegError):
    """A limit that cannot be parsed."""


def parse_limit(kind: str, text: str) -> float:
    """`10MB` -> 1e7 bytes, `250ms` -> 250.0 ms, `1s` -> 1000.0 ms, `3mJ` -> 3.0 mJ."""
    m = re.fullmatch(r"\s*([0-9]*\.?[0-9]+(?:e[-+]?[0-9]+)?)\s*([a-zA-Z]*)\s*", text)
    units = _UNITS[kind]
    if not m or m.group(2).lower() not in units:
        raise BudgetError(
            f"cannot read {kind} limit {text!r}; use a number with one of {', '.join(units)}"
        )
    return float(m.group(1)) * units[m.group(2).lower()]


@dataclass(frozen=True)
class Verdict:
    constraint: str
    limit: float
    value: float
    unit: str
    passed: bool
    measured_on: str  # which file or backend the value comes from

    def line(self) -> str:
        word = "PASS" if self.passed else "FAIL"
        return (
            f"{word} {self.constraint}: {self.value:.4g} {self.unit} "
            f"(limit {self.limit:.4g} {self.unit}; {self.measured_on})"
        )


def judge(
    report: dict, max_size: str | None, max_latency: str | None, max_energy: str | None
) -> list[Verdict]:
    """PASS/FAIL per given limit. Size: the smallest model file present; latency: ONNX Runtime's
    median when measured, else PyTorch's; energy: the model estimate."""
    out = []
    if max_size:
        fmt, size = min(report["bytes"].items(), key=lambda kv: kv[1])
        limit = parse_limit("size", max_size)
        out.append(Verdict("size", limit, size, "B", size <= limit, fmt))
    if max_latency:
        lat = report["latency"]
        backend = "onnxruntime" if "onnxruntime" in lat else "pytorch"
        value = lat[backend]["median_ms"]
        limit = parse_limit("latency", max_latency)
        out.append(Verdict("latency", limit, value, "ms", value <= limit, f"{backend} median"))
    if max_energy:
        value = report["energy"]["millijoules"]
        limit = parse_limit("energy", max_energy)
        out.append(Verdict("energy", limit, value, "mJ", value <= limit, "energy model"))
    return out
