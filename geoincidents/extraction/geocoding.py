"""Landmark geocoding: place mentions in report text matched to gazetteer landmarks.

Names, Arabic names and aliases of every landmark are folded with
:func:`geoincidents.gazetteer.names.normalize_name` into one token trie, built once per gazetteer (cached by the
gazetteer object's identity), so a report is geocoded in a single pass over its words. For each
mention the words before it give the spatial relation (at / near / towards / inside / outside), and
the landmark's kind and that relation give an ACLED ``geo_precision`` (1-3), an ``uncertainty_m``
radius and a ``confidence``. Sit-in mentions resolve to the sit-in site the gazetteer knows for the
event date (:func:`geoincidents.gazetteer.load.active_on`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from typing import Any

import geopandas as gpd
import numpy as np
import shapely
from pyproj import Transformer

from geoincidents.extraction._phrases import PhraseIndex, Token, phrase_key, tokenize
from geoincidents.extraction.dates import as_date
from geoincidents.gazetteer.model import Gazetteer, GazetteerLike, as_gazetteer
from geoincidents.proximity.certainty import GEO_PRECISION_UNCERTAINTY_M

__all__ = [
    "Landmark",
    "LandmarkIndex",
    "PlaceMention",
    "find_elsewhere",
    "find_places",
    "landmark_index",
    "place_precision",
    "resolve_sit_in",
    "specificity",
]

# A pattern matched just after a mention looks at most this many characters ahead: the words it looks
# for follow within a few words, and a long run of spaces or commas after a mention costs nothing.
_LOOK_AHEAD = 60

# How specific a kind of landmark is: 0 a spot (gate, building, square, bridge end, sit-in camp),
# 1 a bridge (a line some hundreds of metres long), 2 an area (perimeter, district), 3 a city.
_KIND_RANK = {"gate": 0, "building": 0, "square": 0, "bridge_end": 0, "sit_in": 0, "bridge": 1, "district": 2,
              "perimeter": 2}  # fmt: skip
_CITY_UNCERTAINTY_M = 5000.0  # a district this vague is a city-wide area (geo_precision 3)
_AREA_KINDS = frozenset({"perimeter", "district"})

# The relation is read from the words just before a mention (up to four filler words between).
_REL_WORDS: list[tuple[str, str]] = [
    (
        "towards",
        r"towards|toward|in\s+the\s+direction\s+of|heading\s+to|headed\s+to|marched\s+on|march\s+on|"
        r"made\s+their\s+way\s+to|made\s+its\s+way\s+to|نحو|باتجاه|صوب|الى|إلى|تجاه",
    ),
    ("outside", r"outside|just\s+outside|at\s+the\s+edge\s+of|on\s+the\s+outskirts\s+of|خارج"),
    (
        "near",
        r"near|nearby|close\s+to|next\s+to|adjacent\s+to|in\s+the\s+vicinity\s+of|around|approaches\s+to|"
        r"approach\s+to|not\s+far\s+from|a\s+few\s+(?:hundred\s+)?(?:metres|meters)\s+from|by|off|"
        r"قرب|بالقرب\s+من|قريب\s+من|بمحيط|محيط|بمقربة\s+من|مقربة\s+من|أمام|امام|على\s+مقربة\s+من|مشارف",
    ),
    (
        "inside",
        r"inside|within|into|in|deep\s+in|entered|enter|entering|stormed|storm|storming|breached|"
        r"داخل|في|وسط|دخلوا|دخول|اقتحموا|اقتحام",
    ),
    ("at", r"at|on|onto|over|across|atop|from|reached|reach|عند|على|من"),
]
_REL_PATTERN = re.compile(
    r"(?:^|(?<=[\s,(\"']))(?:" + "|".join(f"(?P<{rel}>{pat})" for rel, pat in _REL_WORDS) + r")(?=\s|$)",
    re.IGNORECASE,
)
_FILLER_OK = re.compile(
    r"^(?:\s+(?:the|a|an|its|their|heavily|highly|fortified|so-called|capital's|city's|iraqi|iraq's|baghdad's|"
    r"central|main|famous|nearby|first|outer|government|high-security|restricted|al-|al|gates?|gate|entrance|"
    r"entrances|walls?|edges?|outskirts|perimeter|of|to|المنطقة|ال\S*|شديدة|شديد|المحصنة|المحصّنة|الحصينة|مدخل|مداخل|بوابة|"
    r"بوابات|أسوار|اسوار|أطراف|اطراف))*$",
    re.IGNORECASE,
)
# "at the entrances of the Green Zone", "عند مداخل المنطقة الخضراء": at the area's edge, not in it.
_EDGE_WORDS = re.compile(
    r"\b(?:gates?|entrances?|walls?|edges?|outskirts|perimeter)\b|مدخل|مداخل|بوابة|بوابات|أسوار|اسوار|أطراف|اطراف",
    re.IGNORECASE,
)
_WINDOW = 70
_ARRIVED = re.compile(r"(?:وصل|بلغ|دخل)\S*|\b(?:arrived|got)\b", re.IGNORECASE)
# A place referred back to by its kind ("the bridge", "the square", "الجسر") is the last landmark of
# that kind named before it in the same text.
_ANAPHORA = re.compile(
    r"\bthe\s+(?:(?P<bridge>bridge)|(?P<square>square)|(?P<gate>gate|checkpoint)|(?P<building>embassy|palace|hotel|"
    r"parliament\s+building|building)|(?P<perimeter>(?:fortified\s+|international\s+|green\s+)?zone))\b"
    r"|(?<![\u0621-\u064a])(?:[وب]?ال)(?:(?P<bridge_ar>جسر)|(?P<square_ar>ساحة)|(?P<gate_ar>بوابة)"
    r"|(?P<building_ar>سفارة|مبنى|قصر|فندق))(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_AR_ADJECTIVE = re.compile(r"\s+ال[\u0621-\u064a]{3,}")
_ANAPHORA_KINDS = {
    "bridge": ("bridge", "bridge_end"),
    "square": ("square",),
    "gate": ("gate",),
    "building": ("building",),
    "perimeter": ("perimeter",),
}
_SIDE_CUE = re.compile(r"\b(?:side|end|bridgehead|approach)\b|جهة|جانب|طرف", re.IGNORECASE)


@dataclass(frozen=True)
class Landmark:
    """A gazetteer landmark as the geocoder uses it (one point, its uncertainty and its dates)."""

    landmark_id: str
    kind: str
    name: str
    lon: float
    lat: float
    position_uncertainty_m: float
    radius_m: float
    related_id: str | None = None
    side: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None

    def active_on(self, day: date | None) -> bool:
        """Whether the landmark existed on ``day`` (undated landmarks always; dated ones need a day)."""
        if self.valid_from is None and self.valid_to is None:
            return True
        if day is None:
            return False
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class PlaceMention:
    """A landmark named in a text.

    Attributes
    ----------
    landmark
        The best candidate (the most specific of those the words name).
    candidates
        Every landmark the words name (several when an alias is shared, e.g. two sit-in camps).
    start, end
        Character span of the words in the text.
    relation
        ``at``, ``near``, ``towards``, ``inside`` or ``outside``, read from the words before it.
    """

    landmark: Landmark
    candidates: tuple[Landmark, ...]
    start: int
    end: int
    relation: str
    n_words: int
    weak: bool = False


class LandmarkIndex:
    """The landmarks of one gazetteer, by id, with the phrase trie of all their names.

    Built once per gazetteer by :func:`landmark_index` and reused for every report.
    """

    def __init__(self, gazetteer: gpd.GeoDataFrame) -> None:
        self.landmarks: dict[str, Landmark] = {}
        self.phrases: PhraseIndex[str] = PhraseIndex()
        geoms = gazetteer.geometry
        points = geoms.representative_point()
        lon = points.x.to_numpy(dtype=float)
        lat = points.y.to_numpy(dtype=float)
        radius = _radii(geoms, lon, lat)
        for i, row in enumerate(gazetteer.itertuples(index=False)):
            rec: dict[str, Any] = row._asdict()
            lid = str(rec["landmark_id"])
            self.landmarks[lid] = Landmark(
                landmark_id=lid,
                kind=str(rec["kind"]),
                name=str(rec["name"]),
                lon=float(lon[i]),
                lat=float(lat[i]),
                position_uncertainty_m=float(rec["position_uncertainty_m"]),
                radius_m=float(radius[i]),
                related_id=_str_or_none(rec.get("related_id")),
                side=_str_or_none(rec.get("side")),
                valid_from=as_date(rec.get("valid_from"), f"gazetteer landmark {lid}: valid_from"),
                valid_to=as_date(rec.get("valid_to"), f"gazetteer landmark {lid}: valid_to"),
            )
            aliases = rec.get("aliases")
            alias_list = [aliases] if isinstance(aliases, str) else list(aliases) if aliases is not None else []
            names = [rec["name"], rec.get("name_ar") or "", *alias_list]
            for name in names:
                if isinstance(name, str) and name.strip():
                    self.phrases.add(name, lid)
        self.heads = _head_words(gazetteer, self.phrases)
        self.perimeters = [lm for lm in self.landmarks.values() if lm.kind == "perimeter"]
        self._active_cache: dict[date, tuple[Landmark, ...]] = {}
        # Words that tell bridge ends apart ("the Tahrir side of the Jumhuriya Bridge").
        self.end_words: dict[str, set[str]] = {}
        for lm in self.landmarks.values():
            if lm.kind == "bridge_end":
                tail = lm.name.split("–", 1)[-1] if "–" in lm.name else ""
                words = set(phrase_key(tail)) - {"end", "green", "zone", "side"}
                if lm.side == "green_zone":
                    words |= {"green", "zone", "خضراء", "منطقه"}
                self.end_words[lm.landmark_id] = words

    def sit_ins_on(self, day: date) -> tuple[Landmark, ...]:
        """The sit-in sites that existed on ``day`` (cached per day).

        The same rule as :func:`geoincidents.gazetteer.load.active_on` (a test checks they agree), applied
        to the index's own records: a pandas call per distinct day would cost more than a report.
        """
        found = self._active_cache.get(day)
        if found is None:
            found = tuple(lm for lm in self.landmarks.values() if lm.kind == "sit_in" and lm.active_on(day))
            self._active_cache[day] = found
        return found


# English translations among the aliases ("Republic Bridge", "Liberation Square") mean other things
# when written alone ("President of the Republic"): only transliterated names stand alone.
_ENGLISH_WORDS = frozenset({"republic", "republican", "liberation", "freedom", "eagles", "celebrations", "ceremonies"})
_KIND_WORD = re.compile(r"^(?:al-|the\s+)?([A-Z][\w'’-]{3,})\s+(Square|Bridge)$")


def _head_words(gazetteer: gpd.GeoDataFrame, phrases: PhraseIndex[str]) -> dict[str, str]:
    """Names that reports often write without their kind word ("in Tahrir", "on Sinak").

    Only a head word that belongs to one landmark, and is no name of its own, is kept.
    """
    owners: dict[str, set[str]] = {}
    for row in gazetteer.itertuples(index=False):
        if row.kind not in ("square", "bridge"):
            continue
        aliases = row.aliases if not isinstance(row.aliases, str) else (row.aliases,)
        for name in (row.name, *aliases):
            match = _KIND_WORD.match(name) if isinstance(name, str) else None
            if match:
                key = phrase_key(match.group(1))
                if len(key) == 1:
                    owners.setdefault(key[0], set()).add(str(row.landmark_id))
    # A word that is also part of another landmark's names ("Republican Palace", "Rasheed Hotel") is
    # ambiguous alone (bridge ends aside: their names are made of their neighbours').
    used_by: dict[str, set[str]] = {}
    for row in gazetteer.itertuples(index=False):
        if row.kind == "bridge_end":  # their names are made of other landmarks' names
            continue
        aliases = row.aliases if not isinstance(row.aliases, str) else (row.aliases,)
        for name in (row.name, *aliases):
            if isinstance(name, str):
                for word in phrase_key(name):
                    used_by.setdefault(word, set()).add(str(row.landmark_id))
    related: dict[str, set[str]] = {}
    for row in gazetteer.itertuples(index=False):
        rel = getattr(row, "related_id", None)
        if isinstance(rel, str):
            related.setdefault(rel, set()).add(str(row.landmark_id))
    out: dict[str, str] = {}
    for word, ids in owners.items():
        if len(ids) != 1 or len(word) < 5 or word in _ENGLISH_WORDS or phrases.find(tokenize(word)):
            continue
        owner = next(iter(ids))
        if used_by.get(word, ids) - ids - related.get(owner, set()):
            continue
        out[word] = owner
    return out


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _radii(geoms: gpd.GeoSeries, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Metres from each representative point to the farthest vertex of its geometry (0 for points)."""
    out = np.zeros(len(geoms))
    if len(geoms) == 0:
        return out
    crs = gpd.GeoSeries(shapely.points(lon, lat), crs=geoms.crs).estimate_utm_crs()
    to_m = Transformer.from_crs(geoms.crs, crs, always_xy=True)
    for i, geom in enumerate(geoms):
        if geom is None or geom.geom_type == "Point":
            continue
        coords = shapely.get_coordinates(geom)
        x, y = to_m.transform(coords[:, 0], coords[:, 1])
        cx, cy = to_m.transform(lon[i], lat[i])
        out[i] = float(np.max(np.hypot(np.asarray(x) - cx, np.asarray(y) - cy)))
    return out


