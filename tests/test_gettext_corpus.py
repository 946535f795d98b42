"""The gettext (.mo) corpus builder: parsing, filtering, dedupe, deterministic split, refusal."""

from __future__ import annotations

import gettext
import hashlib
import struct
from pathlib import Path

import pytest

from pskd_tools.data import gettext_corpus as gc


def write_mo(path: Path, entries: dict[str, str], charset: str = "UTF-8", big_endian: bool = False) -> Path:
    """Write a GNU .mo file (the format msgfmt produces; no hash table).

    Keys may hold "ctxt\\x04msgid" and "singular\\x00plural"; values "form0\\x00form1".
    """
    header = f"Content-Type: text/plain; charset={charset}\nPlural-Forms: nplurals=2; plural=(n != 1);\n"
    items = sorted([("", header)] + list(entries.items()), key=lambda kv: kv[0].encode(charset))
    ids = [k.encode(charset) for k, _ in items]
    strs = [v.encode(charset) for _, v in items]
    n = len(items)
    e = ">" if big_endian else "<"
    orig_off, trans_off = 28, 28 + 8 * n
    data_off = 28 + 16 * n
    blob, orig_tab, trans_tab = b"", [], []
    for s in ids:
        orig_tab += [len(s), data_off + len(blob)]
        blob += s + b"\0"
    for s in strs:
        trans_tab += [len(s), data_off + len(blob)]
        blob += s + b"\0"
    out = struct.pack(f"{e}7I", 0x950412DE, 0, n, orig_off, trans_off, 0, 0)
    out += struct.pack(f"{e}{2 * n}I", *orig_tab) + struct.pack(f"{e}{2 * n}I", *trans_tab) + blob
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out)
    return path


def catalog(root: Path, lang: str, name: str, entries: dict[str, str], **kw) -> Path:
    return write_mo(root / lang / "LC_MESSAGES" / f"{name}.mo", entries, **kw)


def test_mo_writer_produces_files_python_gettext_reads(tmp_path):
    # guards the fixture itself: the stdlib parser must agree with what we wrote
    p = write_mo(tmp_path / "x.mo", {"Open file": "Datei öffnen"})
    assert gettext.GNUTranslations(open(p, "rb")).gettext("Open file") == "Datei öffnen"


@pytest.mark.parametrize("big_endian", [False, True])
def test_read_mo_splits_context_and_plurals_and_skips_header(tmp_path, big_endian):
    p = write_mo(tmp_path / "x.mo", {
        "menu\x04_Open": "_Öffnen",
        "%d file\x00%d files": "%d Datei\x00%d Dateien",
        "Cancel": "Abbrechen",
    }, big_endian=big_endian)
    entries = {e.msgid: e for e in gc.read_mo(p)}
    assert set(entries) == {"_Open", "%d file", "Cancel"}  # no header entry
    assert entries["_Open"].context == "menu" and entries["_Open"].msgstr == "_Öffnen"
    assert entries["%d file"].is_plural and entries["%d file"].msgstr == "%d Datei"


def test_read_mo_decodes_the_charset_named_in_the_header(tmp_path):
    p = write_mo(tmp_path / "x.mo", {"Size": "Größe"}, charset="ISO-8859-1")
    assert gc.read_mo(p)[0].msgstr == "Größe"


def test_read_mo_rejects_files_that_are_not_catalogs(tmp_path):
    bad = tmp_path / "bad.mo"
    bad.write_bytes(b"\x00" * 40)
    with pytest.raises(gc.MoFormatError, match="bad magic"):
        gc.read_mo(bad)


@pytest.mark.parametrize("src,tgt,expected", [
    ("_Cancel", "_Abbrechen", ("Cancel", "Abbrechen")),          # GTK, word-initial
    ("C_onnect", "_Verbinden", ("Connect", "Verbinden")),        # GTK, mid-word
    ("Save &As", "Speichern &unter", ("Save As", "Speichern unter")),  # Qt/KDE
    ("Open", "打开(_O)", ("Open", "打开")),                          # CJK-style suffix
    ("job_spec [&]", "Jobbezeichnung [&]", ("job_spec [&]", "Jobbezeichnung [&]")),  # identifier
    ("Bad magic number for krb5_context", "falsche Zahl für Krb5_context",
     ("Bad magic number for krb5_context", "falsche Zahl für Krb5_context")),
    ("Tom &amp; Jerry", "Tom &amp; Jerry", ("Tom &amp; Jerry", "Tom &amp; Jerry")),  # entity
    ("Copy __init__ file", "__init__ kopieren", ("Copy __init__ file", "__init__ kopieren")),
])
def test_accelerators_are_stripped_but_identifiers_kept(src, tgt, expected):
    assert gc.strip_accelerators(src, tgt) == expected


@pytest.mark.parametrize("src,tgt,keep", [
    ("%s: %s", "%s: %s ", False),           # format directives only
    ("<b>%s</b>", "<b>%s</b>", False),       # markup only
    ("->", "→", False),                      # symbols
    ("X", "Y", False),                       # a single letter of source
    ("OK", "OK", False),                     # identical sides
    ("%d files copied", "%d Dateien kopiert", True),
    ("<standard output>", "<Standardausgabe>", True),  # a placeholder with words is text
])
def test_pairs_without_translatable_text_are_dropped(src, tgt, keep):
    s, t = gc.clean_pair(src, tgt)
    assert gc.keep_pair(s, t) is keep


