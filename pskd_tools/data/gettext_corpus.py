"""Build an English-to-X parallel corpus from the gettext catalogs installed on this machine.

Every package that ships translations installs ``<locale-dir>/<lang>/LC_MESSAGES/<domain>.mo``:
a compiled table of English source strings (``msgid``) and their translations (``msgstr``).
Together they form a small, offline, license-clean parallel corpus that needs no download,
which makes it suitable for a CPU demo of training a translation model.

Pipeline (each step is a function below, so tests can pin each rule):

1. ``read_mo``: parse the binary .mo format (both byte orders), decode with the charset named in
   the catalog header, split ``msgctxt\\x04msgid`` contexts and ``\\x00``-separated plurals.
   The header entry (empty msgid) is skipped; for plural entries only the singular pair
   (``msgid`` / ``msgstr[0]``) is kept, since ``msgstr[1..]`` translate the plural English form
   that shares a slot with numbers we cannot see.
2. ``clean_pair``: one line per segment (all whitespace runs, newlines included, become one
   space) and accelerator markers removed (``_File`` / ``&File`` / CJK-style ``(_F)``).
3. ``keep_pair``: drop pairs that are only format directives, markup, symbols or whitespace,
   pairs whose two sides are identical after cleaning (untranslated or untranslatable), and
   over-long segments (``--max-chars``).
4. Dedupe by source: each English segment appears once. When catalogs disagree on its
   translation, the most frequent translation wins; ties go to the catalog whose file name sorts
   first. One translation per source keeps the test set free of contradictory references.
5. ``split_of``: a deterministic split by a hash of the source alone::

       bucket = int(sha1(source.encode("utf-8")).hexdigest()[:8], 16) % 1000
       valid  if bucket <  valid_per_mille
       test   if valid_per_mille <= bucket < valid_per_mille + test_per_mille
       train  otherwise

   Hashing the source (not the line number) keeps a segment in the same split when catalogs are
   added or removed, and puts all copies of a source on one side of the split. Within each split
   lines are ordered by the full sha1 of the source, so the output does not depend on the order
   in which catalogs were read.

CLI::

    python -m pskd_tools.data.gettext_corpus OUT_DIR [--lang de] [--locale-dir /usr/share/locale]
"""
from __future__ import annotations

import argparse
import hashlib
import re
import struct
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

MO_MAGIC_LE = 0x950412DE
MO_MAGIC_BE = 0xDE120495

# --- format directives and markup that carry no translatable words ------------------------------
# C/POSIX printf incl. positional (%1$s), flags, width, precision, length modifiers; Python
# %(name)s; brace placeholders {0} {name} {name!r:>10}; shell-ish ${VAR}; GNU `%'d'.
_FORMAT_RE = re.compile(
    r"""%(?:\([^)]*\))?(?:\d+\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"""
    r"""(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspnm%]"""
    r"""|\{[\w.\[\]]*(?:![rsa])?(?::[^{}]*)?\}"""
    r"""|\$\{\w+\}"""
)
# Only real markup tags (HTML / Pango names): "<count>" or "<standard output>" are placeholders
# with words in them and stay text.
_MARKUP_TAGS = "a|b|i|u|s|p|q|tt|big|small|sub|sup|span|markup|br|hr|em|strong|code|pre|kbd|var|ul|ol|li|div"
_MARKUP_RE = re.compile(
    rf"</?(?:{_MARKUP_TAGS})(?:\s+[\w:-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))*\s*/?>"
    r"|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);",
    re.IGNORECASE,
)
_LETTER_RE = re.compile(r"[^\W\d_]")  # a Unicode letter: word char that is not digit/underscore
_WS_RE = re.compile(r"\s+")

# --- accelerator (mnemonic) markers -----------------------------------------------------------
# CJK-style appended mnemonic: "文件(_F)" / "Datei (&D)"; removed with its parentheses.
_CJK_MNEMONIC_RE = re.compile(r"\s*[(（][_&][^\W_][)）]")
# GTK marks the mnemonic letter with "_", Qt/KDE with "&" ("&&" is a literal ampersand). A
# catalog string has at most one mnemonic, so the marker is removed only when the string holds
# exactly one candidate: that keeps identifiers like "foo_bar_baz" (two underscores) intact.
_UNDERSCORE_MNEMONIC_RE = re.compile(r"(?<!_)_(?=[^\W_])")
_OPENING = "([{\"'«»„“‘‚"
_AMP_MNEMONIC_RE = re.compile(r"(?<!&)&(?=[^\W_])(?![A-Za-z]+;|#\d+;|#x[0-9A-Fa-f]+;)")


@dataclass(frozen=True)
class MoEntry:
    """One translation unit of a .mo catalog (singular form only)."""

    msgid: str
    msgstr: str
    context: str | None = None
    is_plural: bool = False


