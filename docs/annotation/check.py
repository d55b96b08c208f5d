#!/usr/bin/env python3
"""check.py OUTFILE INFILE: every sentence of INFILE annotated once, in order; every span found."""
import json, sys
from spans import resolve
out, inp = sys.argv[1], sys.argv[2]
sents = [json.loads(l) for l in open(inp, encoding='utf-8') if l.strip()]
problems = []
try:
    anns = []
    for k, l in enumerate(open(out, encoding='utf-8'), 1):
        if not l.strip(): continue
        try: anns.append(json.loads(l))
        except json.JSONDecodeError as e: problems.append('line %d: not JSON: %s' % (k, e))
except FileNotFoundError:
    print('no such file: ' + out); sys.exit(1)
by = {}
for a in anns:
    if 'sid' not in a: problems.append('a line without sid'); continue
    if a['sid'] in by: problems.append('%s: annotated twice' % a['sid'])
    by[a['sid']] = a
for s in sents:
    a = by.pop(s['sid'], None)
    if a is None: problems.append('%s: missing' % s['sid']); continue
    try: resolve(s['text'], a)
    except (ValueError, KeyError, TypeError) as e: problems.append('%s: %s' % (s['sid'], e))
for sid in by: problems.append('%s: not in this batch' % sid)
print('\n'.join(problems) if problems else 'ok')
sys.exit(1 if problems else 0)
