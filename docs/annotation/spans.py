"""Resolve the string spans of the claim annotation (docs/claim-annotation-guide.md) to offsets."""
import json
TYPES = {'AGREE','CONSULT','SUPPORT','CONCEDE','COOPERATE','AID','RETREAT','REQUEST','ACCUSE','REJECT',
         'THREATEN','PROTEST','SANCTION','MOBILIZE','COERCE','ASSAULT'}
MODES = {'asserted','negated','hedged','future','conditional','attempted'}
ROLES = ('actor','target','place','time')
def word(c):
    return c.isalnum() or c in '\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640'
def locate(text, span):
    """(start, end) code-point offsets of span ("str" or "str@n") in text, or raise ValueError."""
    if not isinstance(span, str) or not span:
        raise ValueError('span must be a non-empty string: %r' % (span,))
    s, n = span, 1
    if '@' in span:
        head, _, tail = span.rpartition('@')
        if tail.isdigit() and head:
            s, n = head, int(tail)
    if s != s.strip() or (s[0] in '،,.:;"\'«»()-' and len(s) > 1 and s[0] not in '"«(') :
        pass
    if s != s.strip():
        raise ValueError('span has leading or trailing space: %r' % span)
    i = -1
    for _ in range(n):
        i = text.find(s, i + 1)
        if i < 0:
            raise ValueError('not found (occurrence %d): %r' % (n, span))
    j = i + len(s)
    if (i > 0 and word(text[i-1]) and word(s[0])) or (j < len(text) and word(text[j]) and word(s[-1])):
        raise ValueError('not on token boundaries: %r (in ...%s...)' % (span, text[max(0,i-10):j+10]))
    if text.find(s, i + 1) >= 0 and '@' not in span and n == 1:
        pass  # first occurrence is the default
    return i, j
def resolve(text, ann):
    """Offsets of one annotated sentence: {'frames': [...], 'events': [...]}, errors as ValueError."""
    out = {'frames': [], 'events': []}
    for f in ann.get('frames', []):
        if set(f) - {'cue','chain','content'}:
            raise ValueError('unknown frame keys: %s' % sorted(set(f) - {'cue','chain','content'}))
        chain = f.get('chain') or []
        if not isinstance(chain, list):
            raise ValueError('chain must be a list')
        out['frames'].append({'cue': locate(text, f['cue']),
                              'chain': [locate(text, c) for c in chain],
                              'content': locate(text, f['content']) if f.get('content') else None})
    for e in ann.get('events', []):
        if set(e) - {'trigger','type','mode','counts', *ROLES}:
            raise ValueError('unknown event keys: %s' % sorted(set(e) - {'trigger','type','mode','counts', *ROLES}))
        if e.get('type') not in TYPES: raise ValueError('unknown type %r' % e.get('type'))
        if e.get('mode') not in MODES: raise ValueError('unknown mode %r' % e.get('mode'))
        r = {'trigger': locate(text, e['trigger']), 'type': e['type'], 'mode': e['mode']}
        for k in ROLES:
            r[k] = locate(text, e[k]) if e.get(k) else None
        r['counts'] = [locate(text, c) for c in (e.get('counts') or [])]
        out['events'].append(r)
    return out