class MoFormatError(ValueError):
    pass


def _header_charset(header: bytes) -> str:
    m = re.search(rb"charset=\s*([-\w.:]+)", header)
    if not m:
        return "utf-8"
    name = m.group(1).decode("ascii", "replace").lower()
    # Some catalogs declare the placeholder "CHARSET" (never filled in); their text is ASCII/UTF-8.
    return "utf-8" if name in ("charset", "") else name


def read_mo(path: str | Path) -> list[MoEntry]:
    """Parse a GNU .mo file into entries, header excluded.

    Format (GNU gettext manual, "The Format of GNU MO Files"): magic, revision, N, offset of the
    original-strings table O, offset of the translation table T; each table holds N pairs
    (length, offset) pointing at NUL-terminated strings.
    """
    path = Path(path)
    data = path.read_bytes()
    if len(data) < 20:
        raise MoFormatError(f"{path}: too short to be a .mo file ({len(data)} bytes)")
    (magic,) = struct.unpack("<I", data[:4])
    if magic == MO_MAGIC_LE:
        endian = "<"
    elif magic == MO_MAGIC_BE:
        endian = ">"
    else:
        raise MoFormatError(f"{path}: bad magic number {magic:#x}, not a GNU .mo file")
    _rev, n, orig_off, trans_off = struct.unpack(endian + "4I", data[4:20])
    if orig_off + 8 * n > len(data) or trans_off + 8 * n > len(data):
        raise MoFormatError(f"{path}: string tables point past the end of the file")
    orig_tab = struct.unpack_from(f"{endian}{2 * n}I", data, orig_off)
    trans_tab = struct.unpack_from(f"{endian}{2 * n}I", data, trans_off)

    raw: list[tuple[bytes, bytes]] = []
    charset = "utf-8"
    for i in range(n):
        olen, ooff = orig_tab[2 * i], orig_tab[2 * i + 1]
        tlen, toff = trans_tab[2 * i], trans_tab[2 * i + 1]
        if ooff + olen > len(data) or toff + tlen > len(data):
            raise MoFormatError(f"{path}: entry {i} points past the end of the file")
        msgid, msgstr = data[ooff:ooff + olen], data[toff:toff + tlen]
        if msgid == b"":
            charset = _header_charset(msgstr)
            continue
        raw.append((msgid, msgstr))

    try:
        "".encode(charset)
    except LookupError:
        charset = "utf-8"
    entries = []
    for msgid_b, msgstr_b in raw:
        msgid = msgid_b.decode(charset, "replace")
        msgstr = msgstr_b.decode(charset, "replace")
        context = None
        if "\x04" in msgid:
            context, msgid = msgid.split("\x04", 1)
        is_plural = "\x00" in msgid
        msgid = msgid.split("\x00", 1)[0]
        msgstr = msgstr.split("\x00", 1)[0]
        entries.append(MoEntry(msgid, msgstr, context, is_plural))
    return entries


def _underscore_mnemonic(text: str) -> re.Match | None:
    """The single GTK mnemonic candidate of ``text``, or None if there is not exactly one."""
    if "__" in text:  # "__" is GTK's escaped literal underscore / a dunder identifier
        return None
    found = list(_UNDERSCORE_MNEMONIC_RE.finditer(text))
    return found[0] if len(found) == 1 else None


def _word_around(text: str, i: int) -> str:
    start, end = i, i + 1
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return text[start:end]


