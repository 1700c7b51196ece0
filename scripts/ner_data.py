#!/usr/bin/env python3
"""ner_data.py: converts the NER corpora of ../shared/train into kg's normalised CoNLL files.

Usage: scripts/ner_data.py [--shared DIR] OUTDIR

Writes, deterministically (same corpora, same bytes):
  OUTDIR/ner-train.conll  UNER EWT train + GUM train named mentions + WikiGold + re3d (confidence >= 0.5),
                          then a headline copy of each of their documents (below)
  OUTDIR/ner-dev.conll    UNER EWT dev (to choose features and epochs)
  OUTDIR/ner-dev-headline.conll  its headline copy (to see how the tagger reads capitals)
  OUTDIR/ner-test-ewt.conll, OUTDIR/ner-test-pud.conll  UNER EWT and PUD test (to report only)
  OUTDIR/ner-test-ewt-headline.conll, OUTDIR/ner-test-pud-headline.conll  their headline copies
Format: one token per line, "TOKEN<TAB>TAG" with IOB2 tags over PER, ORG, LOC and MISC; a blank line
after each sentence; a "-DOCSTART-" line before each document. Mapping (see ../shared/train/README.md):
UNER OTH -> MISC, B-O -> O; WikiGold IOB1 -> IOB2; GUM person/organization/place named mentions ->
PER/ORG/LOC (the proper-noun run around the mention's head, titles left out as UNER does); re3d
Person/Organisation/Location -> PER/ORG/LOC (re-tokenised the UD way, titles and articles left out).
Headline copy: every sentence of a document again, in capitals or in title case by turns (capitals
for the first), with the same tags, since news sets headlines, datelines and captions that way and the
corpora hardly ever do.
Python 3 standard library only.
"""
import itertools
import json
import lzma
import os
import re
import sys

TITLES = {
    "president", "minister", "secretary", "prime", "foreign", "defence", "defense", "general", "gen.", "gen",
    "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.",
    "king", "queen", "prince", "princess", "pope", "ambassador", "senator", "sen.", "rep.", "governor", "gov.",
    "mayor", "chancellor", "vice", "deputy", "chief", "commander", "lieutenant", "colonel", "major", "captain",
    "admiral", "sir", "lord", "lady", "judge", "justice", "saint", "st.", "emperor", "director", "chairman",
    "spokesman", "spokeswoman", "envoy", "special", "state", "of", "the", "former", "late", "u.s.", "un",
}


def xzlines(path):
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n")


def fix_iob2(tags):
    """IOB1 or loose IOB2 to strict IOB2."""
    out, prev = [], "O"
    for t in tags:
        if t != "O" and t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def token_docs(path, is_newdoc, row):
    """Documents of (tokens, tags) sentences from a file of one token a line: is_newdoc(line) starts a
    document, row(line) gives (token, tag) or None for a line to skip, a blank line ends a sentence."""
    docs, sent = [], []
    for line in itertools.chain(xzlines(path), [""]):
        if is_newdoc(line):
            docs.append([])
        elif not line.strip():
            if sent:
                if not docs:
                    docs.append([])
                docs[-1].append(([t for t, _ in sent], fix_iob2([g for _, g in sent])))
            sent = []
        else:
            r = row(line)
            if r:
                sent.append(r)
    return docs


def uner_row(line):
    """(token, tag) of a UNER line, None for a comment."""
    if line.startswith("#"):
        return None
    cols = line.split("\t")
    tag = cols[2] if len(cols) > 2 else "O"
    if tag in ("B-O", "I-O") or tag == "O":
        tag = "O"
    elif tag.endswith("-OTH"):
        tag = tag[:2] + "MISC"
    return cols[1], tag


def uner(path):
    """Documents of (tokens, tags) sentences from a UNER IOB2 file."""
    return token_docs(path, lambda line: line.startswith("# newdoc"), uner_row)


def wikigold(path):
    docs = token_docs(path, lambda line: line.startswith("-DOCSTART-"), lambda line: tuple(line.rsplit(" ", 1)))
    return [d for d in docs if d]


GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
OPEN_RE = re.compile(r"\((\d+)-([a-z]+)-[^-()]*-[^-()]*-[^-()]*-([0-9,]+)-[a-z]+(?:-([^()]+))?")
CLOSE_RE = re.compile(r"(\d+)\)")


def gum_sentence(rows):
    """(tokens, tags) of one GUM sentence: rows are (form, upos, entity-field)."""
    n = len(rows)
    forms = [r[0] for r in rows]
    upos = [r[1] for r in rows]
    opened = {}
    mentions = []
    for i, (_, _, ent) in enumerate(rows):
        if not ent:
            continue
        pos = 0
        while pos < len(ent):
            m = OPEN_RE.match(ent, pos)
            if m:
                eid, etype, minspan, ident = m.group(1), m.group(2), m.group(3), m.group(4)
                opened.setdefault(eid, []).append((i, etype, minspan, ident))
                pos = m.end()
                if pos < len(ent) and ent[pos] == ")":
                    s = opened[eid].pop()
                    mentions.append((s[0], i + 1, s[1], s[2], s[3]))
                    pos += 1
                continue
            m = CLOSE_RE.match(ent, pos)
            if m and opened.get(m.group(1)):
                s = opened[m.group(1)].pop()
                mentions.append((s[0], i + 1, s[1], s[2], s[3]))
                pos = m.end()
                continue
            pos += 1
    tags = ["O"] * n
    # outermost first
    mentions.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    for a, b, etype, minspan, ident in mentions:
        if etype not in GUM_TYPES:
            continue
        namey = [u == "PROPN" or (f[:1].isupper() and u not in ("DET", "PRON", "ADP", "CCONJ", "PUNCT", "AUX"))
                 for f, u in zip(forms, upos)]
        lo = a
        while lo < b and (not namey[lo] or (etype == "person" and forms[lo].lower() in TITLES and
                                                   lo + 1 < b and namey[lo + 1])):
            lo += 1
        hi = lo
        while hi < b and (namey[hi] or (forms[hi] in ("of", "and", "&", "-", "de", "the") and
                                        hi + 1 < b and namey[hi + 1])):
            hi += 1
        if lo == hi or (hi < b and forms[hi] not in (",", "(")):
            continue  # no name, or the name is a modifier of a common-noun head ("the US president")
        if any(t != "O" for t in tags[lo:hi]):
            continue
        typ = GUM_TYPES[etype]
        tags[lo] = "B-" + typ
        for k in range(lo + 1, hi):
            tags[k] = "I-" + typ
    return forms, tags


def gum(path):
    docs, rows = [], []
    for line in xzlines(path):
        if line.startswith("# newdoc"):
            docs.append([])
            continue
        if line.startswith("#"):
            continue
        if not line.strip():
            if rows:
                docs[-1].append(gum_sentence(rows))
            rows = []
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        ent = ""
        for f in cols[9].split("|"):
            if f.startswith("Entity="):
                ent = f[7:]
        rows.append((cols[1], cols[3], ent))
    if rows:
        docs[-1].append(gum_sentence(rows))
    return docs


