"""The documentation site: it builds in strict mode, a broken link or a missing API reference
fails the build, and built pages render in Chromium with their images and navigation."""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml
from conftest import CHROMIUM, NO_CHROMIUM, chromium_title

ROOT = Path(__file__).resolve().parents[1]


def _build(config: Path, site: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=600,
    )  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("site")
    built = _build(ROOT / "mkdocs.yml", site)
    assert built.returncode == 0, built.stderr[-2000:]
    return site


def _with_docs(tmp_path: Path, change: dict[str, str]) -> Path:
    """A config building a copy of docs/ with some pages replaced."""
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    for name, text in change.items():
        (docs / name).write_text(text)
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    config["docs_dir"] = str(docs)
    config["hooks"] = [str(ROOT / h) for h in config.get("hooks", [])]
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config))
    return tmp_path / "mkdocs.yml"


@pytest.mark.parametrize(("page", "text", "message"), [
    ("errors.md", "# Errors\n\nSee [the guide](no-such-page.md).\n", "no-such-page.md"),
    ("api.md", "# API\n\n::: leanseg.no_such_module\n", "leanseg.no_such_module"),
    ("errors.md", "# Errors\n\n[Figures](benchmarks.md#no-such-section).\n", "no-such-section"),
])  # fmt: skip
def test_a_broken_link_or_reference_fails_the_strict_build(tmp_path, page, text, message):
    built = _build(_with_docs(tmp_path, {page: text}), tmp_path / "site")
    assert built.returncode != 0 and message in built.stderr


def test_every_guide_and_the_api_reference_are_built(site):
    nav = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["nav"]
    pages = re.findall(r"([\w-]+)\.md", str(nav))
    assert len(pages) >= 16 and "api" in pages
    for page in pages:
        html = (site / ("index.html" if page == "index" else f"{page}/index.html")).read_text()
        assert "md-nav" in html, page
    benchmarks = (site / "benchmarks" / "index.html").read_text()  # BENCHMARKS.md, by the hook
    assert 'id="the-demo"' in benchmarks and 'id="pretrained-models"' in benchmarks
    api = (site / "api" / "index.html").read_text()
    for name in ("build_report", "measure_costs", "prune_run", "quantize_ptq", "load_bundle"):
        assert re.search(rf'id="leanseg[\w.]*\.{name}"', api), name


@pytest.fixture(scope="module")
def served(site) -> str:
    """The site over HTTP on a free local port, as a reader gets it (its search index is
    fetched by script, which a file:// page may not do)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)
@pytest.mark.parametrize(("page", "images"), [("index.html", 1),
                                              ("visualize-and-report/index.html", 4)])  # fmt: skip
def test_built_pages_render_with_their_images_and_navigation(site, served, tmp_path, page,
                                                             images):  # fmt: skip
    title = chromium_title(site / page, tmp_path, served + page)
    found = re.fullmatch(r"loaded (\d+) of (\d+); (\d+) navigation links", title)
    assert found, title
    loaded, total, links = map(int, found.groups())
    assert loaded == total >= images and links >= 15, title


def test_every_result_file_the_pages_cite_exists_and_every_benchmark_cites_one():
    """BENCHMARKS.md holds only figures with a committed result file: each of its sections
    names one, and every result file README, guides, BENCHMARKS.md and the pretrained models'
    READMEs cite is in the repository."""
    pages = [ROOT / "README.md", ROOT / "BENCHMARKS.md", *(ROOT / "docs").glob("*.md"),
             *(ROOT / "leanseg" / "pretrained").glob("*/README.md")]  # fmt: skip
    cited = set()
    for page in pages:
        cited |= set(re.findall(r"benchmarks/results/[\w./-]*\w", page.read_text()))
    assert len(cited) >= 20
    missing = [c for c in sorted(cited) if not (ROOT / c).exists()]
    assert not missing, missing
    sections = re.split(r"\n## ", (ROOT / "BENCHMARKS.md").read_text())[1:]
    assert len(sections) >= 10
    for section in sections:
        assert re.search(r"Result\s+files?:", section), section.splitlines()[0]
