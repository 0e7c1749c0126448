"""Derive ``data/context.geojson``, the offline context layer, from cited references and the gazetteer.

Run from the repository root: ``python tools/derive_context.py``. The output is deterministic; a test
(tests/test_context.py) re-runs the derivation and fails when the committed file differs from it (by more than a metre).

Every point below is copied from the reference named in its ``source``, or derived from gazetteer
features by the rule written in its ``derivation``. The Tigris is derived (see ``river()``): a centre
line through mid-river anchors (two bridges with Wikipedia coordinates, the gazetteer's bridges, and the
Green Zone's traced river bank moved half a river width into the water), smoothed with a centripetal
Catmull-Rom spline that passes through every anchor, widened to a 300 m channel. ``data/CONTEXT_NOTES.md``
explains the references, the rules and the uncertainty.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import LineString, mapping, shape
from shapely.geometry.polygon import orient

ROOT = Path(__file__).resolve().parents[1]
GAZETTEER = ROOT / "data" / "gazetteer.geojson"
OUT = ROOT / "data" / "context.geojson"
UTM = "EPSG:32638"  # UTM zone 38N, metres, as the gazetteer notes use
HALF_WIDTH_M = 150.0  # half of a ~300 m channel (14th of July Bridge spans 335 m; al-Aimmah Bridge 370 m long)

# Mid-river anchors, upstream to downstream: (label, lat, lon, source) or a gazetteer bridge id.
_AIMMAH = (33.375122, 44.355540)
_SARAFIYA = (33.35361, 44.37278)


def _gazetteer() -> dict[str, dict[str, Any]]:
    doc = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    return {f["properties"]["landmark_id"]: f for f in doc["features"]}


def _to_utm() -> Transformer:
    return Transformer.from_crs("EPSG:4326", UTM, always_xy=True)


def _to_wgs() -> Transformer:
    return Transformer.from_crs(UTM, "EPSG:4326", always_xy=True)


def _catmull_rom(points: np.ndarray, per_segment: int = 12) -> np.ndarray:
    """A centripetal Catmull-Rom curve through every point (alpha 0.5), ends kept."""
    pts = np.vstack([2 * points[0] - points[1], points, 2 * points[-1] - points[-2]])
    out = [points[0]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        t0 = 0.0
        t1 = t0 + max(np.linalg.norm(p1 - p0), 1e-9) ** 0.5
        t2 = t1 + max(np.linalg.norm(p2 - p1), 1e-9) ** 0.5
        t3 = t2 + max(np.linalg.norm(p3 - p2), 1e-9) ** 0.5
        for t in np.linspace(t1, t2, per_segment + 1)[1:]:
            a1 = (t1 - t) / (t1 - t0) * p0 + (t - t0) / (t1 - t0) * p1
            a2 = (t2 - t) / (t2 - t1) * p1 + (t - t1) / (t2 - t1) * p2
            a3 = (t3 - t) / (t3 - t2) * p2 + (t - t2) / (t3 - t2) * p3
            b1 = (t2 - t) / (t2 - t0) * a1 + (t - t0) / (t2 - t0) * a2
            b2 = (t3 - t) / (t3 - t1) * a2 + (t - t1) / (t3 - t1) * a3
            out.append((t2 - t) / (t2 - t1) * b1 + (t - t1) / (t2 - t1) * b2)
    return np.array(out)


def _centre(feature: dict[str, Any]) -> tuple[float, float]:
    """(lon, lat) of a gazetteer bridge's mid-river point (the middle of its LineString)."""
    line = shape(feature["geometry"])
    mid = line.interpolate(0.5, normalized=True)
    return mid.x, mid.y


def _bank_anchors(gaz: dict[str, dict[str, Any]]) -> list[tuple[float, float]]:
    """The Green Zone's traced river bank (perimeter vertices from the Jumhuriya bridgehead clockwise to
    the Jadriya bend), moved 150 m into the river, in UTM metres, upstream to downstream."""
    ring = list(shape(gaz["green_zone"]["geometry"]).exterior.coords)
    # the ring is counter-clockwise from the Jumhuriya bridgehead (vertex 0): walking it backwards from
    # there runs down the east side and west along the south side, with the river on the left
    bank = [ring[i] for i in range(len(ring) - 2, 20, -1)]
    fwd = _to_utm()
    xy = np.array([fwd.transform(x, y) for x, y in bank])
    moved = LineString(xy).offset_curve(HALF_WIDTH_M, join_style="round")  # positive: to the left
    return [(float(x), float(y)) for x, y in shapely.get_coordinates(moved)[::4]]


