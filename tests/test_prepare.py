"""Data preparation recipes on small archives laid out like the real downloads."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from pskd_tools.data import prepare

IWSLT14_SETS = ["TED.dev2010", "TEDX.dev2012", "TED.tst2010", "TED.tst2011", "TED.tst2012"]


def _tgz(path: Path, files: dict[str, str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, "w:gz") as tar:
        for name, text in files.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def _train_pairs(n: int) -> list[tuple[str, str]]:
    pairs = [(f"Das ist Satz Nummer {i}, nicht wahr?", f"This is sentence number {i}, isn't it?")
             for i in range(n)]
    pairs[5] = ("Ja.", "Well, this English side is far too long for its German side.")  # ratio
    pairs[7] = (" ".join(["lang"] * 180), " ".join(["long"] * 180))  # > 175 tokens
    return pairs


def _train_tags(pairs, lang_index: int, title: str) -> str:
    head = ["<url>http://www.ted.com/talks/x.html</url>", "<keywords>talks, science</keywords>",
            "<speaker>Jane Doe</speaker>", "<talkid>1</talkid>", f"<title>{title}</title>",
            "<description>TED Talk Subtitles and Transcript: x</description>",
            "<reviewer></reviewer>", "<translator></translator>"]
    return "\n".join(head + [p[lang_index] for p in pairs]) + "\n"


def _xml(year: int, name: str, lang: str, segs: list[str]) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<mteval>",
             f'<srcset setid="iwslt20{year}-{name}" srclang="{lang}">',
             '<doc docid="535" genre="lectures">', "<url>http://www.ted.com/x</url>",
             "<talkid>535</talkid>", "<title>Title</title>"]
    lines += [f'<seg id="{i}"> {s} </seg>' for i, s in enumerate(segs, 1)]
    lines += ["</doc>", "</srcset>", "</mteval>"]
    return "\n".join(lines) + "\n"


def _test_segs(name: str) -> dict[str, list[str]]:
    return {"de": [f"Test {name} eins.", f"Zweiter Satz von {name}, nicht wahr?"],
            "en": [f"Test {name} one.", f"The second sentence of {name}’s talk, isn't it?"]}


@pytest.fixture(scope="module")
def iwslt14_archive(tmp_path_factory) -> Path:
    pairs = _train_pairs(60)
    files = {
        "de-en/train.tags.de-en.de": _train_tags(pairs, 0, "Ein Titel"),
        "de-en/train.tags.de-en.en": _train_tags(pairs, 1, "A title"),
        "de-en/README": "IWSLT 2014\n",
    }
    for name in IWSLT14_SETS:
        for lang in ("de", "en"):
            files[f"de-en/IWSLT14.{name}.de-en.{lang}.xml"] = _xml(14, name, lang, _test_segs(name)[lang])
    return _tgz(tmp_path_factory.mktemp("iwslt14") / "de-en.tgz", files)


@pytest.mark.slow
def test_iwslt14_spm_recipe_builds_a_joined_data_bin_with_raw_references(iwslt14_archive, tmp_path):
    dest = tmp_path / "data-bin"
    rc = prepare.main(["iwslt14", "--archive", str(iwslt14_archive), "--dest", str(dest),
                       "--vocab-size", "120", "--workers", "1"])
    assert rc == 0
    for split in ("train", "valid", "test"):
        for lang in ("de", "en"):
            assert (dest / f"{split}.de-en.{lang}.bin").is_file()
    assert (dest / "dict.de.txt").read_text() == (dest / "dict.en.txt").read_text()  # joined
    assert (dest / "spm.model").is_file()

    # test = dev2010, TEDX.dev2012, tst2010, tst2011, tst2012 in fairseq's order, untokenized
    expected = [s for name in IWSLT14_SETS for s in _test_segs(name)["en"]]
    assert (dest / "raw" / "test.en").read_text().splitlines() == expected

    # train: 60 pairs, 2 removed by clean-corpus (ratio, length), every 23rd of the rest -> valid;
    # title and description lines are kept without their tags (as in fairseq's script),
    # the other metadata lines are dropped
    work = dest.parent / "data-bin.work" / "text"
    train_en = (work / "train.en").read_text().splitlines()
    valid_en = (dest / "raw" / "valid.en").read_text().splitlines()
    kept = ["A title", "TED Talk Subtitles and Transcript: x"] + [
        p[1] for i, p in enumerate(_train_pairs(60)) if i not in (5, 7)]
    assert valid_en == [s for i, s in enumerate(kept, 1) if i % 23 == 0]
    assert train_en == [s for i, s in enumerate(kept, 1) if i % 23 != 0]
    assert not any("<" in line or "Jane Doe" in line for line in train_en)

    from fairseq.data import Dictionary, data_utils

    d = Dictionary.load(str(dest / "dict.en.txt"))
    test_bin = data_utils.load_indexed_dataset(str(dest / "test.de-en.en"), d)
    assert len(test_bin) == len(expected)
    meta = json.loads((dest / "prepare.json").read_text())
    assert meta["recipe"] == "iwslt14" and meta["tokenizer"] == "none" and meta["sentences"]["test"] == 10


def test_iwslt14_classic_recipe_tokenizes_and_lowercases_like_fairseq(iwslt14_archive, tmp_path):
    dest = tmp_path / "classic"
    rc = prepare.main(["iwslt14", "--archive", str(iwslt14_archive), "--dest", str(dest),
                       "--variant", "classic", "--vocab-size", "120", "--workers", "1", "--no-binarize"])
    assert rc == 0
    test_en = (dest / "raw" / "test.en").read_text().splitlines()
    # ’ -> ' on dev/test, then Moses escaping (&apos;) and lowercasing, as fairseq's script does
    assert test_en[1] == "the second sentence of ted.dev2010 &apos;s talk , isn &apos;t it ?"
    train_en = (dest.parent / "classic.work" / "text" / "train.en").read_text()
    assert "<url>" not in train_en and "a title" in train_en and train_en == train_en.lower()
    meta = json.loads((dest / "prepare.json").read_text())
    assert meta["tokenizer"] == "moses" and meta["lowercase"] is True and meta["spm_model_type"] == "bpe"


def test_iwslt15_takes_valid_and_test_from_the_named_sets(tmp_path):
    pairs = _train_pairs(30)
    files = {"de-en/train.tags.de-en.de": _train_tags(pairs, 0, "Titel"),
             "de-en/train.tags.de-en.en": _train_tags(pairs, 1, "Title")}
    for name in ("TED.dev2010", "TED.tst2012", "TED.tst2013"):
        for lang in ("de", "en"):
            files[f"de-en/IWSLT15.{name}.de-en.{lang}.xml"] = _xml(15, name, lang, _test_segs(name)[lang])
    archive = _tgz(tmp_path / "de-en.tgz", files)
    dest = tmp_path / "bin15"
    rc = prepare.main(["iwslt15", "--archive", str(archive), "--dest", str(dest), "--src", "en",
                       "--tgt", "de", "--vocab-size", "100", "--workers", "1", "--no-binarize"])
    assert rc == 0
    assert (dest / "raw" / "valid.en").read_text().splitlines() == _test_segs("TED.tst2012")["en"]
    assert (dest / "raw" / "test.de").read_text().splitlines() == _test_segs("TED.tst2013")["de"]
    train = (tmp_path / "bin15.work" / "text" / "train.en").read_text().splitlines()
    assert len(train) == 30 + 2 - 2  # title/description kept, two pairs cleaned, no valid held out


def test_a_missing_test_set_is_reported_with_what_the_archive_has(tmp_path, capsys):
    files = {"de-en/train.tags.de-en.de": "Hallo Welt\n", "de-en/train.tags.de-en.en": "Hello world\n",
             "de-en/IWSLT15.TED.tst2012.de-en.de.xml": _xml(15, "x", "de", ["a"]),
             "de-en/IWSLT15.TED.tst2012.de-en.en.xml": _xml(15, "x", "en", ["a"])}
    archive = _tgz(tmp_path / "de-en.tgz", files)
    rc = prepare.main(["iwslt15", "--archive", str(archive), "--dest", str(tmp_path / "b"),
                       "--src", "de", "--tgt", "en", "--no-binarize"])
    err = capsys.readouterr().err
    assert rc == 2 and "IWSLT15.TED.tst2013.de-en.de.xml not in the archive" in err
    assert "IWSLT15.TED.tst2012.de-en.de.xml" in err


def test_a_missing_local_archive_names_the_flag(tmp_path, capsys):
    rc = prepare.main(["iwslt14", "--archive", str(tmp_path / "nope.tgz"), "--dest", str(tmp_path / "b")])
    assert rc == 2 and "--archive" in capsys.readouterr().err


def _sgm(kind: str, lang: str, segs: list[str]) -> str:
    lines = [f'<{kind}set setid="newstest2014" srclang="any">',
             '<doc sysid="ref" docid="1" genre="news" origlang="en">']
    lines += [f'<seg id="{i}">{s}</seg>' for i, s in enumerate(segs, 1)]
    return "\n".join(lines + ["</doc>", f"</{kind}set>"]) + "\n"


@pytest.fixture(scope="module")
def wmt14_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("wmt14")
    corpus = {
        "training-parallel-europarl-v7.tgz": ("training/europarl-v7.de-en",
                                              ["Europarl eins", "Europarl zwei"],
                                              ["Europarl one", "Europarl two"]),
        "training-parallel-commoncrawl.tgz": ("commoncrawl.de-en", ["Crawl eins", "x"],
                                              ["Crawl one", "this line is far too long for x"]),
        "training-parallel-nc-v12.tgz": ("training/news-commentary-v12.de-en", ["Kommentar"], ["Commentary"]),
    }
    for archive, (stem, de, en) in corpus.items():
        _tgz(d / archive, {f"{stem}.de": "\n".join(de) + "\n", f"{stem}.en": "\n".join(en) + "\n"})
    _tgz(d / "dev.tgz", {"dev/newstest2013.de": "Dev Satz\n", "dev/newstest2013.en": "Dev sentence\n",
                         "dev/newstest2012.en": "other\n"})
    _tgz(d / "test-full.tgz", {
        "test-full/newstest2014-deen-src.en.sgm": _sgm("src", "en", ["Source one.", "Source  two."]),
        "test-full/newstest2014-deen-ref.de.sgm": _sgm("ref", "de", ["Referenz eins.", "Referenz zwei."]),
        "test-full/newstest2014-deen-src.de.sgm": _sgm("src", "de", ["Quelle eins.", "Quelle zwei."]),
        "test-full/newstest2014-deen-ref.en.sgm": _sgm("ref", "en", ["Reference one.", "Reference two."]),
    })
    return d


def test_wmt14_text_joins_the_three_corpora_and_reads_newstest(wmt14_dir, tmp_path):
    text = prepare.make_wmt14_text(str(wmt14_dir), tmp_path / "work", "en", "de")
    assert (text / "train.en").read_text().splitlines() == [
        "Europarl one", "Europarl two", "Crawl one", "Commentary"]  # the ratio-violating pair is gone
    assert (text / "valid.de").read_text().splitlines() == ["Dev Satz"]
    assert (text / "test.en").read_text().splitlines() == ["Source one.", "Source two."]
    assert (text / "test.de").read_text().splitlines() == ["Referenz eins.", "Referenz zwei."]


def test_wmt14_de_en_direction_uses_the_german_source_and_english_reference(wmt14_dir, tmp_path):
    text = prepare.make_wmt14_text(str(wmt14_dir), tmp_path / "work", "de", "en")
    assert (text / "test.de").read_text().splitlines() == ["Quelle eins.", "Quelle zwei."]
    assert (text / "test.en").read_text().splitlines() == ["Reference one.", "Reference two."]


def test_wmt14_missing_archive_names_the_directory_flag(tmp_path):
    (tmp_path / "partial").mkdir()
    missing = r"--archive-dir .*missing training-parallel-europarl-v7.tgz"
    with pytest.raises(prepare.PrepareError, match=missing):
        prepare.make_wmt14_text(str(tmp_path / "partial"), tmp_path / "work")


def test_segment_extraction_matches_sacrebleu(tmp_path):
    from sacrebleu.dataset.fake_sgml import FakeSGMLDataset

    sgm = tmp_path / "x.sgm"
    sgm.write_text(_sgm("ref", "de", ["Eins  mit   Leerraum ", "<b>fett</b> &amp; mehr", ""]))
    ours = prepare.read_segments(sgm)
    theirs_path = tmp_path / "sacrebleu.txt"
    FakeSGMLDataset("local", langpairs={})._convert_format(str(sgm), str(theirs_path))
    assert ours == theirs_path.read_text().splitlines()
    assert ours[0] == "Eins mit Leerraum"


def test_clean_corpus_applies_moses_length_and_ratio_limits():
    src = ["a b c", "a", "", "a b c d", " ".join("x" * 176)]
    tgt = ["a b", "a b c", "a", "a b c d e f", "y"]
    # keeps: 3/2=1.5 ok; drops 1:3 ratio, empty side, 4:6=1.5 ok, > max length
    assert prepare.clean_corpus(src, tgt, 1, 175, 1.5) == (["a b c", "a b c d"], ["a b", "a b c d e f"])


def test_every_nth_split_matches_awk_nr_modulo():
    lines = [str(i) for i in range(1, 50)]
    rest, held = prepare.every_nth_split(lines, 23)
    assert held == ["23", "46"] and len(rest) == 47 and "23" not in rest