def strip_accelerators(src: str, tgt: str) -> tuple[str, str]:
    """Remove keyboard mnemonic markers from a source/translation pair.

    ``_Open`` -> ``Open``, ``C_onnect`` -> ``Connect``, ``Save &As`` -> ``Save As``,
    ``文件(_F)`` -> ``文件``. The pair is needed to tell a mid-word GTK mnemonic (``E_xit`` /
    ``_Beenden``) from an identifier (``job_spec`` / ``Jobbezeichnung``, ``service_browser``
    kept verbatim in the translation): a mid-word ``_`` is a mnemonic only if the other side has
    a mnemonic too and does not contain the same underscored word. A word-initial ``_`` (``_OK``,
    ``Save _As``) is a mnemonic on its own: identifiers rarely start with a single underscore.
    """
    src, tgt = _CJK_MNEMONIC_RE.sub("", src), _CJK_MNEMONIC_RE.sub("", tgt)
    m_src, m_tgt = _underscore_mnemonic(src), _underscore_mnemonic(tgt)

    def is_mnemonic(text: str, m: re.Match | None, other: str, m_other: re.Match | None) -> bool:
        if m is None:
            return False
        i = m.start()
        if i == 0 or text[i - 1].isspace() or text[i - 1] in _OPENING:
            return True  # word-initial: "_OK", "Save _As", "„_Ja“"
        # Mid-word ("C_onnect", "Farb_name"): a UI label (first letter upper case) whose other
        # side has a mnemonic too, and not an identifier: identifiers recur in the translation
        # (krb5_context / Krb5_context), hold digits, have an all-caps part (KP_End, G_LIST), or
        # are snake_case inside running text.
        word = _word_around(text, i)
        head, _, tail = word.partition("_")
        first_letter = _LETTER_RE.search(text)
        return (
            m_other is not None
            and first_letter is not None
            and first_letter.group().isupper()
            and word.lower() not in other.lower()
            and not any(ch.isdigit() for ch in word)
            and not (len(head) >= 2 and head.isupper())
            and not (len(tail) >= 2 and tail.isupper())
            # snake_case (ai_socktype, slave_file) passes the tests above; UI labels are short
            and not (len(head) >= 2 and head.islower() and len(tail) >= 2 and tail.islower()
                     and len(text.split()) > 4)
        )

    strip_src = is_mnemonic(src, m_src, tgt, m_tgt)
    strip_tgt = is_mnemonic(tgt, m_tgt, src, m_src)
    if strip_src:
        src = src[: m_src.start()] + src[m_src.end():]
    if strip_tgt:
        tgt = tgt[: m_tgt.start()] + tgt[m_tgt.end():]

    def strip_amp(text: str) -> str:
        if len(_AMP_MNEMONIC_RE.findall(text)) == 1:
            return _AMP_MNEMONIC_RE.sub("", text).replace("&&", "&")
        return text

    return strip_amp(src), strip_amp(tgt)


