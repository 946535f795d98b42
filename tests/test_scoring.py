"""Hypothesis extraction from fairseq-generate output and sacreBLEU/chrF scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sacrebleu
import sentencepiece as spm

from pskd_tools.evaluation import data_bin, scoring
from pskd_tools.evaluation.bleu import score_generate_output

HYPS = [
    "The cat sat on the mat.",
    "A dog barked loudly at night.",
    "It's raining again, isn't it?",
    "Nothing happened.",
]
REFS = [
    "The cat sat on a mat.",
    "A dog barked loudly in the night.",
    "It is raining again, isn't it?",
    "Nothing at all happened.",
]


@pytest.fixture(scope="module")
def spm_model(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("spm")
    text = d / "text.txt"
    text.write_text("\n".join(HYPS + REFS) * 5 + "\n")
    spm.SentencePieceTrainer.train(input=str(text), model_prefix=str(d / "m"), vocab_size=60,
                                   hard_vocab_limit=False, minloglevel=2)
    return d / "m.model"


def _generate_output(
    path: Path, hyp_pieces: list[str], ref_pieces: list[str], skip: int | None = None
) -> Path:
    """A fairseq-generate stdout: log lines, ids in batch (length) order, nbest=2, P- lines."""
    order = sorted(range(len(hyp_pieces)), key=lambda i: len(hyp_pieces[i]))
    lines = ["2026-11-26 10:00:00 | INFO | fairseq_cli.generate | loading model(s) from ckpt.pt"]
    for i in order:
        if i == skip:
            continue
        lines += [f"S-{i}\tsource {i}", f"T-{i}\t{ref_pieces[i]}",
                  f"H-{i}\t-0.5{i}\t{hyp_pieces[i]}", f"D-{i}\t-0.5{i}\t{hyp_pieces[i]}",
                  f"P-{i}\t-0.1 -0.2",
                  f"H-{i}\t-9.9\tworse second hypothesis", f"D-{i}\t-9.9\tworse second hypothesis"]
    lines.append("2026-11-26 10:00:05 | INFO | fairseq_cli.generate | Generate test with beam=5: "
                 "BLEU4 = 10.00, 50.0/20.0/10.0/5.0 (BP=1.000, ratio=1.000, syslen=10, reflen=10)")
    path.write_text("\n".join(lines) + "\n")
    return path


def _pieces(model: Path, lines: list[str]) -> list[str]:
    sp = spm.SentencePieceProcessor(model_file=str(model))
    return [" ".join(p) for p in sp.encode(lines, out_type=str)]


def test_hypotheses_come_back_in_corpus_order_decoded_by_sentencepiece(spm_model, tmp_path):
    out = _generate_output(tmp_path / "gen.txt", _pieces(spm_model, HYPS), _pieces(spm_model, REFS))
    result, hyps = score_generate_output(out, REFS, spm_model, "en")
    assert hyps == HYPS  # best (first) hypothesis of each id, ids 0..n-1
    assert "BLEU4 = 10.00" in result["fairseq_summary"]


def test_scores_equal_sacrebleu_python_api_with_signatures(spm_model, tmp_path):
    out = _generate_output(tmp_path / "gen.txt", _pieces(spm_model, HYPS), _pieces(spm_model, REFS))
    result, _ = score_generate_output(out, REFS, spm_model, "en")
    bleu = sacrebleu.corpus_bleu(HYPS, [REFS])
    chrf = sacrebleu.corpus_chrf(HYPS, [REFS])
    assert result["bleu"] == pytest.approx(round(bleu.score, 2))
    assert result["chrf"] == pytest.approx(round(chrf.score, 2))
    assert 0 < result["bleu"] < 100
    assert result["bleu_signature"].startswith("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:")
    assert result["bleu_string"].startswith("BLEU|nrefs:1|")
    assert f"= {bleu.score:.2f}" in result["bleu_string"]
    assert result["chrf_string"].startswith("chrF2|nrefs:1|")


def test_missing_hypotheses_are_an_error_not_a_silent_shift(spm_model, tmp_path):
    out = _generate_output(tmp_path / "gen.txt", _pieces(spm_model, HYPS), _pieces(spm_model, REFS), skip=2)
    with pytest.raises(ValueError, match=r"lacks hypotheses for 1 of 4 sentences \(ids 2\)"):
        score_generate_output(out, REFS, spm_model, "en")


def test_without_a_reference_file_the_decoded_target_lines_are_used(spm_model, tmp_path):
    out = _generate_output(tmp_path / "gen.txt", _pieces(spm_model, HYPS), _pieces(spm_model, REFS))
    result, _ = score_generate_output(out, None, spm_model, "en")
    assert result["bleu"] == pytest.approx(round(sacrebleu.corpus_bleu(HYPS, [REFS]).score, 2))
    assert result["reference"] == "fairseq-generate T- lines"


def test_moses_data_reports_tokenized_bleu_and_detokenized_sacrebleu(tmp_path):
    from sacremoses import MosesDetokenizer, MosesTokenizer

    mt, md = MosesTokenizer("en"), MosesDetokenizer("en")
    tok_h = [mt.tokenize(h.lower(), return_str=True) for h in HYPS]
    tok_r = [mt.tokenize(r.lower(), return_str=True) for r in REFS]
    # word-level output (what --remove-bpe leaves in the D- lines)
    out = _generate_output(tmp_path / "gen.txt", tok_h, tok_r)
    result, hyps = score_generate_output(out, tok_r, None, "en", moses_lang="en")
    tok = sacrebleu.metrics.BLEU(tokenize="none", force=True).corpus_score(tok_h, [tok_r])
    detok_r = [md.detokenize(r.split()) for r in tok_r]
    assert hyps == [md.detokenize(h.split()) for h in tok_h]
    assert "isn't it?" in hyps[2]  # &apos; unescaped, punctuation re-attached
    assert result["tok_bleu"] == pytest.approx(round(tok.score, 2))
    assert "tok:none" in result["tok_bleu_signature"]
    assert result["bleu"] == pytest.approx(round(sacrebleu.corpus_bleu(hyps, [detok_r]).score, 2))


def test_post_process_is_detected_from_the_target_dictionary(tmp_path):
    (tmp_path / "dict.de.txt").write_text("\n".join(f"\u2581w{i} 5" for i in range(50)) + "\n")
    (tmp_path / "dict.en.txt").write_text("\n".join(f"w{i}@@ 5" for i in range(50)) + "\n")
    (tmp_path / "dict.xx.txt").write_text("\n".join(f"w{i} 5" for i in range(50)) + "\n")
    assert data_bin.detect_post_process(tmp_path, "de") == "sentencepiece"
    assert data_bin.detect_post_process(tmp_path, "en") == "subword_nmt"
    assert data_bin.detect_post_process(tmp_path, "xx") is None


@pytest.mark.slow
def test_cli_scores_a_real_checkpoint_and_writes_files_beside_it(pretrained, data_bin, tmp_path):
    raw_ref = data_bin.parent / "raw" / "test.tgt"  # the conftest corpus' plain test target
    ckpt = tmp_path / "ckpt.pt"
    ckpt.symlink_to(pretrained)
    rc = scoring.main([str(data_bin), "--path", str(ckpt), "--ref", str(raw_ref), "--beam", "2"])
    assert rc == 0
    result = json.loads((tmp_path / "ckpt.test.scores.json").read_text())
    hyps = (tmp_path / "ckpt.test.hyp.tgt").read_text().splitlines()
    refs = raw_ref.read_text().splitlines()
    assert len(hyps) == len(refs)
    assert result["bleu"] == pytest.approx(round(sacrebleu.corpus_bleu(hyps, [refs]).score, 2))
    assert result["bleu"] > 30  # word-level data: no post-processing glued the words together
    assert "--beam 2" in result["command"] and result["source_lang"] == "src"


@pytest.mark.slow
def test_cli_names_a_missing_reference_file(data_bin, pretrained, tmp_path, capsys):
    rc = scoring.main([str(data_bin), "--path", str(pretrained), "--ref", str(tmp_path / "none.txt")])
    assert rc == 2
    assert "--ref" in capsys.readouterr().err


def test_an_ensemble_path_names_its_missing_member_and_needs_out_json(tmp_path, capsys):
    a, b = tmp_path / "a.pt", tmp_path / "b.pt"
    a.write_bytes(b"x")
    assert scoring.main([str(tmp_path), "--path", f"{a}:{b}"]) == 2
    assert f"no such checkpoint file {b}" in capsys.readouterr().err
    b.write_bytes(b"x")
    assert scoring.main([str(tmp_path), "--path", f"{a}:{b}"]) == 2
    assert "an ensemble of 2 checkpoints: give --out-json" in capsys.readouterr().err