def _build_landmark_index(gaz: Gazetteer) -> LandmarkIndex:
    return LandmarkIndex(gaz.frame)


def landmark_index(gazetteer: GazetteerLike = None) -> LandmarkIndex:
    """Return the landmark index of a gazetteer (a Gazetteer, frame, file, or None for the bundled one).

    The index is kept with the :class:`~geoincidents.gazetteer.Gazetteer` it was built from, so it
    is rebuilt when (and only when) the landmarks change.
    """
    return as_gazetteer(gazetteer).derived("landmark_index", _build_landmark_index)


# Iraqi cities and provinces other than Baghdad (and neighbouring capitals) that news about Baghdad names
# when it reports events there: "in the southern city of Nasiriya", "وفي البصرة". An event placed there is
# not an event of the gazetteer's city, whatever other place the report names.
_ELSEWHERE_EN = (
    "Basra", "Basrah", "Umm Qasr", "Nasiriya", "Nasiriyah", "Nassiriya", "Nassiriyah", "Dhi Qar", "Thi Qar",
    "Najaf", "Karbala", "Kerbala", "Kut", "Wasit", "Diwaniya", "Diwaniyah", "Amara", "Amarah", "Maysan",
    "Missan", "Hilla", "Hillah", "Babil", "Samawa", "Samawah", "Muthanna", "Mosul", "Nineveh", "Ninewa",
    "Kirkuk", "Erbil", "Irbil", "Sulaimaniya", "Sulaimaniyah", "Sulaymaniyah", "Duhok", "Dohuk", "Tikrit",
    "Salahuddin", "Salah al-Din", "Samarra", "Ramadi", "Fallujah", "Falluja", "Anbar", "Baquba", "Baqubah",
    "Diyala", "Ain al-Asad", "Kurdistan Region", "Tehran", "Beirut", "Damascus",
)  # fmt: skip
_ELSEWHERE_AR = (
    "البصرة", "ام قصر", "أم قصر", "الناصرية", "ذي قار", "ذيقار", "النجف", "كربلاء", "الكوت", "واسط", "الديوانية",
    "العمارة", "ميسان", "الحلة", "بابل", "السماوة", "المثنى", "الموصل", "نينوى", "كركوك", "أربيل", "اربيل",
    "السليمانية", "دهوك", "تكريت", "صلاح الدين", "سامراء", "الرمادي", "الفلوجة", "الأنبار", "الانبار", "بعقوبة",
    "ديالى", "عين الأسد", "عين الاسد", "إقليم كردستان", "اقليم كردستان", "طهران", "بيروت", "دمشق",
)  # fmt: skip
_ELSEWHERE = re.compile(
    r"\b(?:al-)?(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _ELSEWHERE_EN) + r")\b"
    r"|(?<![\u0621-\u064a])(?:و?(?:ب|ل|في\s+|فی\s+)?)(?:محافظة\s+|مدينة\s+)?(?:"
    + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _ELSEWHERE_AR)
    + r")(?![\u0621-\u064a])",
)


