"""claimscan.extract: one text, the scan's tables."""

import datetime as dt
import json
import subprocess

import pytest

import claimscan

TABLES = ("claims", "dates", "entities", "quotes")


def cli_extract(cli: str, text: str, published: str) -> dict:
    out = subprocess.run(
        [cli, "extract", "-", "--published", published, "--json"],
        input=text.encode(),
        check=True,
        capture_output=True,
    )
    return json.loads(out.stdout)


def plain(v):
    return v.isoformat() if isinstance(v, dt.date) else v


def test_the_seed_article_gives_what_the_cli_gives(cli, seed_text):
    want = cli_extract(cli, seed_text, "2013-05-08")
    got = claimscan.extract(seed_text, published="2013-05-08")
    raw = seed_text.encode()
    sentences = want["sentences"]
    assert got["articles"].column("n_sentences").to_pylist() == [len(sentences)]
    for name in TABLES:
        rows = got[name].to_pylist()
        assert len(rows) == len(want[name]), name
        assert len(rows) > 0, f"the seed article has {name}"
        for i, (w, g) in enumerate(zip(want[name], rows)):
            for key, value in w.items():
                where = f"{name}[{i}].{key}"
                if name == "claims" and key == "sentence":
                    s = sentences[value]
                    assert g["sentence"] == raw[s["start"] : s["end"]].decode(), where
                    assert g["sentence_start"] == s["start"], where
                    continue
                assert key in g, f"{where}: claimscan extract --json has it, the {name} table has no such column"
                assert plain(g[key]) == value, where
            assert g["doc_id"] == "text"


def test_offsets_are_utf8_byte_offsets():
    text = "Über 5 000 Menschen — “over 70,000 lives”, said Kerry."
    found = claimscan.extract(text)
    raw = text.encode()
    for name, col in (("claims", "surface"), ("dates", "surface"), ("entities", "surface"), ("quotes", "text")):
        for row in found[name].to_pylist():
            assert raw[row["start"] : row["end"]].decode() == row[col]
    assert found["claims"].num_rows > 0


@pytest.mark.parametrize(
    "published",
    [
        "2013-05-08",
        "May 8, 2013",
        "2013-05-08T23:30:00Z",
        dt.date(2013, 5, 8),
        dt.datetime(2013, 5, 8, 12, 0),
        dt.datetime(2013, 5, 9, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=3))),
    ],
)
def test_publication_date_forms(published):
    found = claimscan.extract("Police said on Tuesday that 12 people died.", published=published)
    art = found["articles"].to_pylist()[0]
    assert (art["published"], art["published_from"]) == (dt.date(2013, 5, 8), "field")
    tuesday = [d for d in found["dates"].to_pylist() if d["surface"] == "Tuesday"]
    assert tuesday and tuesday[0]["date"] == dt.date(2013, 5, 7)
    assert found["errors"].num_rows == 0


def test_without_a_date_the_text_gives_it():
    found = claimscan.extract("Wednesday, May 8th 2013\n\nOfficials said 40 people were hurt yesterday.")
    art = found["articles"].to_pylist()[0]
    assert (art["published"], art["published_from"]) == (dt.date(2013, 5, 8), "text")
    art = claimscan.extract("Officials said 40 people were hurt.")["articles"].to_pylist()[0]
    assert (art["published"], art["published_from"]) == (None, "none")


def test_a_date_that_cannot_be_read_is_a_warning():
    found = claimscan.extract("Officials said 40 people were hurt.", published="not a date", doc_id="d1")
    errors = found["errors"].to_pylist()
    assert [(e["kind"], e["severity"], e["doc_id"]) for e in errors] == [("bad_date", "warning", "d1")]
    assert "not a date" in errors[0]["message"]
    assert found["articles"].num_rows == 1
    assert found["claims"].num_rows == 1


def test_an_empty_text_is_an_error_row():
    found = claimscan.extract("  \n ", doc_id="blank")
    assert found["articles"].num_rows == 0
    assert [(e["kind"], e["severity"], e["doc_id"]) for e in found["errors"].to_pylist()] == [
        ("empty", "error", "blank")
    ]


def test_wrong_argument_types_raise():
    with pytest.raises(TypeError):
        claimscan.extract(None)
    with pytest.raises(TypeError):
        claimscan.extract("text", published=20130508)
