#!/usr/bin/env python3
"""Writes the hand-made test data set beside this script from seven real ANT v2.1 articles
(Chouigui et al., Apache-2.0; ../shared/data/news/ant-multisource-2018.jsonl.gz):

  story s1, the evacuation of Jaysh al-Islam fighters from Douma, 1-2 April 2018:
    BB-middleEast-275-20180402, BB-middleEast-277-20180402 (BBC), FR-middleEast-211-20180402 (France24),
    SK-middleEast-731-20180402 (Sky News Arabia)
  story s2, the chemical attack on Douma, 7-8 April 2018:
    SK-middleEast-832-20180407 (Sky News Arabia), BB-middleEast-308-20180408 (BBC), CN-middleEast-510-20180408 (CNN)

Article texts are ANT's own. Mentions, quantities, claims, events, reuse, stories and framing are
annotated by hand below (what a reader finds in those texts); offsets are computed here so they slice
exactly. Coordinates are GeoNames'. usage: make_fixture.py ANT.jsonl.gz  (then validate_dataset.py)"""
import difflib, gzip, json, os, re, sys
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ['BB-middleEast-275-20180402', 'BB-middleEast-277-20180402', 'FR-middleEast-211-20180402',
       'SK-middleEast-731-20180402', 'SK-middleEast-832-20180407', 'BB-middleEast-308-20180408',
       'CN-middleEast-510-20180408']
DATELINE = {'CN-middleEast-510-20180408': 'أتلانتا'}
arts = {}
for n, line in enumerate(gzip.open(sys.argv[1], 'rt', encoding='utf-8'), 1):
    a = json.loads(line)
    if a['id'] in IDS:
        arts[a['id']] = {'id': a['id'], 'path': f'ant-multisource-2018.jsonl.gz#{n}', 'outlet': a['outlet'],
                         'url': a['url'], 'published': parsedate_to_datetime(a['published']).date().isoformat(),
                         'dateline': DATELINE.get(a['id']), 'title': a['title'], 'text': a['text'], 'removed': []}
assert len(arts) == len(IDS), set(IDS) - set(arts)

