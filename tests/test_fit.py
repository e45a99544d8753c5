"""`leanseg fit`: the most accurate compression of a run that meets every measured limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import write_random_run, write_self_labelled_run

from leanseg.analysis.fit import FitConfig, fit, guide, violations
from leanseg.cli import cli


def test_violations_name_each_broken_limit_and_by_how_much():
    m = {"bytes": 350_000, "latency_ms": 50.0, "energy_mj": 2.0, "miou": 0.55,
         "min_class_iou": 0.2}  # fmt: skip
    cfg = FitConfig(max_size="300KB", max_latency="40ms", max_energy="5mJ", max_miou_drop=1.0,
                    min_class_iou=0.3)  # fmt: skip
    assert violations(m, cfg, parent_miou=0.58) == [
        "size 350 KB > 300 KB",
        "latency 50.0 ms > 40.0 ms",
        "mIoU 55.00% more than 1 points below 58.00%",
        "a class at 20.00% IoU < 30%",
    ]
    fits = m | {"bytes": 300_000, "latency_ms": 40.0, "miou": 0.575, "min_class_iou": 0.3}
    assert violations(fits, cfg, 0.58) == []


def test_sensitivity_guides_the_pruning_plans_and_the_first_pruned_step(tmp_path: Path):
    run = write_self_labelled_run(tmp_path / "self")
    g = guide(run, FitConfig(max_miou_drop=100, sensitivity_images=2), tmp_path / "s")
    drops = g["predicted_drop"]
    assert drops[0.25] < drops[0.5] < drops[0.75]  # the self-labelled run feels every cut
    assert g["first_steps"][-1] == (0.75, "lsz5")
    curves = json.loads((tmp_path / "s" / "sensitivity.json").read_text())["layers"]
    total = sum(c["channels"] for c in curves.values())
    for share, plan in g["plans"].items():
        assert sum(plan[n] * c["channels"] for n, c in curves.items()) >= share * total
        assert len(set(plan.values())) > 1 or share == 0.75  # layers cut unequally
    between = 100 * (drops[0.5] + drops[0.75]) / 2
    assert guide(run, FitConfig(max_miou_drop=between, sensitivity_images=2),
                 tmp_path / "s")["first_steps"][-1] == (0.5, "lsz5")  # fmt: skip
    tight = guide(run, FitConfig(max_miou_drop=0, sensitivity_images=2), tmp_path / "s")
    assert tight["first_steps"][-1] == (0.25, "lsz5")
    assert "no share's plan stays within 0.00% mIoU" in tight["reason"]


@pytest.mark.slow
def test_fit_chooses_a_trial_that_meets_the_size_limit(tmp_path: Path):
    run = write_random_run(tmp_path, "enet", n=4, size=(48, 40))
    cfg = FitConfig(max_size="700KB", trials=2, threads=1, val_images=1)
    record = fit(run, cfg, tmp_path / "fit")
    steps = [(t["ratio"], t["compression"]) for t in record["trials"]]
    assert steps == [(0.0, "none"), (0.0, "int8")]  # the fixed first steps
    assert record["trials"][0]["breaks"] == ["size 1537 KB > 700 KB"]  # the parent
    chosen = record["chosen"]
    assert chosen["bytes"] <= 700_000 and not chosen["breaks"]
    assert chosen["miou"] == max(t["miou"] for t in record["trials"] if not t["breaks"])
    saved = json.loads((tmp_path / "fit" / "fit.json").read_text())
    assert saved["chosen"] == chosen
    assert saved["sensitivity"]["first_steps"][:2] == [[0.0, "none"], [0.0, "int8"]]


@pytest.mark.slow
def test_an_impossible_budget_names_the_closest_trial_and_exits_1(tmp_path: Path):
    run = write_random_run(tmp_path, "enet", n=4, size=(48, 40))
    args = ["fit", str(run), "--max-size", "1KB", "--trials", "1", "--threads", "1",
            "--val-images", "1", "--out", str(tmp_path / "fit")]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    expected = "no trial of 1 meets the limits; closest: trial 0 (ratio 0.0, none): size"
    assert expected in result.output
