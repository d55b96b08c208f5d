#!/usr/bin/env python3
"""Draw the samples a judge reads to score contradictions and event merges (issue 15).

usage: python3 app/judging_sample.py OUT_DIR SAMPLE_DIR [--contradictions 200] [--merges 200] [--seed 15]

OUT_DIR is an `./isnad analyze` data set; SAMPLE_DIR gets
  contradictions-sample.jsonl  one line per contradiction: its id (event id + slot), the event's type and
                               date, and each value with its outlets and up to three quotes with their
                               chains of sources; "verdict" is left empty for the judge
  merges-sample.jsonl          one line per merge decision: an event with claims from two or more
                               articles, and one pair of its claims from different articles (the two
                               sentences, outlets, dates, types); "verdict" left empty
Every contradiction is taken when there are fewer than asked; otherwise a seeded random sample, with
every slot kept at its share but at least 40 (or all) of each. The judge fills "verdict" with true,
false or unsure, following docs/judging-contradictions-and-merges.md; `./isnad eval contradictions
--judged FILE` scores the files.
"""
import json
import os
import random
import sys


def main(argv):
    args, opts, i = [], {}, 0
    while i < len(argv):
        if argv[i].startswith('--') and i + 1 < len(argv):
            opts[argv[i]] = argv[i + 1]
            i += 2
        else:
            args.append(argv[i])
            i += 1
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out, sample_dir = args[0], args[1]
    n_con = int(opts.get('--contradictions', 200))
    n_merge = int(opts.get('--merges', 200))
    rng = random.Random(int(opts.get('--seed', 15)))
    claims_needed = set()
    contradictions, merges = [], []
    with open(os.path.join(out, 'articles.jsonl'), encoding='utf-8') as f:
        articles = {}
        for line in f:
            a = json.loads(line)
            articles[a['id']] = (a.get('outlet'), a.get('published'))
    with open(os.path.join(out, 'events.jsonl'), encoding='utf-8') as f:
        for line in f:
            e = json.loads(line)
            for c in e['contradictions']:
                contradictions.append((e, c))
            if len(e['articles']) >= 2:
                merges.append({'id': e['id'], 'type': e['type'], 'date': e['date'], 'claims': e['claims']})
    # contradictions: stratified by slot kind
    by_slot = {}
    for e, c in contradictions:
        by_slot.setdefault(c['slot'].split(':')[0], []).append((e, c))
    picked = []
    if len(contradictions) <= n_con:
        picked = contradictions
    else:
        floor = 40
        for slot, items in sorted(by_slot.items()):
            share = max(min(floor, len(items)), round(n_con * len(items) / len(contradictions)))
            rng.shuffle(items)
            picked.extend(items[:share])
    rows = []
    for e, c in picked:
        values = []
        for v in c['values']:
            values.append({'value': v['value'], 'outlets': v.get('outlets', []),
                           'evidence': [{'claim': ev['claim'], 'outlet': ev.get('outlet'), 'quote': ev.get('quote'),
                                         'chain': ev.get('chain', [])} for ev in v.get('evidence', [])]})
        rows.append({'id': e['id'] + '/' + c['slot'], 'event': e['id'], 'slot': c['slot'],
                     'counted': c.get('counted'), 'role': c.get('role'), 'type': e['type'], 'date': e['date'],
                     'values': values, 'verdict': ''})
    # merges: one pair of claims from different articles per sampled event
    rng.shuffle(merges)
    merges = merges[:n_merge]
    for m in merges:
        claims_needed.update(m['claims'])
    claims = {}
    with open(os.path.join(out, 'claims.jsonl'), encoding='utf-8') as f:
        for line in f:
            c = json.loads(line)
            if c['id'] in claims_needed:
                claims[c['id']] = c
    merge_rows = []
    for m in merges:
        cs = [claims[i] for i in m['claims'] if i in claims]
        a = rng.choice(cs)
        others = [c for c in cs if c['article'] != a['article']]
        if not others:
            continue
        b = rng.choice(others)
        side = lambda c: {'claim': c['id'], 'article': c['article'], 'outlet': articles.get(c['article'], (None, None))[0],
                          'published': articles.get(c['article'], (None, None))[1], 'type': c['type'], 'date': c['date'],
                          'sentence': c['sentence']}
        merge_rows.append({'id': m['id'] + '/' + a['id'] + '+' + b['id'], 'event': m['id'], 'slot': 'merge',
                           'event_claims': len(m['claims']), 'a': side(a), 'b': side(b), 'verdict': ''})
    os.makedirs(sample_dir, exist_ok=True)
    for name, rs in (('contradictions-sample.jsonl', rows), ('merges-sample.jsonl', merge_rows)):
        with open(os.path.join(sample_dir, name), 'w', encoding='utf-8') as f:
            for r in rs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    counts = {s: sum(1 for r in rows if r['slot'].split(':')[0] == s) for s in by_slot}
    print(f'{len(contradictions)} contradictions in {out}: sampled {len(rows)} {counts}; '
          f'{len(merge_rows)} merge pairs -> {sample_dir}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
