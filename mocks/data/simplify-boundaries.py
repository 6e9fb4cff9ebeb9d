"""Make the kecamatan boundaries the app draws and uses for point-in-polygon.

The source polygons (mocks/data/geo/bekasi-kecamatan.geojson, MIT, (c) Cahya DSN) are ~380 KB; the app
needs ~10 m precision, so rings are simplified (Douglas-Peucker, 0.0002 deg ~ 22 m) and rounded to
5 decimals (~1 m). Run: python3 mocks/data/simplify-boundaries.py
"""
import json

TOLERANCE = 0.0002


def perpendicular_distance(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points):
    if len(points) < 3:
        return points
    index, dmax = 0, 0.0
    for i in range(1, len(points) - 1):
        d = perpendicular_distance(points[i], points[0], points[-1])
        if d > dmax:
            index, dmax = i, d
    if dmax <= TOLERANCE:
        return [points[0], points[-1]]
    return simplify(points[: index + 1])[:-1] + simplify(points[index:])


def simplify_ring(ring):
    out = simplify(ring)
    if len(out) < 4:  # keep a valid closed ring for tiny polygons
        out = ring
    return [[round(x, 5), round(y, 5)] for x, y in out]


def simplify_geometry(geometry):
    if geometry["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [simplify_ring(r) for r in geometry["coordinates"]]}
    if geometry["type"] == "MultiPolygon":
        return {
            "type": "MultiPolygon",
            "coordinates": [[simplify_ring(r) for r in poly] for poly in geometry["coordinates"]],
        }
    raise ValueError(geometry["type"])


source = json.load(open("mocks/data/geo/bekasi-kecamatan.geojson"))
features = [
    {
        "type": "Feature",
        "properties": {"kode": f["properties"]["kode"], "nama": f["properties"]["nama"]},
        "geometry": simplify_geometry(f["geometry"]),
    }
    for f in source["features"]
]
out = {
    "type": "FeatureCollection",
    "attribution": "Batas kecamatan: github.com/cahyadsn/wilayah_boundaries, MIT, (c) Cahya DSN; disederhanakan",
    "features": features,
}
json.dump(out, open("public/geo/kecamatan.geojson", "w"), separators=(",", ":"))
