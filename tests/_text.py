"""What Streamlit's Markdown shows for text made plain with :func:`geoincidents.ui.text.plain`."""

from __future__ import annotations

import re

from geoincidents.ui.text import WORD_JOINER

_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def text_of(markdown: str) -> str:
    """The characters a reader sees: backslash-escaped ASCII punctuation as itself (CommonMark), and no
    invisible word joiner."""
    return _ESCAPED.sub(r"\1", markdown).replace(WORD_JOINER, "")