def river(gaz: dict[str, dict[str, Any]]) -> shapely.Polygon | shapely.MultiPolygon:
    """The Tigris from al-Aimmah Bridge to al-Jadriya Bridge, as a polygon in WGS84."""
    fwd = _to_utm()

    def utm(lon: float, lat: float) -> tuple[float, float]:
        x, y = fwd.transform(lon, lat)
        return float(x), float(y)

    anchors = [
        utm(_AIMMAH[1], _AIMMAH[0]),
        utm(_SARAFIYA[1], _SARAFIYA[0]),
        utm(*_centre(gaz["bridge_ahrar"])),
        utm(*_centre(gaz["bridge_sinak"])),
        utm(*_centre(gaz["bridge_jumhuriya"])),
        *_bank_anchors(gaz),
        utm(*_centre(gaz["bridge_jadriya"])),
    ]
    line = LineString(_catmull_rom(np.array(anchors)))
    channel = line.buffer(HALF_WIDTH_M, cap_style="flat", join_style="round").simplify(5.0)
    back = _to_wgs()
    wgs = shapely.transform(channel, lambda a: np.column_stack(back.transform(a[:, 0], a[:, 1])))
    zone = shape(gaz["green_zone"]["geometry"])
    water = wgs.difference(zone)  # the zone's river side is the traced bank: no water inside it
    water = shapely.set_precision(water, 1e-6)
    parts = [p for p in shapely.get_parts(water) if p.area > 1e-7]  # drop slivers left by the difference
    merged = shapely.MultiPolygon(parts) if len(parts) > 1 else parts[0]
    if isinstance(merged, shapely.Polygon):
        return orient(merged, 1.0)
    return shapely.MultiPolygon([orient(p, 1.0) for p in merged.geoms])