PLACES = {  # entity: (label, lat, lon) from GeoNames
    'place.douma': ('دوما', 33.5711, 36.4014), 'place.eastern_ghouta': ('الغوطة الشرقية', 33.55, 36.45),
    'place.jarabulus': ('جرابلس', 36.8175, 38.0111), 'place.damascus': ('دمشق', 33.5102, 36.2913),
    'place.idlib': ('إدلب', 35.9306, 36.6339), 'place.aleppo': ('حلب', 36.2021, 37.1343),
    'place.homs': ('حمص', 34.7268, 36.7234), 'place.latakia': ('اللاذقية', 35.5317, 35.7901),
}
# surface, type, entity, label (label None: the place's)
LEX = [
    ('جيش الإسلام', 'ORG', 'syria.opposition.jaysh_al_islam', 'جيش الإسلام'),
    ('جيش الاسلام', 'ORG', 'syria.opposition.jaysh_al_islam', 'جيش الإسلام'),
    ('فيلق الرحمن', 'ORG', 'syria.opposition.faylaq_al_rahman', 'فيلق الرحمن'),
    ('المرصد السوري لحقوق الإنسان', 'ORG', 'sohr', 'المرصد السوري لحقوق الإنسان'),
    ('وكالة الأنباء السورية الرسمية', 'ORG', 'sana', 'سانا'), ('سانا', 'ORG', 'sana', 'سانا'),
    ('التلفزيون السوري', 'ORG', 'syria.state_tv', 'التلفزيون السوري'),
    ('التلفزيون الحكومي السوري', 'ORG', 'syria.state_tv', 'التلفزيون السوري'),
    ('الخوذ البيضاء', 'ORG', 'white_helmets', 'الخوذ البيضاء'),
    ('القبعات البيضاء', 'ORG', 'white_helmets', 'الخوذ البيضاء'),
    ('مركز الغوطة الإعلامي', 'ORG', 'ghouta_media_center', 'مركز الغوطة الإعلامي'),
    ('اتحاد المنظمات الطبية الإغاثية السورية', 'ORG', 'uossm', 'اتحاد المنظمات الطبية الإغاثية السورية'),
    ('روسيا', 'ORG', 'russia', 'روسيا'), ('موسكو', 'ORG', 'russia', 'روسيا'),
    ('يوري يفتوشينكو', 'PER', 'russia.yevtushenko', 'يوري يفتوشينكو'),
    ('يوري إيفتوشينكو', 'PER', 'russia.yevtushenko', 'يوري يفتوشينكو'),
    ('بشار الأسد', 'PER', 'syria.assad', 'بشار الأسد'),
    ('رامي عبد الرحمن', 'PER', 'sohr.rami_abdulrahman', 'رامي عبد الرحمن'),
    ('عصام البويضاني', 'PER', 'syria.opposition.buwaydani', 'عصام البويضاني'),
    ('هيذر نوريت', 'PER', 'us.nauert', 'هيذر نوريت'),
    ('دوما', 'LOC', 'place.douma', None), ('الغوطة الشرقية', 'LOC', 'place.eastern_ghouta', None),
    ('جرابلس', 'LOC', 'place.jarabulus', None), ('دمشق', 'LOC', 'place.damascus', None),
    ('إدلب', 'LOC', 'place.idlib', None), ('حلب', 'LOC', 'place.aleppo', None),
    ('حمص', 'LOC', 'place.homs', None), ('اللاذقية', 'LOC', 'place.latakia', None),
    # descriptors: how outlets name the two sides (what framing counts)
    ('إرهابيي', 'DESC', 'syria.opposition.armed', 'المعارضة المسلحة'),
    ('متطرفي', 'DESC', 'syria.opposition.armed', 'المعارضة المسلحة'),
    ('مسلحي', 'DESC', 'syria.opposition.armed', 'المعارضة المسلحة'),
    ('مقاتلي', 'DESC', 'syria.opposition.armed', 'المعارضة المسلحة'),
    ('الفصائل المعارضة', 'DESC', 'syria.opposition.armed', 'المعارضة المسلحة'),
    ('فصائل المعارضة', 'DESC', 'syria.opposition.armed', 'المعارضة المسلحة'),
    ('المعارضة المسلحة', 'DESC', 'syria.opposition.armed', 'المعارضة المسلحة'),
    ('المسلحين', 'DESC', 'syria.opposition.armed', 'المعارضة المسلحة'),
    ('المعارضة', 'DESC', 'syria.opposition', 'المعارضة السورية'),
    ('النظام السوري', 'DESC', 'syria.government', 'الحكومة السورية'),
    ('قوات النظام', 'DESC', 'syria.government', 'الحكومة السورية'),
    ('نظام الأسد', 'DESC', 'syria.government', 'الحكومة السورية'),
    ('القوات الحكومية', 'DESC', 'syria.government', 'الحكومة السورية'),
    ('الحكومة السورية', 'DESC', 'syria.government', 'الحكومة السورية'),
    ('الجيش السوري', 'DESC', 'syria.government', 'الحكومة السورية'),
    ('الجيش العربي السوري', 'DESC', 'syria.government', 'الحكومة السورية'),
    ('الدولة السورية', 'DESC', 'syria.government', 'الحكومة السورية'),
]
PROCLITIC = 'وفبلك'
BOUND = ' \n\t،,.:؛;"«»()[]-/؟!\''

def find_word(text, s, start=0):
    """Next occurrence of s as a whole word (proclitics allowed before it, outside the span)."""
    i = text.find(s, start)
    while i >= 0:
        j = i + len(s)
        pre = i
        while pre > 0 and text[pre - 1] in PROCLITIC and i - pre < 2: pre -= 1
        before_ok = pre == 0 or text[pre - 1] in BOUND or (pre > 0 and text[pre - 1:i] == 'ال' and False)
        if i - pre >= 1 and text[i - 1] == 'ل' and text[i - 2:i] != 'لل' and s.startswith('ال'): before_ok = False
        after_ok = j == len(text) or text[j] in BOUND
        if before_ok and after_ok: return i
        i = text.find(s, i + 1)
    return -1

mentions = []
for aid in IDS:
    t = arts[aid]['text']; taken = []
    for surf, typ, ent, label in sorted(LEX, key=lambda r: -len(r[0])):  # longest first, no overlaps
        k = find_word(t, surf)
        while k >= 0:
            if not any(k < e and s < k + len(surf) for s, e in taken):
                taken.append((k, k + len(surf)))
                mentions.append({'article': aid, 'start': k, 'end': k + len(surf), 'text': surf, 'type': typ,
                                 'entity': ent, 'label': label or PLACES[ent][0]})
            k = find_word(t, surf, k + 1)
mentions.sort(key=lambda m: (IDS.index(m['article']), m['start']))

def span(aid, s, nth=0):
    t = arts[aid]['text']; k = -1
    for _ in range(nth + 1):
        k = t.find(s, k + 1)
        assert k >= 0, (aid, s)
    return k, k + len(s)

