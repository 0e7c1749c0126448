"""The one escaping helper for report-derived text shown in HTML (``docs/conventions.md``, "Escaping").

folium writes popup and tooltip HTML into JavaScript template literals, so HTML escaping alone is not
enough: a backtick ends the literal, ``${...}`` interpolates an expression and a backslash escapes
the next character. And folium renders its objects through branca, which parses the rendered script
again as a Jinja template, so ``{{ ... }}`` in report text would be evaluated on the server.
:func:`escape_text` HTML-escapes (``& < > " '``) and replaces backtick, dollar, backslash and both
braces with their HTML character references, which the browser shows as the original characters.
"""

from __future__ import annotations

import html
import math
from typing import Any

import pandas as pd

__all__ = ["escape_text"]

_JS_TEMPLATE = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"})


def escape_text(value: Any, *, missing: str = "") -> str:
    """Return ``value`` as text safe inside HTML and inside a JavaScript template literal.

    Parameters
    ----------
    value
        Any value; None, NaN and pandas' missing markers become ``missing``.
    missing
        Text for a missing value (already safe; it is not escaped).

    Examples
    --------
    >>> escape_text("<img src=x onerror=alert(1)>")
    '&lt;img src=x onerror=alert(1)&gt;'
    >>> escape_text("`${alert(1)}`")
    '&#96;&#36;&#123;alert(1)&#125;&#96;'
    """
    if value is None:
        return missing
    if isinstance(value, float) and math.isnan(value):
        return missing
    if value is pd.NA or value is pd.NaT:
        return missing
    return html.escape(str(value), quote=True).translate(_JS_TEMPLATE)