RE3D_TYPES = {"Person": "PER", "Organisation": "ORG", "Location": "LOC"}
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b|\w+(?=n['’]t\b)|[^\W_]+|\S", re.UNICODE)


def re3d_doc(text, ents):
    toks = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    tags = ["O"] * len(toks)
    spans = []
    for e in ents:
        if e["confidence"] < 0.5 or e["type"] not in RE3D_TYPES:
            continue
        idx = [k for k, (s, t) in enumerate(toks) if s >= e["begin"] and t <= e["end"]]
        if not idx:
            continue
        lo, hi = idx[0], idx[-1] + 1
        typ = RE3D_TYPES[e["type"]]
        while lo < hi and (not text[toks[lo][0]].isupper() or
                           (typ == "PER" and text[toks[lo][0]:toks[lo][1]].lower() in TITLES) or
                           text[toks[lo][0]:toks[lo][1]] in ("The", "the")):
            lo += 1
        while hi > lo and not (text[toks[hi - 1][0]].isalnum()):
            hi -= 1
        if lo < hi:
            spans.append((lo, hi, typ))
    # innermost persons (titles out), otherwise longest
    spans.sort(key=lambda s: ((s[1] - s[0]) if s[2] == "PER" else -(s[1] - s[0]), s[0], s[2]))
    for lo, hi, typ in spans:
        if any(t != "O" for t in tags[lo:hi]):
            continue
        tags[lo] = "B-" + typ
        for k in range(lo + 1, hi):
            tags[k] = "I-" + typ
    # sentences: end after . ! ? followed by an upper-case token or a line break
    sents, cur = [], []
    for k, (s, t) in enumerate(toks):
        cur.append(k)
        w = text[s:t]
        nxt = toks[k + 1][0] if k + 1 < len(toks) else None
        brk = nxt is not None and "\n" in text[t:nxt]
        if brk or (w in (".", "!", "?") and (nxt is None or text[nxt].isupper() or text[nxt] in "\"“")):
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    out = []
    for sidx in sents:
        st = [text[toks[k][0]:toks[k][1]] for k in sidx]
        sg = fix_iob2([tags[k] for k in sidx])
        out.append((st, sg))
    return out


def re3d(folder):
    docs = []
    for sub in sorted(os.listdir(folder)):
        d = os.path.join(folder, sub)
        if not os.path.isdir(d):
            continue
        texts = {}
        order = []
        for line in xzlines(os.path.join(d, "documents.json.xz")):
            if line.strip():
                o = json.loads(line)
                texts[o["_id"]] = o["text"]
                order.append(o["_id"])
        ents = {}
        for line in xzlines(os.path.join(d, "entities.json.xz")):
            if line.strip():
                o = json.loads(line)
                ents.setdefault(o["documentId"], []).append(o)
        for did in sorted(order):
            docs.append(re3d_doc(texts[did], sorted(ents.get(did, []), key=lambda e: e["_id"])))
    return docs


SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "at", "by", "with", "as", "from"}


def title_word(w):
    if w[:1].isalpha() and w.lower() not in SMALL_WORDS:
        return w[:1].upper() + w[1:]
    return w


def headline_copy(docs):
    """The documents again, each sentence in capitals or in title case by turns, tags unchanged."""
    out, k = [], 0
    for doc in docs:
        sents = []
        for toks, tags in doc:
            if k % 2 == 0:
                toks = [w.upper() for w in toks]
            else:
                toks = [title_word(w) for w in toks]
            sents.append((toks, tags))
            k += 1
        out.append(sents)
    return out


def write(path, docs):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for doc in docs:
            fh.write("-DOCSTART-\tO\n\n")
            for toks, tags in doc:
                for w, t in zip(toks, tags):
                    w = w.replace(" ", "_").replace("\t", "_")
                    fh.write("%s\t%s\n" % (w, t))
                fh.write("\n")


def main():
    args = sys.argv[1:]
    shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
    if len(args) >= 2 and args[0] == "--shared":
        shared = args[1]
        args = args[2:]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = args[0]
    os.makedirs(out, exist_ok=True)
    tr = os.path.join(shared, "train")
    train = uner(os.path.join(tr, "uner_english_ewt", "en_ewt-ud-train.iob2.xz"))
    train += gum(os.path.join(tr, "gum_open", "en_gum-open-train.conllu.xz"))
    train += wikigold(os.path.join(tr, "wikigold", "wikigold.conll.txt.xz"))
    train += re3d(os.path.join(tr, "re3d_open"))
    write(os.path.join(out, "ner-train.conll"), train + headline_copy(train))
    dev = uner(os.path.join(tr, "uner_english_ewt", "en_ewt-ud-dev.iob2.xz"))
    write(os.path.join(out, "ner-dev.conll"), dev)
    write(os.path.join(out, "ner-dev-headline.conll"), headline_copy(dev))
    for name, path in (("ewt", ("uner_english_ewt", "en_ewt-ud-test.iob2.xz")),
                       ("pud", ("uner_english_pud", "en_pud-ud-test.iob2.xz"))):
        test = uner(os.path.join(tr, *path))
        write(os.path.join(out, "ner-test-%s.conll" % name), test)
        write(os.path.join(out, "ner-test-%s-headline.conll" % name), headline_copy(test))
    return 0


if __name__ == "__main__":
    sys.exit(main())