# quantities: article, text as written, value, approx, counted
Q = [('BB-middleEast-275-20180402', 'سبعة آلاف من مقاتليها', 7000, False, 'مقاتليها'),
     ('BB-middleEast-275-20180402', '1600 مدني', 1600, False, 'مدني'),
     ('BB-middleEast-277-20180402', 'حافلتين', 2, False, 'حافلتين'),
     ('BB-middleEast-277-20180402', '1600 مدني', 1600, False, 'مدني'),
     ('FR-middleEast-211-20180402', 'حافلتين', 2, False, 'حافلتين'),
     ('FR-middleEast-211-20180402', '46 ألف شخص', 46000, True, 'شخص'),
     ('SK-middleEast-731-20180402', 'حافلتين', 2, False, 'حافلتين'),
     ('SK-middleEast-731-20180402', '1300 مدني', 1300, False, 'مدني'),
     ('SK-middleEast-731-20180402', '40 ألف شخص', 40000, True, 'شخص'),
     ('SK-middleEast-731-20180402', '400 ألف شخص', 400000, True, 'شخص'),
     ('SK-middleEast-832-20180407', '47 شخصا', 47, False, 'شخصا'),
     ('SK-middleEast-832-20180407', '1000 شخص', 1000, True, 'شخص'),
     ('BB-middleEast-308-20180408', '150 شخصا', 150, True, 'شخصا'),
     ('BB-middleEast-308-20180408', 'ألف شخص', 1000, True, 'شخص'),
     ('CN-middleEast-510-20180408', '25 شخصاً', 25, True, 'شخصاً'),
     ('CN-middleEast-510-20180408', '500 آخرين', 500, False, 'آخرين')]
quantities = []; qid = {}
for aid, s, v, approx, counted in Q:
    a, b = span(aid, s)
    q = {'id': f'{aid}#q{a}', 'article': aid, 'start': a, 'end': b, 'text': s, 'value': v, 'approx': approx,
         'counted': counted}
    quantities.append(q); qid[(aid, s)] = q['id']

def place(ent, text=None):
    label, lat, lon = PLACES[ent]
    return {'text': text or label, 'entity': ent, 'lat': lat, 'lon': lon}
def ref(text, ent): return {'text': text, 'entity': ent}
def src(chain):
    if not chain: return None
    return {'text': chain[-1][0], 'entity': chain[-1][1], 'chain': [ref(t, e) for t, e in chain]}
