"""The conventions the code relies on are documented in docs/, and nothing points outside the repository."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from geoincidents.gazetteer.load import KINDS, OPTIONAL_COLUMNS, REQUIRED_COLUMNS
from geoincidents.maps.style import EVENT_COLORS, OTHER_COLOR
from geoincidents.schema import EVENT_TYPES, INCIDENT_COLUMNS, RELATIONS, STATUSES

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
CONVENTIONS = DOCS / "conventions.md"
# Source and text files of the repository (the virtual environment and build output aside).
SKIP = {".venv", ".git", "build", "artifacts", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis"}


def _repo_files(*suffixes: str) -> list[Path]:
    out = []
    for path in ROOT.rglob("*"):
        rel = path.relative_to(ROOT)
        if rel.parts and (rel.parts[0] in SKIP or rel.parts[0].endswith(".egg-info")):
            continue
        if path.is_file() and path.suffix in suffixes and "_assets" not in rel.parts:
            out.append(path)
    return out


def _headings(path: Path) -> set[str]:
    return {m.group(1).strip() for m in re.finditer(r"^#+\s+(.+)$", path.read_text(encoding="utf-8"), re.M)}


def test_nothing_points_to_a_conventions_file_outside_the_repository() -> None:
    offenders = []
    for path in _repo_files(".py", ".md", ".toml", ".txt", ".cfg"):
        if path == Path(__file__):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if re.search(r"CONVENTIONS(\.md| section)|/work/(shared|briefs|main|scratch)\b", text):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_every_docs_page_named_in_the_code_exists_with_the_section_named() -> None:
    pattern = re.compile(r"docs/([\w.-]+\.md)`{0,2},? \(?\"?([^\"\n)]*)")
    named = []
    for path in _repo_files(".py", ".md"):
        for match in pattern.finditer(path.read_text(encoding="utf-8", errors="replace")):
            named.append((path.relative_to(ROOT), match.group(1), match.group(2).strip()))
    assert any(page == "conventions.md" for _, page, _ in named)
    for where, page, section in named:
        if page == "conventions.md":  # the other pages are written with their parts of the code
            assert (DOCS / page).is_file(), f"{where} names docs/{page}, which does not exist"
            if section and section[0].isupper():
                assert section in _headings(DOCS / page), f"{where} names section {section!r} of docs/{page}"


@pytest.mark.parametrize("page", sorted(p.name for p in DOCS.glob("*.md")))
def test_docs_links_stay_inside_the_repository(page: str) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)", text):
        assert not re.match(r"^[a-z]+:", target) or target.startswith("https://"), target
        if not target.startswith("https://"):
            resolved = (DOCS / target).resolve()
            assert resolved.is_relative_to(ROOT), f"{page} links {target}, outside the repository"


def test_the_incident_record_documents_every_column() -> None:
    text = CONVENTIONS.read_text(encoding="utf-8")
    for column in (*INCIDENT_COLUMNS, "distance_m", "band", "breach", "distance_min_m", "distance_max_m"):
        assert f"`{column}`" in text, column
    for value in (*RELATIONS, *STATUSES, *EVENT_TYPES):
        assert value in text, value


def test_the_gazetteer_schema_documents_every_field_and_kind() -> None:
    text = CONVENTIONS.read_text(encoding="utf-8")
    for column in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS):
        assert f"`{column}`" in text, column
    for kind in KINDS:
        assert f"`{kind}`" in text, kind


def test_the_documented_colours_are_the_maps_colours() -> None:
    text = CONVENTIONS.read_text(encoding="utf-8")
    for event_type, color in EVENT_COLORS.items():
        assert f"{event_type} `{color}`" in text, event_type
    assert f"grey `{OTHER_COLOR}`" in text
