"""User-entered and report-derived text in the app's Markdown elements, shown as the text it is.

Streamlit renders the body of ``st.error``, ``st.info``, ``st.success``, ``st.warning`` (and widget
labels, captions, ``st.markdown``) as Markdown, with its own extensions: a file name, an analyst's
name or an error message quoting a report could otherwise become a link, an image the browser
fetches, emphasis, math, a coloured ``:red[...]`` span, an emoji or icon short code, or a
typographic arrow. :func:`plain` backslash-escapes every ASCII punctuation character (CommonMark
makes any escaped punctuation literal). Streamlit also rewrites text after parsing, escaped or not
(``->`` becomes an arrow, ``>=`` a sign, ``:streamlit:`` its logo, ``http://...``, ``www.`` and
e-mail addresses links), so :func:`plain` puts an invisible WORD JOINER (U+2060) inside those
tokens. The text then renders character for character. Tables (``st.dataframe``) and ``st.text`` show their
values as text already.
"""

from __future__ import annotations

import re
import string

__all__ = ["WORD_JOINER", "plain"]

WORD_JOINER = "\u2060"
_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")
# Where Streamlit's text rewriting would act: inside "->", "<-", "<->", "--", ">=", "<=", "~=";
# after a colon before a letter or a slash (":streamlit:", short codes, "http://" autolinks); inside
# "www." and after "@" (autolinked web and e-mail addresses).
_REWRITTEN = re.compile(r"(?<=[-<>~])(?=[->=])|(?<=:)(?=[A-Za-z/])|(?<=[wW]{3})(?=\.)|(?<=@)")


def plain(value: object) -> str:
    """Return ``value`` as Markdown that renders as exactly its text (nothing in it is markup).

    The result shows ``value`` with invisible word joiners (:data:`WORD_JOINER`) where Streamlit
    would otherwise rewrite it.

    Examples
    --------
    >>> plain("![x](http://example.org/p.png) *ok*")
    '\\\\!\\\\[x\\\\]\\\\(http\\\\:\\\\/\\\\/example\\\\.org\\\\/p\\\\.png\\\\) \\\\*ok\\\\*'
    """
    return _PUNCTUATION.sub(r"\\\1", _REWRITTEN.sub(WORD_JOINER, str(value)))