SANA = ('وكالة الأنباء السورية الرسمية', 'sana')
JAI = ('جيش الإسلام', 'syria.opposition.jaysh_al_islam')
GOV = ('النظام السوري', 'syria.government')
# id, article, sentence starts with, type, actor, target, location, date, quantities, source chain, hedged, event
C = [
    ('c1', 'BB-middleEast-277-20180402', 'وأفاد التلفزيون السوري بخروج حافلتين', 'RETREAT', ('مسلحي جيش الإسلام', JAI[1]), None,
     'place.douma', '2018-04-02', ['حافلتين'], [('التلفزيون السوري', 'syria.state_tv')], False, 'e1'),
    ('c2', 'FR-middleEast-211-20180402', 'بدأت ظهر الاثنين عملية إجلاء', 'RETREAT', ('مقاتلين من "جيش الإسلام"', JAI[1]), None,
     'place.douma', '2018-04-02', [], [SANA], False, 'e1'),
    ('c3', 'SK-middleEast-731-20180402', 'بدأت ظهر الاثنين عملية إجلاء', 'RETREAT', ('مقاتلين من "جيش الاسلام"', JAI[1]), None,
     'place.douma', '2018-04-02', [], [SANA], False, 'e1'),
    ('c4', 'FR-middleEast-211-20180402', 'وقالت الوكالة "خروج حافلتين', 'RETREAT', ('إرهابيي جيش الإسلام', JAI[1]), None,
     'place.douma', '2018-04-02', ['حافلتين'], [SANA], False, 'e1'),
    ('c5', 'BB-middleEast-275-20180402', 'وأفادت وسائل إعلام حكومية سورية ومجموعة مراقبة', 'AGREE', ('روسيا', 'russia'),
     JAI, 'place.douma', '2018-04-01', [], [('وسائل إعلام حكومية سورية', 'syria.state_media')], False, 'e2'),
    ('c6', 'BB-middleEast-277-20180402', 'وقال رئيس مركز المصالحة الروسي', 'AGREE', ('يوري يفتوشينكو', 'russia.yevtushenko'),
     JAI, 'place.eastern_ghouta', '2018-04-01', [],
     [('وسائل إعلام روسية', 'russia.media'), ('اللواء يوري يفتوشينكو', 'russia.yevtushenko')], False, 'e2'),
    ('c7', 'FR-middleEast-211-20180402', 'ويأتي بدء خروج الحافلات', 'AGREE', ('يوري إيفتوشينكو', 'russia.yevtushenko'),
     JAI, 'place.douma', '2018-04-01', [],
     [('وكالة أنترفاكس', 'interfax'), ('الجنرال في الجيش الروسي يوري إيفتوشينكو', 'russia.yevtushenko')], True, 'e2'),
    ('c8', 'FR-middleEast-211-20180402', 'وتم حتى الأحد إجلاء أكثر من 46 ألف شخص', 'RETREAT', None, None,
     'place.eastern_ghouta', '2018-04-01', ['46 ألف شخص'], [], False, 'e3'),
    ('c9', 'SK-middleEast-731-20180402', 'وانتهت عملية إجلاء فيلق الرحمن', 'RETREAT', ('فيلق الرحمن', 'syria.opposition.faylaq_al_rahman'),
     None, 'place.eastern_ghouta', None, ['40 ألف شخص'], [], False, 'e3'),
    ('c10', 'SK-middleEast-832-20180407', 'أعلنت مصادر طبية في دوما', 'ASSAULT', GOV, ('المدنيين', 'civilians'),
     'place.douma', '2018-04-07', ['47 شخصا'], [('مصادر طبية في دوما', 'medical_sources')], False, 'e4'),
    ('c11', 'BB-middleEast-308-20180408', 'قال مسعفون وعمال إغاثة', 'ASSAULT', None, ('المدنيين', 'civilians'),
     'place.douma', None, ['150 شخصا'], [('مسعفون وعمال إغاثة في سوريا', 'rescuers')], True, 'e4'),
    ('c12', 'CN-middleEast-510-20180408', 'ونشر اتحاد المنظمات الطبية الإغاثية السورية', 'ASSAULT', None, None,
     'place.douma', '2018-04-07', ['25 شخصاً', '500 آخرين'],
     [('اتحاد المنظمات الطبية الإغاثية السورية', 'uossm'), ('أطباء وناشطين في المنطقة', 'doctors')], True, 'e4'),
    ('c13', 'SK-middleEast-832-20180407', 'وسارعت دمشق للنفي', 'REJECT', ('دمشق', 'syria.government'), None,
     'place.damascus', '2018-04-07', [], [('وكالة الأنباء الرسمية (سانا)', 'sana'), ('مصدر رسمي', 'syria.government')], False, 'e5'),
    ('c14', 'CN-middleEast-510-20180408', 'وذكرت وكالة الأنباء السورية "سانا"', 'REJECT', ('مصدر رسمي', 'syria.government'),
     JAI, 'place.damascus', '2018-04-07', [], [('وكالة الأنباء السورية "سانا"', 'sana'), ('مصدر رسمي', 'syria.government')], False, 'e5'),
    ('c15', 'BB-middleEast-308-20180408', 'ووصفت الحكومة السورية الاتهامات', 'REJECT', ('الحكومة السورية', 'syria.government'), None,
     None, None, [], [], False, 'e5'),
]
claims = []; claim_of = {}
for cid, aid, head, typ, actor, target, loc, date, qs, chain, hedged, ev in C:
    t = arts[aid]['text']; a = t.find(head); assert a >= 0, (cid, head)
    e = a
    while e < len(t) and t[e] not in '.\n': e += 1
    if e < len(t) and t[e] == '.': e += 1
    c = {'id': cid, 'article': aid, 'start': a, 'end': e, 'sentence': t[a:e], 'type': typ,
         'actor': ref(*actor) if actor else None, 'target': ref(*target) if target else None,
         'location': place(loc) if loc else None, 'date': date, 'quantities': [qid[(aid, q)] for q in qs],
         'source': src(chain), 'hedged': hedged, 'negated': False, 'event': ev}
    for q in qs: assert a <= t.find(q, a) < e, (cid, q)
    claims.append(c); claim_of[cid] = c

