#!/usr/bin/env python3
"""Rebuild bench/meaning/dev/{ru,de,fr,es,it,pl}.po and labels.jsonl.

Inputs
  WORKDIR/po/<lang>.<domain>.po   catalogs from the Xfce Debian packages (build/fetch.sh)
  WORKDIR/mo2pkg.tsv              domain -> Debian package, version
  build/spec/<lang>.tsv           hand-written item list (see below)
  build/spec/pool.tsv             frozen list of candidate "ok" sources (id, English)

Spec lines (tab separated):
  pool  <id,id,...>                    ok candidates from pool.tsv (real translation, unchanged)
  ok    <source> [<real translation>]  an ok item (translation must be the real one)
  nm|ws|neg|ant|num  <source>  <corrupted target>  <note>
        near-miss / wrong-sense / negation / antonym / number; "original" is the real
        translation of <source> closest to the corrupted target.

Usage: python3 bench/meaning/build/build_dev.py [--check] [WORKDIR]   (default /tmp/meaning-build)
Only the standard library is used. Output is deterministic (seeded shuffles).
"""
import collections
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # bench/meaning
LANGS = ['ru', 'de', 'fr', 'es', 'it', 'pl']
CAT = {'ok': 'ok', 'nm': 'near-miss', 'ws': 'wrong-sense', 'neg': 'negation', 'ant': 'antonym', 'num': 'number'}
PLURAL = {
    'ru': 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
    'pl': 'nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
    'de': 'nplurals=2; plural=(n != 1);', 'es': 'nplurals=2; plural=(n != 1);', 'it': 'nplurals=2; plural=(n != 1);',
    'fr': 'nplurals=2; plural=(n > 1);',
}
OK_TARGET = 150
SEED = 20240601