def normalise_whitespace(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


def clean_pair(msgid: str, msgstr: str) -> tuple[str, str]:
    """Accelerators stripped, one line per segment (every whitespace run -> one space)."""
    src, tgt = strip_accelerators(msgid, msgstr)
    return normalise_whitespace(src), normalise_whitespace(tgt)


def content_letters(text: str) -> int:
    """Letters left once format directives and markup are removed."""
    return len(_LETTER_RE.findall(_MARKUP_RE.sub(" ", _FORMAT_RE.sub(" ", text))))


def keep_pair(src: str, tgt: str, max_chars: int = 500) -> bool:
    """Filter for cleaned pairs. The source needs two letters of real text (a lone "%s: %s",
    "<b>%s</b>", "->" or "X" teaches nothing); the target one (CJK words are one character)."""
    if not src or not tgt or src == tgt:
        return False
    if len(src) > max_chars or len(tgt) > max_chars:
        return False
    return content_letters(src) >= 2 and content_letters(tgt) >= 1


def split_of(src: str, valid_per_mille: int, test_per_mille: int) -> str:
    bucket = int(hashlib.sha1(src.encode("utf-8")).hexdigest()[:8], 16) % 1000
    if bucket < valid_per_mille:
        return "valid"
    if bucket < valid_per_mille + test_per_mille:
        return "test"
    return "train"


@dataclass
class CorpusStats:
    catalogs: int = 0
    catalogs_unreadable: list[str] = field(default_factory=list)
    entries: int = 0
    filtered: int = 0
    pairs: int = 0
    conflicting_sources: int = 0
    split_sizes: dict[str, int] = field(default_factory=dict)


def catalog_paths(locale_dir: str | Path, lang: str, include_variants: bool = False) -> list[Path]:
    """``<locale_dir>/<lang>/LC_MESSAGES/*.mo``, plus ``<lang>_*`` / ``<lang>@*`` directories
    (de_CH, de@hebrew) when ``include_variants``. Sorted so ties resolve reproducibly."""
    root = Path(locale_dir)
    dirs = [root / lang]
    if include_variants:
        dirs += sorted(p for p in root.glob(f"{lang}[_@]*") if p.is_dir())
    paths: list[Path] = []
    for d in dirs:
        paths += sorted((d / "LC_MESSAGES").glob("*.mo"))
    return paths


def collect_pairs(
    paths: Sequence[Path], max_chars: int = 500, stats: CorpusStats | None = None
) -> list[tuple[str, str]]:
    """Read, clean, filter and dedupe (by source) the pairs of the given catalogs."""
    stats = stats if stats is not None else CorpusStats()
    # per source: Counter of translations, and the first-seen order to break ties
    translations: dict[str, Counter] = {}
    first_seen: dict[tuple[str, str], int] = {}
    order = 0
    for path in paths:
        try:
            entries = read_mo(path)
        except (OSError, MoFormatError) as e:
            stats.catalogs_unreadable.append(f"{path}: {e}")
            continue
        stats.catalogs += 1
        for entry in entries:
            stats.entries += 1
            src, tgt = clean_pair(entry.msgid, entry.msgstr)
            if not keep_pair(src, tgt, max_chars):
                stats.filtered += 1
                continue
            translations.setdefault(src, Counter())[tgt] += 1
            if (src, tgt) not in first_seen:
                first_seen[(src, tgt)] = order
                order += 1
    pairs = []
    for src, counter in translations.items():
        if len(counter) > 1:
            stats.conflicting_sources += 1
        tgt = min(counter, key=lambda t: (-counter[t], first_seen[(src, t)]))
        pairs.append((src, tgt))
    stats.pairs = len(pairs)
    return pairs


def split_pairs(
    pairs: Iterable[tuple[str, str]], valid_per_mille: int, test_per_mille: int
) -> dict[str, list[tuple[str, str]]]:
    splits: dict[str, list[tuple[str, str]]] = {"train": [], "valid": [], "test": []}
    for src, tgt in pairs:
        splits[split_of(src, valid_per_mille, test_per_mille)].append((src, tgt))
    for name in splits:
        splits[name].sort(key=lambda p: hashlib.sha1(p[0].encode("utf-8")).hexdigest())
    return splits


class TooFewPairsError(RuntimeError):
    pass


def build_corpus(
    out_dir: str | Path,
    lang: str = "de",
    locale_dir: str | Path = "/usr/share/locale",
    min_pairs: int = 5000,
    valid_per_mille: int = 25,
    test_per_mille: int = 25,
    max_chars: int = 500,
    include_variants: bool = False,
    src_lang: str = "en",
) -> CorpusStats:
    """Write ``{train,valid,test}.{en,<lang>}`` into ``out_dir``; return counts.

    Raises TooFewPairsError (before writing anything) if fewer than ``min_pairs`` pairs survive.
    """
    if not (valid_per_mille >= 0 and test_per_mille >= 0 and valid_per_mille + test_per_mille < 1000):
        raise ValueError("--valid-per-mille and --test-per-mille must be >= 0 and sum to < 1000")
    paths = catalog_paths(locale_dir, lang, include_variants)
    stats = CorpusStats()
    pairs = collect_pairs(paths, max_chars, stats)
    if stats.pairs < min_pairs:
        where = Path(locale_dir) / lang / "LC_MESSAGES"
        raise TooFewPairsError(
            f"only {stats.pairs} usable en-{lang} pairs from {stats.catalogs} catalogs in {where} "
            f"(need --min-pairs {min_pairs}). Pick a --lang with more installed translations "
            f"(compare `ls {locale_dir}/*/LC_MESSAGES | wc -l` per language), point --locale-dir "
            f"at a fuller locale tree, add --include-variants, or lower --min-pairs."
        )
    splits = split_pairs(pairs, valid_per_mille, test_per_mille)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, items in splits.items():
        stats.split_sizes[name] = len(items)
        with open(out / f"{name}.{src_lang}", "w", encoding="utf-8") as fs, open(
            out / f"{name}.{lang}", "w", encoding="utf-8"
        ) as ft:
            for src, tgt in items:
                fs.write(src + "\n")
                ft.write(tgt + "\n")
    return stats


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description="English-to-X parallel corpus from installed gettext .mo catalogs "
        "(split rule: sha1(source) bucket mod 1000; see module docstring)."
    )
    p.add_argument("out_dir", help="directory for {train,valid,test}.{en,LANG}")
    p.add_argument("--lang", default="de", help="target language directory name (default: de)")
    p.add_argument("--locale-dir", default="/usr/share/locale")
    p.add_argument("--min-pairs", type=int, default=5000, help="refuse below this many pairs")
    p.add_argument("--valid-per-mille", type=int, default=25)
    p.add_argument("--test-per-mille", type=int, default=25)
    p.add_argument("--max-chars", type=int, default=500, help="drop longer segments")
    p.add_argument("--include-variants", action="store_true",
                   help="also read LANG_* and LANG@* directories (e.g. de_CH)")
    args = p.parse_args(argv)
    if not (Path(args.locale_dir) / args.lang / "LC_MESSAGES").is_dir():
        print(f"error: no {args.locale_dir}/{args.lang}/LC_MESSAGES directory: check --lang "
              f"{args.lang!r} and --locale-dir {args.locale_dir!r}", file=sys.stderr)
        return 2
    try:
        stats = build_corpus(
            args.out_dir, args.lang, args.locale_dir, args.min_pairs, args.valid_per_mille,
            args.test_per_mille, args.max_chars, args.include_variants,
        )
    except TooFewPairsError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for bad in stats.catalogs_unreadable:
        print(f"warning: skipped unreadable catalog {bad}", file=sys.stderr)
    sizes = ", ".join(f"{k} {v}" for k, v in stats.split_sizes.items())
    print(
        f"gettext corpus en-{args.lang}: {stats.pairs} pairs from {stats.catalogs} catalogs "
        f"({stats.entries} entries read, {stats.filtered} filtered, "
        f"{stats.conflicting_sources} sources with several translations resolved); "
        f"{sizes}; written to {args.out_dir}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