def _offset(lat: float, lon: float, east_m: float, north_m: float) -> tuple[float, float]:
    dlat = north_m / 111_320.0
    dlon = east_m / (111_320.0 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


def _feature(props: dict[str, Any], geometry: Any) -> dict[str, Any]:
    keys = ("context_id", "name", "name_ar", "kind", "source", "position_uncertainty_m", "derivation", "notes")
    return {"type": "Feature", "properties": {k: props.get(k) for k in keys}, "geometry": geometry}


def _point(lat: float, lon: float) -> dict[str, Any]:
    return {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}


def places(gaz: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The labelled points: districts, a street and bridges the gazetteer does not hold."""
    tahrir = gaz["tahrir_square"]["geometry"]["coordinates"]
    ahrar_w = gaz["bridge_ahrar_karkh_end"]["geometry"]["coordinates"]
    sinak_w = gaz["bridge_sinak_karkh_end"]["geometry"]["coordinates"]
    wazir = _offset(*_SARAFIYA, east_m=650, north_m=250)
    utaif = _offset(*_SARAFIYA, east_m=-650, north_m=-250)
    rows: list[tuple[dict[str, Any], tuple[float, float]]] = [
        ({"context_id": "adhamiya", "name": "al-Adhamiya", "name_ar": "الأعظمية", "kind": "place",
          "source": "de.wikipedia 'Abu-Hanifa-Moschee' 33°22'19.1\"N 44°21'30.3\"E (33.371981, 44.358406) (via the "
                    "memim.com copy); en.wikipedia 'Adhamiyah': the neighbourhood of the Abu Hanifa Mosque, east bank, "
                    "linked by al-Aimmah Bridge to Kadhimiya.",
          "position_uncertainty_m": 1000, "derivation": None,
          "notes": "Label at the Abu Hanifa Mosque, the centre of Adhamiya proper. The en.wikipedia 'Adhamiyah' "
                   "infobox gives 33°23'23\"N 44°22'19\"E for the same mosque, ~2 km NE and away from al-Aimmah "
                   "Bridge, which the mosque faces; not used."},
         (33.371981, 44.358406)),
        ({"context_id": "kadhimiya", "name": "al-Kadhimiya", "name_ar": "الكاظمية", "kind": "place",
          "source": "en.wikipedia 'Kadhimiya' 33°22'50\"N 44°20'50\"E (33.38056, 44.34722); northern neighbourhood "
                    "on the west bank, 28 km2.",
          "position_uncertainty_m": 1500, "derivation": None, "notes": None},
         (33.38056, 44.34722)),
        ({"context_id": "sadr_city", "name": "Sadr City", "name_ar": "مدينة الصدر", "kind": "place",
          "source": "en.wikipedia 'Sadr City' 33°23'20\"N 44°27'30\"E (33.38889, 44.45833); 13 km2, east Baghdad.",
          "position_uncertainty_m": 2000, "derivation": None, "notes": "Also al-Thawra (الثورة)."},
         (33.38889, 44.45833)),
        ({"context_id": "dora", "name": "al-Dora", "name_ar": "الدورة", "kind": "place",
          "source": "en.wikipedia 'Dora, Baghdad' 33°15'5\"N 44°23'31\"E (33.25139, 44.39194); de.wikipedia 'Dora "
                    "(Bagdad)': south of the great loop of the Tigris, on its west bank, opposite the university.",
          "position_uncertainty_m": 1500, "derivation": None, "notes": None},
         (33.25139, 44.39194)),
        ({"context_id": "saydiya", "name": "al-Saydiya", "name_ar": "السيدية", "kind": "place",
          "source": "pt.wikipedia 'Al-Saydiya' (qwe.wiki copy) 33°14'59\"N 44°21'31\"E (33.2496, 44.3585); "
                    "Baiyaa to the north, Dora to the east.",
          "position_uncertainty_m": 1500, "derivation": None, "notes": None},
         (33.2496, 44.3585)),
        ({"context_id": "haifa_street", "name": "Haifa Street", "name_ar": "شارع حيفا", "kind": "street",
          "source": "en.wikipedia 'Haifa Street' 33°20'11.4\"N 44°22'53.4\"E (33.3365, 44.3815); a two-mile street "
                    "on the Karkh side, parallel to the Tigris, leading SE to Assassins' Gate.",
          "position_uncertainty_m": 300, "derivation": None,
          "notes": "A point on the street, not its line (no coordinates of its ends were found)."},
         (33.3365, 44.3815)),
        ({"context_id": "bab_al_sharqi", "name": "Bab al-Sharqi", "name_ar": "الباب الشرقي", "kind": "place",
          "source": "gazetteer tahrir_square (plus code 8CH5+487); iraqpictures.org 'Liberation Square': the square "
                    "is the area also called the Eastern Gate (Bab al-Sharqi) of old Baghdad, Rusafa.",
          "position_uncertainty_m": 600,
          "derivation": "Derived: placed on the gazetteer's Tahrir Square point; no coordinate of the neighbourhood "
                        "itself was found.",
          "notes": None},
         (float(tahrir[1]), float(tahrir[0]))),
        ({"context_id": "salihiya", "name": "al-Salihiya", "name_ar": "الصالحية", "kind": "place",
          "source": "gazetteer bridge_sinak (aroundus 'Sinak Bridge': links the Salihiya/Karkh side with the Green "
                    "Zone side) and bridge_ahrar (alsabaah.iq: al-Ahrar links al-Rasheed Street with Salihiya, Karkh).",
          "position_uncertainty_m": 900,
          "derivation": "Derived: midpoint of the west (Karkh) ends of the gazetteer's al-Ahrar and al-Sinak bridges, "
                        "which are themselves derived (400-500 m).",
          "notes": None},
         ((ahrar_w[1] + sinak_w[1]) / 2, (ahrar_w[0] + sinak_w[0]) / 2)),
        ({"context_id": "waziriya", "name": "al-Waziriya", "name_ar": "الوزيرية", "kind": "place",
          "source": "en.wikipedia 'Al-Sarafiya Bridge' 33°21'13\"N 44°22'22\"E: the bridge connects Waziriyah (east, "
                    "Rusafa) and Utafiyah (west, Karkh); iraqthelastinglove.blogspot.com (2007): it links al-Wazeeriya "
                    "(Rusafa) with al-Utaifiya (Karkh).",
          "position_uncertainty_m": 1200,
          "derivation": "Derived: 700 m ENE of the al-Sarafiya Bridge point, on the east bank.", "notes": None},
         wazir),
        ({"context_id": "utaifiya", "name": "al-Utaifiya", "name_ar": "العطيفية", "kind": "place",
          "source": "en.wikipedia 'Al-Sarafiya Bridge' (connects Waziriyah and Utafiyah); iraqthelastinglove"
                    ".blogspot.com (2007).",
          "position_uncertainty_m": 1200,
          "derivation": "Derived: 700 m WSW of the al-Sarafiya Bridge point, on the west bank.", "notes": None},
         utaif),
        ({"context_id": "bridge_aimmah", "name": "al-Aimmah Bridge", "name_ar": "جسر الأئمة", "kind": "bridge",
          "source": "en.wikipedia 'Al-Aimmah Bridge' 33°22'30\"N 44°21'20\"E (33.375122, 44.355540); 370 m long, "
                    "links Adhamiya (east bank) with Kadhimiya (west bank).",
          "position_uncertainty_m": 100, "derivation": None, "notes": "Not in the gazetteer: a label only."},
         _AIMMAH),
        ({"context_id": "bridge_sarafiya", "name": "al-Sarafiya Bridge", "name_ar": "جسر الصرافية", "kind": "bridge",
          "source": "en.wikipedia 'Al-Sarafiya Bridge' 33°21'13\"N 44°22'22\"E (33.35361, 44.37278).",
          "position_uncertainty_m": 100, "derivation": None, "notes": "Not in the gazetteer: a label only."},
         _SARAFIYA),
    ]  # fmt: skip
    return [_feature(props, _point(lat, lon)) for props, (lat, lon) in rows]


def build() -> dict[str, Any]:
    """The context layer as a GeoJSON FeatureCollection."""
    gaz = _gazetteer()
    water = river(gaz)
    tigris = _feature(
        {
            "context_id": "tigris",
            "name": "Tigris (Dijla)",
            "name_ar": "نهر دجلة",
            "kind": "river",
            "source": "Mid-river anchors: en.wikipedia 'Al-Aimmah Bridge' (33.375122, 44.355540); en.wikipedia "
            "'Al-Sarafiya Bridge' (33.35361, 44.37278); the gazetteer's bridges bridge_ahrar and bridge_sinak "
            "(derived), bridge_jumhuriya (Wikidata 33.324762, 44.404512), bridge_14_july (de.wikipedia 33.295556, "
            "44.4) and bridge_jadriya (derived); the gazetteer's green_zone river side (traced west bank). Width: "
            "en.wikipedia '14th of July Bridge' (spans 167.64 + 2 x 83.82 m), 'Al-Aimmah Bridge' (370 m long).",
            "position_uncertainty_m": 500,
            "derivation": "Derived by tools/derive_context.py: a centre line through the mid-river anchors, upstream "
            "to downstream (al-Aimmah, al-Sarafiya, al-Ahrar, al-Sinak, al-Jumhuriya, the Green Zone bank moved 150 m "
            "into the river, al-Jadriya), smoothed by a centripetal Catmull-Rom spline through every anchor, widened "
            "150 m each side (a 300 m channel, flat ends), minus the Green Zone polygon, in EPSG:32638.",
            "notes": "Drawn from al-Aimmah Bridge (north) to al-Jadriya Bridge (south) only: no reference located the "
            "loop around al-Jadriya or the river north of al-Aimmah. Within ~150 m near the referenced bridges and "
            "along the Green Zone; up to ~500 m between al-Sarafiya and al-Sinak, where the anchors are 1-3 km apart "
            "and two of them are themselves derived; the real width varies (islands, low-water banks).",
        },
        mapping(water),
    )
    features = [tigris, *places(gaz)]
    for f in features:
        f["geometry"] = json.loads(json.dumps(f["geometry"]), parse_float=lambda s: round(float(s), 6))
    return {"type": "FeatureCollection", "features": features}


def render() -> str:
    """The file's text (what ``data/context.geojson`` holds)."""
    return json.dumps(build(), ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        return 0 if OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(json.loads(text)['features'])} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