# ---------------------------------------------------------------- catalogs
def _unq(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            out.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\'}.get(n, '\\' + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def parse_po(path):
    ents, cur, key = [], {}, None
    def flush():
        nonlocal cur
        if cur:
            ents.append(cur)
        cur = {}
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            flush(); key = None; continue
        if line.startswith('#'):
            continue
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
        if m:
            key = m.group(1)
            if key == 'msgctxt' and 'msgid' in cur:
                flush()
            cur[key] = _unq(m.group(2))
            continue
        m = re.match(r'^"(.*)"$', line)
        if m and key:
            cur[key] += _unq(m.group(1))
    flush()
    return ents


def strip_mnemonic(s):
    s = re.sub(r'\(_[A-Za-z]\)', '', s)
    return re.sub(r'_(?=\w)', '', s)


def load_candidates(work):
    mo2pkg = {}
    for l in open(os.path.join(work, 'mo2pkg.tsv'), encoding='utf-8'):
        a = l.rstrip('\n').split('\t')
        mo2pkg[a[0]] = (a[1], a[2])
    cands = {l: {} for l in LANGS}
    for f in sorted(glob.glob(os.path.join(work, 'po', '*.po'))):
        lang, mo = os.path.basename(f)[:-3].split('.', 1)
        if lang not in cands:
            continue
        for e in parse_po(f):
            if not e.get('msgid') or 'msgid_plural' in e:
                continue
            s, t = strip_mnemonic(e['msgid']), strip_mnemonic(e.get('msgstr', ''))
            if '\n' in s or '<' in s or '\t' in s or '\n' in t:
                continue
            if not re.search(r'[A-Za-z]', s) or not (1 <= len(s.split()) <= 6):
                continue
            if not t.strip() or t == s:
                continue
            pkg, ver = mo2pkg[mo]
            cands[lang].setdefault(s, []).append(dict(mo=mo, pkg=pkg, ver=ver, tgt=t))
    return cands


# ---------------------------------------------------------------- spec
def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def toks(s):
    return re.findall(r'\w+', s.lower())


def build(lang, C, pool):
    items, errs, warns, pool_items = [], [], [], []
    for ln, line in enumerate(open(os.path.join(HERE, 'spec', f'{lang}.tsv'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        p = line.split('\t')
        cat = p[0].strip()
        if cat == 'pool':
            pool_items += [(int(x), ln) for x in re.split(r'[,\s]+', p[1].strip()) if x]
            continue
        if cat not in CAT:
            errs.append(f'{ln}: bad category {cat}')
            continue
        tgt = p[2] if len(p) > 2 and p[2] != '' else None
        items.append((cat, p[1], tgt, p[3] if len(p) > 3 else '', ln))
    explicit = {it[1] for it in items}
    for pid, ln in pool_items:
        src = pool[pid]
        v = C[lang].get(src)
        if src in explicit or not v or len({x['tgt'] for x in v}) != 1:
            continue
        t0 = v[0]['tgt']
        if t0 != t0.strip() or '  ' in t0:
            continue
        items.append(('ok', src, None, 'pool', ln))
        explicit.add(src)
    out, seen = [], {}
    for cat, src, tgt, note, ln in items:
        if src in seen:
            errs.append(f'{ln}: duplicate source {src!r} (also line {seen[src]})')
            continue
        seen[src] = ln
        cands = C[lang].get(src)
        if not cands:
            errs.append(f'{ln}: source not found {src!r}')
            continue
        T = {}
        for c in cands:
            T.setdefault(c['tgt'], c)
        if cat == 'ok':
            if tgt is None:
                if len(T) != 1:
                    errs.append(f'{ln}: ambiguous ok {src!r}: {list(T)}')
                    continue
                tgt = next(iter(T))
            if tgt not in T:
                errs.append(f'{ln}: ok target is not a real translation of {src!r}')
                continue
            orig = tgt
        else:
            if tgt is None:
                errs.append(f'{ln}: missing target')
                continue
            if tgt in T:
                errs.append(f'{ln}: corrupted target equals a real translation of {src!r}')
                continue
            orig = min(T, key=lambda t: lev(t, tgt))
        c = T[orig]
        out.append(dict(cat=cat, src=src, tgt=tgt, orig=orig, note=note, origin=f"{c['pkg']}/{c['mo']}.mo", ver=c['ver'], ln=ln))
    pairs = collections.Counter()
    for o in out:
        if o['cat'] in ('ok', 'neg'):
            continue
        a, b = toks(o['orig']), toks(o['tgt'])
        key = (o['cat'], tuple(sorted(set(a) - set(b))), tuple(sorted(set(b) - set(a))))
        pairs[key] += 1
        if o['cat'] == 'nm' and len(key[1]) == 1 and len(key[2]) == 1 and not 1 <= lev(key[1][0], key[2][0]) <= 3:
            warns.append(f"{o['ln']}: near-miss edit distance out of 1..3: {key[1]} -> {key[2]}")
    warns += [f'word pair used {v}x: {k}' for k, v in pairs.items() if v > 2]
    return out, errs, warns


def finalize(lang, out):
    rnd = random.Random(f'{SEED}-{lang}')
    pool_oks = [o for o in out if o['cat'] == 'ok' and o['note'] == 'pool']
    expl_oks = [o for o in out if o['cat'] == 'ok' and o['note'] != 'pool']
    rnd.shuffle(pool_oks)
    keep = {id(o) for o in expl_oks + pool_oks[:max(0, OK_TARGET - len(expl_oks))]}
    final = [o for o in out if o['cat'] != 'ok' or id(o) in keep]
    rnd.shuffle(final)
    for i, o in enumerate(final, 1):
        o['id'] = f'{lang}-{i:04d}'
        if o['note'] == 'pool':
            o['note'] = ''
    return final


def po_esc(s):
    return s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\t', '\\t')


def main(argv):
    check = '--check' in argv
    args = [a for a in argv if not a.startswith('--')]
    work = args[0] if args else '/tmp/meaning-build'
    C = load_candidates(work)
    pool = {}
    for l in open(os.path.join(HERE, 'spec', 'pool.tsv'), encoding='utf-8'):
        i, s = l.rstrip('\n').split('\t', 1)
        pool[int(i)] = s
    labels, failed = [], False
    for lang in LANGS:
        out, errs, warns = build(lang, C, pool)
        for e in errs:
            print(f'{lang}: ERROR {e}'); failed = True
        for w in warns:
            print(f'{lang}: warning {w}')
        final = finalize(lang, out)
        print(lang, len(final), dict(collections.Counter(CAT[o['cat']] for o in final)))
        if check or errs:
            continue
        os.makedirs(os.path.join(OUT, 'dev'), exist_ok=True)
        with open(os.path.join(OUT, 'dev', f'{lang}.po'), 'w', encoding='utf-8') as f:
            f.write('msgid ""\nmsgstr ""\n')
            f.write('"Project-Id-Version: translint-meaning-dev 1\\n"\n"PO-Revision-Date: 2025-01-01 00:00+0000\\n"\n'
                    '"Last-Translator: translint bench <bench@invalid>\\n"\n"Language-Team: none\\n"\n')
            f.write(f'"Language: {lang}\\n"\n')
            f.write('"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n')
            f.write(f'"Plural-Forms: {PLURAL[lang]}\\n"\n\n')
            for o in final:
                f.write(f'msgctxt "{po_esc(o["id"])}"\nmsgid "{po_esc(o["src"])}"\nmsgstr "{po_esc(o["tgt"])}"\n\n')
        for o in final:
            labels.append(dict(id=o['id'], lang=lang, file=f'{lang}.po', source=o['src'], target=o['tgt'],
                               category=CAT[o['cat']], original=o['orig'], origin=o['origin'], note=o['note']))
    if failed:
        return 1
    if not check:
        labels.sort(key=lambda d: (LANGS.index(d['lang']), d['id']))
        with open(os.path.join(OUT, 'dev', 'labels.jsonl'), 'w', encoding='utf-8') as f:
            for d in labels:
                f.write(json.dumps(d, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
