#!/usr/bin/env python3
"""Builds middle-east.geojson from world-atlas 2.0.2 countries-50m.json (npm; Natural Earth 4.1.0
Admin 0 countries, 1:50m, public domain). Keeps countries that reach into lon 24..64, lat 10..44,
clamps points to 2 degrees around that box, rounds coordinates to 0.02 degree and drops
repeated points.
usage: make_map.py countries-50m.json > middle-east.geojson"""
import json, sys
BOX = (24.0, 10.0, 64.0, 44.0)
topo = json.load(open(sys.argv[1]))
sx, sy = topo['transform']['scale']; tx, ty = topo['transform']['translate']
arcs = []
for arc in topo['arcs']:
    x = y = 0; pts = []
    for dx, dy in arc:
        x += dx; y += dy; pts.append((x * sx + tx, y * sy + ty))
    arcs.append(pts)
def ring(idx):
    out = []
    for i in idx:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    return out
def q(v): return round(v / 0.02) * 0.02
feats = []
for g in topo['objects']['countries']['geometries']:
    polys = g['arcs'] if g['type'] == 'MultiPolygon' else [g['arcs']] if g['type'] == 'Polygon' else []
    rings = []
    for poly in polys:
        for r in poly[:1]:  # outer rings only: holes do not matter at this scale
            pts = ring(r)
            if not any(BOX[0] <= x <= BOX[2] and BOX[1] <= y <= BOX[3] for x, y in pts): continue
            simp = []
            for x, y in pts:
                # clamp to a margin around the box: far-away coastlines (Russia) collapse onto its edge
                p = (round(q(min(max(x, BOX[0] - 2), BOX[2] + 2)), 2), round(q(min(max(y, BOX[1] - 2), BOX[3] + 2)), 2))
                if not simp or simp[-1] != p: simp.append(p)
            if len(simp) >= 4: rings.append([[list(p) for p in simp]])
    if rings:
        feats.append({'type': 'Feature', 'properties': {'name': g['properties']['name']},
                      'geometry': {'type': 'MultiPolygon', 'coordinates': rings}})
json.dump({'type': 'FeatureCollection', 'bbox': list(BOX), 'features': feats}, sys.stdout, separators=(',', ':'))
