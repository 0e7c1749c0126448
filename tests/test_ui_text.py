"""plain(): any text, shown by Streamlit's Markdown as exactly that text."""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from geoincidents.ui.text import plain

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _text import text_of


@given(st.text())
def test_plain_round_trips_and_leaves_no_active_character(text: str) -> None:
    out = plain(text)
    assert text_of(out) == text
    # every ASCII punctuation character is escaped, so none can open a link, image, emphasis, HTML,
    # math, a :color[...] span, a short code or a typographic replacement
    unescaped = re.sub(r"\\[" + re.escape(string.punctuation) + "]", "", out)
    assert not set(unescaped) & set(string.punctuation)


def test_plain_on_the_markdown_that_streamlit_acts_on() -> None:
    attacks = ("![p](http://x/p.png)", "<img src=x>", ":red[x]", "$x$", "->", "&amp;", "\\*", "a@b.org", "www.x.org")
    for attack in attacks:
        assert text_of(plain(attack)) == attack
    # the text rewriting Streamlit does after parsing is broken up by invisible word joiners
    assert "http\\:\u2060" in plain("http://x.org") and "-\u2060" in plain("->") and ":\u2060s" in plain(":streamlit:")
    assert plain("![p](u)") == "\\!\\[p\\]\\(u\\)"
    assert plain(3) == "3"