# Regions and countries other than Baghdad, named with a locative word: "across Iraq", "in several southern
# provinces", "nationwide", "in Syria", "في المحافظات الجنوبية", "في عموم العراق".
_ELSEWHERE_REGION = re.compile(
    r"\b(?:in|across|throughout)\s+(?:(?:several|many|other|the|some|most|a\s+number\s+of|nine|ten|\w+ern)\s+){0,3}"
    r"(?:provinces|governorates)\b|\b(?:across|throughout)\s+(?:Iraq|the\s+country)\b|\bnationwide\b"
    r"|\belsewhere\s+in\s+(?:Iraq|the\s+country)\b|\b(?:southern|northern|western)\s+(?:Iraq|provinces|cities)\b"
    r"|\b(?:in|to|into)\s+(?:Syria|Iran|Lebanon|Israel|Gaza|Turkey|Jordan|Kuwait|Saudi\s+Arabia|Sweden|Stockholm|Yemen|"
    r"Iraqi\s+Kurdistan|the\s+Kurdistan\s+region)\b(?![-\w])"
    r"|(?<![\u0621-\u064a])(?:و?(?:في|ب)\s*(?:عدد\s+من\s+|بعض\s+|مختلف\s+|عموم\s+|باقي\s+|بقية\s+)?(?:ال)?محافظات|محافظات\s+"
    r"(?:ال)?(?:جنوب|الوسط|وسط)|(?:في|ب)\s*(?:عموم|مختلف\s+مناطق)\s+(?:ال)?عراق|و?في\s+(?:سوريا|سورية|إيران|ايران|لبنان|"
    r"غزة|إسرائيل|اسرائيل|تركيا|الأردن|الكويت|السعودية|السويد|ستوكهولم|اليمن))(?![\u0621-\u064a])",
    re.IGNORECASE,
)

