"""MkDocs hook: the project's BENCHMARKS.md, kept at the top of the repository where the
README links it, is also a page of the site (`benchmarks.md`), so the guides can link to its
sections and a strict build checks those links."""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File, Files

BENCHMARKS = Path(__file__).resolve().parent / "BENCHMARKS.md"


def on_files(files: Files, config) -> Files:  # noqa: ANN001 - MkDocs' config type
    files.append(File.generated(config, "benchmarks.md", content=BENCHMARKS.read_text()))
    return files
