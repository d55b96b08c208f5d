#!/usr/bin/env python3
"""More training sentences, drawn as sample.py draws them, from articles used by neither set so far.
Seed 20261203; annotators G, H, ... get 600 each (15 batches of 40)."""
import json, random, sys, os
sys.argv = [sys.argv[0]]
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sample.py')).read().split('used = set()')[0])
rng.seed(20261203)
d = json.load(open('sample.json'))
used = {r['article'] for r in d['train'] + d['test']}
more = draw(pool, 2, 3600, used)
for i, r in enumerate(more): r['sid'] = 'U%04d' % i
json.dump(more, open('sample-more.json', 'w'), ensure_ascii=False)
for k, a in enumerate('GHIJKL'):
    rows = more[k*600:(k+1)*600]
    os.makedirs(f'{a}/in', exist_ok=True); os.makedirs(f'{a}/out', exist_ok=True)
    for b in range(0, len(rows), 40):
        with open(f'{a}/in/batch-{b//40+1:02d}.jsonl', 'w') as f:
            for r in rows[b:b+40]: f.write(json.dumps({'sid': r['sid'], 'text': r['text']}, ensure_ascii=False) + '\n')
print(len(more), len({r['article'] for r in more}))
