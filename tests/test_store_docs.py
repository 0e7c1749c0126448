"""docs/store.md states the store's rules as the code has them: tables, columns, state machine, limits."""

from __future__ import annotations

import re
from pathlib import Path

from geoincidents.schema import INCIDENT_COLUMNS
from geoincidents.store import _schema
from geoincidents.store._folder import MAX_FILE_BYTES, MAX_SIDECAR_BYTES, SETTLE_S
from geoincidents.store._review import MAX_ANALYST_CHARS, MAX_REASON_CHARS, STATUS_TRANSITIONS

PAGE = (Path(__file__).resolve().parents[1] / "docs" / "store.md").read_text(encoding="utf-8")


def test_every_table_and_column_is_documented() -> None:
    for table, (_, columns, _) in {**_schema.TABLES, _schema.MARKER_TABLE: _schema.MARKER_SPEC}.items():
        assert f"| `{table}` |" in PAGE, table
        for name, _ in columns:
            if name not in INCIDENT_COLUMNS:  # the incident record is documented in conventions.md
                assert f"`{name}`" in PAGE, f"{table}.{name}"


def test_the_state_machine_on_the_page_is_the_one_in_the_code() -> None:
    block = PAGE.split("```")[1]
    documented = {}
    for line in block.strip().splitlines():
        match = re.match(r"(\w+)\s+->\s+([\w |]+?)\s{2,}", line)
        assert match, line
        documented[match.group(1)] = tuple(s.strip() for s in match.group(2).split("|"))
    assert documented == dict(STATUS_TRANSITIONS)


def test_the_limits_on_the_page_are_the_code_s() -> None:
    assert f"over {MAX_FILE_BYTES:,} bytes" in PAGE
    assert f"over {MAX_SIDECAR_BYTES:,} bytes" in PAGE
    assert f"({SETTLE_S:g} s)" in PAGE
    assert f"at most {MAX_ANALYST_CHARS} characters" in PAGE
    assert f"at most {MAX_REASON_CHARS} characters" in PAGE
    assert f"`schema_version` ({_schema.SCHEMA_VERSION})" in PAGE


def test_the_batch_limit_on_the_page_is_the_code_s() -> None:
    from geoincidents.store.watch import MAX_BATCH_REPORTS

    assert f"batch of over {MAX_BATCH_REPORTS:,} reports" in PAGE