# The head words of those regions: every match holds one, at most _REGION_BEFORE characters after its start
# and _REGION_AFTER before its end ("in a number of the southern provinces", "محافظات الجنوب").
_REGION_HEAD_WORDS = [
    "provinces",
    "governorates",
    "iraq",
    "country",
    "nationwide",
    "cities",
    "syria",
    "iran",
    "lebanon",
    "israel",
    "gaza",
    "turkey",
    "jordan",
    "kuwait",
    "saudi",
    "sweden",
    "stockholm",
    "yemen",
    "kurdistan",
    "region",
    "محافظات",
    "المحافظات",
    "عراق",
    "العراق",
    "سوريا",
    "سورية",
    "إيران",
    "ايران",
    "لبنان",
    "غزة",
    "إسرائيل",
    "اسرائيل",
    "تركيا",
    "الأردن",
    "الكويت",
    "السعودية",
    "السويد",
    "ستوكهولم",
    "اليمن",
]
_REGION_BEFORE, _REGION_AFTER = 90, 30
# Folded first words of those names: a text none of whose words is one names no other city.
_REGION_HEADS = frozenset(t.key for word in _REGION_HEAD_WORDS for t in tokenize(word)) - {""}
_ELSEWHERE_FIRST = frozenset(tokenize(name)[0].key for name in _ELSEWHERE_EN + _ELSEWHERE_AR)