def test_newlines_and_whitespace_runs_become_single_spaces():
    cleaned = gc.clean_pair("Usage:\n  foo\tbar  \n", "Aufruf:\n  foo bar\n")
    assert cleaned == ("Usage: foo bar", "Aufruf: foo bar")


@pytest.fixture
def locale_dir(tmp_path) -> Path:
    root = tmp_path / "locale"
    catalog(root, "de", "app-a", {
        "_Cancel": "_Abbrechen",
        "Open the file\nnow": "Die Datei\njetzt öffnen",
        "%s: %s": "%s: %s",
        "Quit": "Beenden",
        "OK": "OK",
        "%d item\x00%d items": "%d Element\x00%d Elemente",
    })
    catalog(root, "de", "app-b",
            {"Quit": "Verlassen", "Cancel": "Abbrechen", "Close window": "Fenster schließen"})
    catalog(root, "de", "app-c", {"Quit": "Verlassen", "Print page": "Seite drucken"})
    return root


def test_dedupe_keeps_one_translation_per_source_the_most_frequent(locale_dir):
    stats = gc.CorpusStats()
    pairs = dict(gc.collect_pairs(gc.catalog_paths(locale_dir, "de"), stats=stats))
    assert pairs == {
        "Cancel": "Abbrechen",            # "_Cancel" (app-a) and "Cancel" (app-b) agree: one pair
        "Open the file now": "Die Datei jetzt öffnen",
        "Quit": "Verlassen",              # 2 catalogs against 1
        "%d item": "%d Element",
        "Close window": "Fenster schließen",
        "Print page": "Seite drucken",
    }
    assert stats.catalogs == 3 and stats.conflicting_sources == 1 and stats.filtered == 2


def test_split_follows_the_documented_sha1_rule_and_is_stable(locale_dir, tmp_path):
    out1, out2 = tmp_path / "o1", tmp_path / "o2"
    # 300/300 per mille so that this small corpus reaches all three splits
    gc.build_corpus(out1, "de", locale_dir, min_pairs=1, valid_per_mille=300, test_per_mille=300)
    gc.build_corpus(out2, "de", locale_dir, min_pairs=1, valid_per_mille=300, test_per_mille=300)
    for split in ("train", "valid", "test"):
        for lang in ("en", "de"):
            assert (out1 / f"{split}.{lang}").read_bytes() == (out2 / f"{split}.{lang}").read_bytes()
        for src in (out1 / f"{split}.en").read_text().splitlines():
            bucket = int(hashlib.sha1(src.encode("utf-8")).hexdigest()[:8], 16) % 1000
            want = "valid" if bucket < 300 else "test" if bucket < 600 else "train"
            assert want == split, src
    lines = sum(len((out1 / f"{s}.en").read_text().splitlines()) for s in ("train", "valid", "test"))
    assert lines == 6


def test_adding_a_catalog_does_not_move_existing_sources_between_splits(locale_dir, tmp_path):
    def split_map(out):
        return {src: split for split in ("train", "valid", "test")
                for src in (out / f"{split}.en").read_text().splitlines()}

    gc.build_corpus(tmp_path / "before", "de", locale_dir, 1, 300, 300)
    catalog(locale_dir, "de", "app-d", {f"Message number {i}": f"Meldung Nummer {i}" for i in range(50)})
    gc.build_corpus(tmp_path / "after", "de", locale_dir, 1, 300, 300)
    before, after = split_map(tmp_path / "before"), split_map(tmp_path / "after")
    assert len(after) == len(before) + 50
    assert all(after[src] == split for src, split in before.items())


def test_source_and_target_files_stay_line_aligned(locale_dir, tmp_path):
    gc.build_corpus(tmp_path / "o", "de", locale_dir, 1, 300, 300)
    pairs = dict(gc.collect_pairs(gc.catalog_paths(locale_dir, "de")))
    for split in ("train", "valid", "test"):
        en = (tmp_path / "o" / f"{split}.en").read_text().splitlines()
        de = (tmp_path / "o" / f"{split}.de").read_text().splitlines()
        assert [pairs[s] for s in en] == de


def test_too_few_pairs_is_refused_with_the_flags_to_change(locale_dir, tmp_path, capsys):
    out = tmp_path / "o"
    rc = gc.main([str(out), "--lang", "de", "--locale-dir", str(locale_dir), "--min-pairs", "100"])
    err = capsys.readouterr().err
    assert rc == 1
    assert "only 6 usable en-de pairs from 3 catalogs" in err
    assert "--lang" in err and str(locale_dir) in err and "--min-pairs 100" in err
    assert not out.exists()  # nothing half-written


def test_unknown_language_directory_is_named_in_the_error(locale_dir, tmp_path, capsys):
    rc = gc.main([str(tmp_path / "o"), "--lang", "xx", "--locale-dir", str(locale_dir)])
    assert rc == 2
    assert "--lang 'xx'" in capsys.readouterr().err


def test_cli_reports_counts_and_writes_six_files(locale_dir, tmp_path, capsys):
    rc = gc.main([str(tmp_path / "o"), "--locale-dir", str(locale_dir), "--min-pairs", "5",
                  "--valid-per-mille", "300", "--test-per-mille", "300"])
    assert rc == 0
    assert "6 pairs from 3 catalogs" in capsys.readouterr().out
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == [
        "test.de", "test.en", "train.de", "train.en", "valid.de", "valid.en"]
