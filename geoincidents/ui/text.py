"""User-entered and report-derived text in the app's Markdown elements, shown as the text it is.

Streamlit renders the body of ``st.error``, ``st.info``, ``st.success``, ``st.warning`` (and widget
labels, captions, ``st.markdown``) as Markdown, with its own extensions: a file name, an analyst's
name or an error message quoting a report could otherwise become a link, an image the browser
fetches, emphasis, math, a coloured ``:red[...]`` span, an emoji or icon short code, or a
typographic arrow. :func:`plain` backslash-escapes every ASCII punctuation character (CommonMark
makes any escaped punctuation literal), so the text renders character for character. Tables
(``st.dataframe``) and ``st.text`` show their values as text already.
"""

from __future__ import annotations

import re
import string

__all__ = ["plain"]

_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")


def plain(value: object) -> str:
    """Return ``value`` as Markdown that renders as exactly its text (nothing in it is markup).

    Examples
    --------
    >>> plain("![x](http://example.org/p.png) -> *ok*")
    '\\\\!\\\\[x\\\\]\\\\(http\\\\:\\\\/\\\\/example\\\\.org\\\\/p\\\\.png\\\\) \\\\-\\\\> \\\\*ok\\\\*'
    """
    return _PUNCTUATION.sub(r"\\\1", str(value))