def find_elsewhere(
    text: str, start: int = 0, end: int | None = None, *, tokens: list[Token] | None = None
) -> list[tuple[int, int]]:
    """Spans in ``text[start:end]`` naming an Iraqi city or province other than Baghdad (English or Arabic).

    A clause that names one of these and no landmark of the gazetteer reports an event elsewhere.
    ``tokens`` (from :func:`geoincidents.extraction._phrases.tokenize` of the whole text) spares a pass over a
    text that names none.

    Examples
    --------
    >>> find_elsewhere("in the southern city of Nasiriya on Thursday")
    [(24, 32)]
    >>> len(find_elsewhere("وفي البصرة، أحرق محتجون إطارات")), find_elsewhere("in Tahrir Square")
    (1, [])
    """
    stop = len(text) if end is None else end
    toks = tokenize(text[start:stop]) if tokens is None else tokens
    regions: set[tuple[int, int]] = set()
    for tok in toks:  # a region is read only around its head word ("provinces", "Syria"): one short window each
        if tok.key in _REGION_HEADS or tok.alt in _REGION_HEADS:
            lo, hi = max(start, tok.start - _REGION_BEFORE), min(stop, tok.end + _REGION_AFTER)
            regions.update((m.start(), m.end()) for m in _ELSEWHERE_REGION.finditer(text, lo, hi))
    found = sorted(regions)
    if any(t.key in _ELSEWHERE_FIRST or t.alt in _ELSEWHERE_FIRST for t in toks):
        found.extend((m.start(), m.end()) for m in _ELSEWHERE.finditer(text, start, stop))
        found.sort()
    return found


