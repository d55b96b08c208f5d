#!/usr/bin/env python3
"""to_standoff.py ANNOT_DIR OUT_DIR: the annotators' batches as standoff (no text) for Isnad.

ANNOT_DIR holds sample.json (from sample.py), sample-more.json (from sample_more.py) and one folder per annotator with in/ and
out/ batches (see docs/claim-annotation-guide.md). Writes ant-claims-train.jsonl (annotators A-E, G-L, each
sentence once, by the annotator it was drawn for), ant-claims-overlap.jsonl (the second annotation of
the sentences two annotators did) and ant-claims-test.jsonl (annotator F). Offsets are UTF-16, relative
to the sentence; the sentences are BMP-only, so code points and UTF-16 units coincide.
"""
import glob, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from spans import resolve
src, dst = sys.argv[1], sys.argv[2]
sample = json.load(open(os.path.join(src, 'sample.json')))
rows = {r['sid']: r for r in sample['train'] + sample['test']}
owner = {}
for i, a in enumerate('ABCDE'):
    for r in sample['train'][i*600:(i+1)*600]: owner[r['sid']] = a
for r in sample['test']: owner[r['sid']] = 'F'
more_path = os.path.join(src, 'sample-more.json')  # from sample_more.py: annotators G, H, ...
if os.path.exists(more_path):
    more = json.load(open(more_path))
    rows.update({r['sid']: r for r in more})
    for k, a in enumerate('GHIJKL'):
        for r in more[k*600:(k+1)*600]: owner[r['sid']] = a
out = {'train': [], 'overlap': [], 'test': []}
for ann in 'ABCDEFGHIJKL':
    for f in sorted(glob.glob(os.path.join(src, ann, 'out', 'batch-*.jsonl'))):
        for line in open(f, encoding='utf-8'):
            if not line.strip(): continue
            a = json.loads(line)
            r = rows[a['sid']]
            try: res = resolve(r['text'], a)
            except (ValueError, KeyError, TypeError) as e:
                print('%s %s: %s' % (f, a['sid'], e), file=sys.stderr); continue
            rec = {'article': r['article'], 'start': r['start'], 'end': r['end'], 'crc': r['crc'], 'sid': a['sid'],
                   'annotator': ann,
                   'frames': [{'cue': x['cue'], 'chain': x['chain'], 'content': x['content']} for x in res['frames']],
                   'events': res['events']}
            part = 'test' if ann == 'F' else ('train' if owner[a['sid']] == ann else 'overlap')
            out[part].append(rec)
for part, recs in out.items():
    recs.sort(key=lambda r: (r['sid'][0] == 'U', r['sid']))
    with open(os.path.join(dst, 'ant-claims-%s.jsonl' % part), 'w', encoding='utf-8') as w:
        for r in recs:
            w.write(json.dumps(r, ensure_ascii=False, separators=(',', ':')) + '\n')
    print(part, len(recs))
