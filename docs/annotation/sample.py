#!/usr/bin/env python3
"""Draw the sentences of the claim annotation (Isnad issue 14) from ANT v2.1.

Train: 3,000 sentences (+200 shared between two annotators for agreement), at most 2 per article.
Test: 600 sentences, one per article, from articles none of the training sentences come from.
Outlets balanced; politics/conflict sections (middleEast, internationalNews) weighted 3:1 against the
others; two in three sentences hold a reporting or conflict cue, one in three is drawn at random.
Sentences: a line, cut after . ! ? ؟ followed by space; 8-60 words; BMP only. Seed 20261202.
The Douma example's articles are left out of both.
"""
import gzip, json, random, re, sys, zlib
rng = random.Random(20261202)
NEWS = '/work/shared/data/news/ant-multisource-2018.jsonl.gz'
EXAMPLE = set(json.loads(l)['id'] for l in open('/work/main/examples/douma-2018/douma-evacuation-2018.jsonl'))
CUES = re.compile('قال|أكد|اكد|أعلن|اعلن|أفاد|افاد|ذكر|بحسب|حسب|وفق|نقل|أشار|اشار|أوضح|أضاف|اضاف|صرح|مصدر|مصادر|'
  'قتل|مقتل|هجوم|غار|قصف|اشتباك|معارك|انفجار|اعتقل|اتفاق|محادث|مفاوض|التقى|لقاء|زيارة|زار|دعا|طالب|اتهم|رفض|'
  'هدد|تظاهر|احتجاج|عقوبات|انسحاب|إجلاء|اجلاء|مساعدات|نشر|قوات|جيش|مسلح|ضحايا|جرحى|اصاب|أصيب|إصابة')
def sentences(text):
    for m in re.finditer(r'[^\n]+', text):
        line, base = m.group(0), m.start()
        start = 0
        for cut in re.finditer(r'[.!?؟](?=\s)', line):
            yield base + start, base + cut.end()
            start = cut.end()
        yield base + start, base + len(line)
def trim(text, a, b):
    while a < b and text[a].isspace(): a += 1
    while b > a and text[b-1].isspace(): b -= 1
    return a, b
POL = {'middleEast', 'internationalNews'}
pool = {}  # (outlet, pol) -> list of (article, a, b, sentence, cue)
for l in gzip.open(NEWS, 'rt', encoding='utf-8'):
    art = json.loads(l)
    if art['id'] in EXAMPLE: continue
    text = art.get('text') or ''
    cands = []
    for a, b in sentences(text):
        a, b = trim(text, a, b)
        s = text[a:b]
        n = len(s.split())
        if n < 8 or n > 60 or any(ord(c) > 0xFFFF for c in s): continue
        cands.append((a, b, s, bool(CUES.search(s))))
    if cands:
        pool.setdefault((art['outlet'], art['section'] in POL), []).append((art['id'], text, cands))
def utf16(text, i):
    return len(text[:i].encode('utf-16-le')) // 2
def draw(groups, per_article, total, used):
    out = []
    keys = sorted(groups)
    weights = [3 if pol else 1 for (_, pol) in keys]
    arts = {k: rng.sample(groups[k], len(groups[k])) for k in keys}
    pos = {k: 0 for k in keys}
    while len(out) < total:
        k = rng.choices(keys, weights)[0]
        if pos[k] >= len(arts[k]): continue
        aid, text, cands = arts[k][pos[k]]; pos[k] += 1
        if aid in used: continue
        used.add(aid)
        cue = [c for c in cands if c[3]]; rest = cands
        picked = []
        for _ in range(per_article):
            src = cue if (cue and rng.random() < 2/3) else rest
            c = rng.choice(src)
            if c in picked: continue
            picked.append(c)
        for a, b, s, _ in picked:
            out.append({'article': aid, 'start': utf16(text, a), 'end': utf16(text, b),
                        'crc': format(zlib.crc32(s.encode('utf-8')), '08x'), 'outlet': k[0], 'text': s})
    return out[:total]
used = set()
test = draw(pool, 1, 600, used)
train = draw(pool, 2, 3000, used)
for i, r in enumerate(train): r['sid'] = 'T%04d' % i
for i, r in enumerate(test): r['sid'] = 'H%04d' % i
json.dump({'train': train, 'test': test}, open('sample.json', 'w'), ensure_ascii=False)
print(len(train), len(test), len({r['article'] for r in train}), len({r['article'] for r in test}))