def specificity(landmark: Landmark) -> tuple[int, float]:
    """Sort key: smaller is more specific (kind rank, then position uncertainty)."""
    rank = _KIND_RANK.get(landmark.kind, 2)
    if landmark.kind == "district" and landmark.position_uncertainty_m >= _CITY_UNCERTAINTY_M:
        rank = 3
    return rank, landmark.position_uncertainty_m


def _relation(text: str, start: int, landmark: Landmark) -> str:
    window = text[max(0, start - _WINDOW) : start]
    area = landmark.kind in _AREA_KINDS
    matches = list(_REL_PATTERN.finditer(window))
    match = matches[-1] if matches else None
    fill = window[match.end() :] if match else ""
    if match is None or len(fill.split()) > 4 or not _FILLER_OK.match(" " + fill.strip() if fill.strip() else ""):
        return "inside" if area and _arabic_in_prefix(text, start) else "at"
    rel = next(r for r, _ in _REL_WORDS if match.group(r))
    if rel == "towards" and _ARRIVED.search(window[max(0, match.start() - 40) : match.start()]):
        return "at"
    if area and rel in ("at", "inside") and _EDGE_WORDS.search(fill):
        return "near"  # at the entrances or walls of an area: its edge
    if rel == "inside" and not area:
        return "at"
    return rel


def _arabic_in_prefix(text: str, start: int) -> bool:
    """Arabic writes "in" as a clitic: "بالمنطقة الخضراء" = in the Green Zone."""
    return text[start : start + 3] in ("بال",)


def find_places(
    text: str,
    *,
    gazetteer: GazetteerLike = None,
    tokens: list[Token] | None = None,
) -> list[PlaceMention]:
    """Return the landmarks named in ``text``, in order, with spans and spatial relations.

    Parameters
    ----------
    text
        Report text in English or Arabic.
    gazetteer
        A gazetteer frame or file; ``None`` uses the bundled Baghdad gazetteer.
    tokens
        The text's tokens, when the caller has them already.

    Examples
    --------
    >>> [(m.landmark.landmark_id, m.relation) for m in find_places("marched towards the Green Zone")]
    [('green_zone', 'towards')]
    """
    index = landmark_index(gazetteer)
    toks = tokenize(text) if tokens is None else tokens
    out: list[PlaceMention] = []
    for match in index.phrases.find(toks):
        cands = tuple(sorted((index.landmarks[lid] for lid in match.payloads), key=specificity))
        best = cands[0]
        if best.kind == "bridge":
            best = _bridge_end(text, match.start, match.end, best, index) or best
        relation = _relation(text, match.start, best)
        out.append(PlaceMention(best, cands, match.start, match.end, relation, match.last - match.first + 1))
    out = _with_heads(text, toks, out, index)
    out = _with_coordinated(text, out, index)
    return _with_anaphora(text, out, index) if out else out