def outlet(aid): return arts[aid]['outlet']
EV = {  # id: (type, date, location, actors, independent_sources, contradictions)
    'e1': ('RETREAT', '2018-04-02', 'place.douma', [JAI], 2, []),
    'e2': ('AGREE', '2018-04-01', 'place.douma', [('روسيا', 'russia'), JAI], 3, []),
    'e3': ('RETREAT', '2018-04-01', 'place.eastern_ghouta', [('فيلق الرحمن', 'syria.opposition.faylaq_al_rahman')], 2,
           [{'slot': 'count:شخص', 'values': [{'value': 46000, 'claims': ['c8']}, {'value': 40000, 'claims': ['c9']}]}]),
    'e4': ('ASSAULT', '2018-04-07', 'place.douma', [GOV], 3,
           [{'slot': 'count:شخص', 'values': [{'value': 47, 'claims': ['c10']}, {'value': 150, 'claims': ['c11']},
                                             {'value': 25, 'claims': ['c12']}]},
            {'slot': 'actor', 'values': [{'value': 'syria.government', 'claims': ['c10']},
                                         {'value': None, 'claims': ['c11', 'c12']}]}]),
    'e5': ('REJECT', '2018-04-07', 'place.damascus', [GOV], 3, []),
}
events = []
for eid, (typ, date, loc, actors, indep, contra) in EV.items():
    cs = [c['id'] for c in claims if c['event'] == eid]
    aids = list(dict.fromkeys(claim_of[c]['article'] for c in cs))
    events.append({'id': eid, 'type': typ, 'date': date, 'location': place(loc), 'actors': [ref(*a) for a in actors],
                   'claims': cs, 'articles': aids, 'outlets': list(dict.fromkeys(outlet(a) for a in aids)),
                   'independent_sources': indep, 'contradictions': contra})

def shared(a, b, minlen=60):
    ta, tb = arts[a]['text'], arts[b]['text']
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    out = []
    for blk in sm.get_matching_blocks():
        if blk.size >= minlen:
            out.append({'a': a, 'b': b, 'a_start': blk.a, 'a_end': blk.a + blk.size, 'b_start': blk.b,
                        'b_end': blk.b + blk.size, 'text': ta[blk.a:blk.a + blk.size], 'similarity': 1.0})
    return out
reuse = shared('FR-middleEast-211-20180402', 'SK-middleEast-731-20180402') + \
        shared('BB-middleEast-275-20180402', 'BB-middleEast-277-20180402')
stories = [
    {'id': 's1', 'title': 'إجلاء مقاتلي جيش الإسلام من دوما', 'articles': IDS[:4], 'events': ['e1', 'e2', 'e3']},
    {'id': 's2', 'title': 'الهجوم الكيماوي على دوما', 'articles': IDS[4:], 'events': ['e4', 'e5']},
]
# framing: +1 for the government's own vocabulary, -1 for the opposition's, per descriptor use
LEAN = {'إرهابيي': 1, 'المسلحين': 1, 'الجيش العربي السوري': 1, 'الدولة السورية': 1, 'الجيش السوري': 0.5,
        'الحكومة السورية': 0.5, 'القوات الحكومية': 0.5, 'مسلحي': 0.5,
        'النظام السوري': -1, 'قوات النظام': -1, 'نظام الأسد': -1, 'الفصائل المعارضة': -0.5,
        'فصائل المعارضة': -0.5, 'المعارضة المسلحة': -0.5, 'مقاتلي': -0.5}
def position(ms):
    labels, drivers = {}, {}
    for m in ms:
        if m['type'] != 'DESC': continue
        labels.setdefault(m['entity'], {}); labels[m['entity']][m['text']] = labels[m['entity']].get(m['text'], 0) + 1
        if m['text'] in LEAN: drivers[m['text']] = drivers.get(m['text'], 0) + LEAN[m['text']]
    n = sum(abs(LEAN.get(m['text'], 0)) > 0 for m in ms if m['type'] == 'DESC')
    axis = round(sum(drivers.values()) / n, 3) if n else 0.0
    return {'axis': axis, 'labels': labels, 'drivers': {k: round(v / max(n, 1), 3) for k, v in drivers.items()}}
framing = {'articles': {a: position([m for m in mentions if m['article'] == a]) for a in IDS},
           'outlets': {o: position([m for m in mentions if outlet(m['article']) == o])
                       for o in dict.fromkeys(outlet(a) for a in IDS)},
           'method': 'hand-made fixture: mean lean of descriptor uses (+1 government vocabulary, -1 opposition)'}

def jsonl(name, rows):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
jsonl('articles.jsonl', [arts[a] for a in IDS]); jsonl('mentions.jsonl', mentions)
jsonl('quantities.jsonl', quantities); jsonl('claims.jsonl', claims); jsonl('events.jsonl', events)
jsonl('reuse.jsonl', reuse); jsonl('stories.jsonl', stories)
json.dump(framing, open(os.path.join(HERE, 'framing.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(f'{len(arts)} articles, {len(mentions)} mentions, {len(quantities)} quantities, {len(claims)} claims, '
      f'{len(events)} events, {len(reuse)} reuse, {len(stories)} stories', file=sys.stderr)