def _overlaps(named: list[PlaceMention], starts: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``named`` (in text order, not overlapping; ``starts`` theirs)."""
    i = bisect_right(starts, start) - 1
    if i >= 0 and named[i].end > start:
        return True
    return i + 1 < len(named) and named[i + 1].start < end


def _with_heads(text: str, tokens: list[Token], named: list[PlaceMention], index: LandmarkIndex) -> list[PlaceMention]:
    """Add capitalised head words of squares and bridges written alone ("protesters in Tahrir")."""
    if not index.heads:
        return named
    extra: list[PlaceMention] = []
    starts = [m.start for m in named]
    for i, tok in enumerate(tokens):
        lid = index.heads.get(tok.key)
        if lid is None or not text[tok.start].isupper():
            continue
        # A proper noun of its own: not the first word of a sentence, not inside a longer name
        # ("Freedom Monument", "Iraqi Republic"), not "Republic of ...".
        before = text[max(0, tok.start - 3) : tok.start].strip()
        if not before or before[-1] in '.!?"“:' or text[tok.start - 1] == "\n":
            continue
        prev_word = tokens[i - 1] if i > 0 else None
        next_word = tokens[i + 1] if i + 1 < len(tokens) else None
        if prev_word is not None and tok.start - prev_word.end <= 2 and text[prev_word.start].isupper():
            continue
        if (
            next_word is not None
            and next_word.start - tok.end <= 2
            and (text[next_word.start].isupper() or next_word.key == "of")
        ):
            continue
        if _overlaps(named, starts, tok.start, tok.end):
            continue
        lm = index.landmarks[lid]
        extra.append(PlaceMention(lm, (lm,), tok.start, tok.end, _relation(text, tok.start, lm), 1, weak=True))
    return sorted(named + extra, key=lambda m: m.start) if extra else named


# "the Sinak and Ahrar bridges": each name with the shared kind word is a landmark of its own.
_COORDINATED = re.compile(
    r"\b((?:[A-Z][\w'’-]+,?\s+){1,3}(?:and|or)\s+(?:the\s+)?[A-Z][\w'’-]+)\s+(bridges|squares|gates)\b"
)
_NAME_WORD = re.compile(r"[A-Z][\w'’-]+")


def _with_coordinated(text: str, named: list[PlaceMention], index: LandmarkIndex) -> list[PlaceMention]:
    extra: list[PlaceMention] = []
    if "bridges" not in text and "squares" not in text and "gates" not in text:
        return named
    starts = [m.start for m in named]
    for match in _COORDINATED.finditer(text):
        kind_word = match.group(2)[:-1]
        for word in _NAME_WORD.finditer(match.group(1)):
            start, end = match.start(1) + word.start(), match.start(1) + word.end()
            if _overlaps(named, starts, start, end):
                continue
            found = index.phrases.find(tokenize(f"{word.group(0)} {kind_word}"))
            if len(found) == 1 and found[0].first == 0 and found[0].last == 1:
                cands = tuple(sorted((index.landmarks[lid] for lid in found[0].payloads), key=specificity))
                extra.append(PlaceMention(cands[0], cands, start, end, _relation(text, match.start(), cands[0]), 2))
    return sorted(named + extra, key=lambda m: m.start) if extra else named


def _with_anaphora(text: str, named: list[PlaceMention], index: LandmarkIndex) -> list[PlaceMention]:
    """Add "the bridge"-style references to the last landmark of that kind named before them.

    One sweep: the mentions are in text order, so the last landmark of each kind before a reference is
    kept up to date as the references are met.
    """
    starts = [m.start for m in named]
    last: dict[str, tuple[int, Landmark]] = {}  # kind -> (position in named, landmark) of the last one passed
    passed = 0
    extra: list[PlaceMention] = []
    for match in _ANAPHORA.finditer(text):
        while passed < len(named) and named[passed].end <= match.start():
            last[named[passed].landmark.kind] = (passed, named[passed].landmark)
            passed += 1
        if _overlaps(named, starts, match.start(), match.end()):
            continue
        if (
            match.lastgroup
            and match.lastgroup.endswith("_ar")
            and _AR_ADJECTIVE.match(text, match.end(), match.end() + _LOOK_AHEAD)
        ):
            continue  # "السفارة السويدية": another embassy, not the one named before
        group = (match.lastgroup or "").removesuffix("_ar")
        before = [last[kind] for kind in _ANAPHORA_KINDS.get(group, ()) if kind in last]
        if before:
            target = max(before, key=lambda found: found[0])[1]
        elif group == "perimeter" and len(index.perimeters) == 1:
            target = index.perimeters[0]
        else:
            continue
        if target.kind == "bridge_end" and group == "bridge" and target.related_id in index.landmarks:
            target = index.landmarks[target.related_id]
        extra.append(
            PlaceMention(target, (target,), match.start(), match.end(), _relation(text, match.start(), target), 1)
        )
    return sorted(named + extra, key=lambda m: m.start)


def _bridge_end(text: str, start: int, end: int, bridge: Landmark, index: LandmarkIndex) -> Landmark | None:
    """The bridge end named around a bridge mention ("the Tahrir side of the Jumhuriya Bridge")."""
    window = text[max(0, start - 45) : min(len(text), end + 45)]
    if not _SIDE_CUE.search(window):
        return None
    words = {tok.key for tok in tokenize(window)} - set(phrase_key(text[start:end]))
    for lid, cues in index.end_words.items():
        lm = index.landmarks[lid]
        if lm.related_id == bridge.landmark_id and cues & words:
            return lm
    return None


def place_precision(landmark: Landmark, relation: str) -> tuple[int, float]:
    """Return ``(geo_precision, uncertainty_m)`` for a landmark named with a relation.

    ACLED's codes: 1 the place itself; 2 near it, or part of a larger area; 3 only a city-wide area.
    The radius is at least the landmark's own position uncertainty (and, for areas, the distance from
    its point to its farthest vertex), widened to the code's default radius when the relation is vague.
    """
    rank = specificity(landmark)[0]
    own = max(landmark.position_uncertainty_m, landmark.radius_m)
    if rank >= 3:
        return 3, max(own, GEO_PRECISION_UNCERTAINTY_M[3])
    if rank == 2 or relation in ("near", "towards", "outside"):
        return 2, max(own, GEO_PRECISION_UNCERTAINTY_M[2] if rank == 2 else GEO_PRECISION_UNCERTAINTY_M[1] * 4)
    return 1, own


_SIT_IN_WORDS = re.compile(r"\w+", re.UNICODE)


def resolve_sit_in(
    day: date | None,
    context: str,
    *,
    gazetteer: GazetteerLike = None,
    named: tuple[Landmark, ...] = (),
    places: list[PlaceMention] | None = None,
) -> Landmark | None:
    """Return the sit-in site the gazetteer knows for ``day``, best matching the context words.

    Parameters
    ----------
    day
        The event date; None gives None (a sit-in site cannot be chosen without a date).
    context
        The sentence (or report) describing the sit-in; words shared with a site's names, or naming
        the landmark it is related to, break ties between sites active the same day.
    gazetteer
        A gazetteer frame or file; ``None`` uses the bundled one.
    named
        Sit-in sites already named by an alias in the text (they are preferred when active).
    places
        The places named in ``context``, when the caller has found them already.
    """
    if day is None:
        return None
    index = landmark_index(gazetteer)
    active = [lm for lm in named if lm.kind == "sit_in" and lm.active_on(day)]
    if not active:
        active = list(index.sit_ins_on(day))
    if not active:
        return None
    if len(active) == 1:
        return active[0]
    words = {tok.key for tok in tokenize(context)}
    if places is None:
        places = find_places(context, gazetteer=gazetteer)
    related_named = {m.landmark.landmark_id for m in places}

    def score(lm: Landmark) -> tuple[int, date]:
        s = len(set(phrase_key(lm.name)) & words)
        if lm.related_id and lm.related_id in related_named:
            s += 2
        return s, lm.valid_from or date.min

    return max(active, key=score)
