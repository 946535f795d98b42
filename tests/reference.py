"""An independent reference for frozen-weight PS-KD runs: targets built densely from a checkpoint."""

import math

import pytest
import torch
from fairseq import checkpoint_utils

from fairseq_pskd.compat import apply_fixes  # the package registers pskd, so its checkpoints load

from conftest import MODEL_ARGS, USER_DIR, fairseq

ALPHA_T, K, EPS, EPOCHS = 0.8, 4, 0.1, 3


def frozen_pskd_args(data_bin, pretrained, save_dir):
    """PS-KD started from a sharp model with a vanishing learning rate and no dropout, so the
    weights of every epoch equal the epoch-1 checkpoint's and targets can be recomputed from it."""
    return [
        data_bin, *MODEL_ARGS, "--user-dir", USER_DIR,
        "--criterion", "pskd", "--pskd-alpha", ALPHA_T, "--pskd-topk", K, "--label-smoothing", EPS,
        "--restore-file", pretrained, "--reset-optimizer", "--reset-dataloader",
        "--reset-meters", "--reset-lr-scheduler",
        "--optimizer", "adam", "--lr", "1e-12", "--dropout", "0", "--max-tokens", "800",
        "--max-epoch", EPOCHS, "--save-dir", save_dir,
    ]


@pytest.fixture(scope="session")
def pskd_run(data_bin, pretrained, tmp_path_factory):
    save = tmp_path_factory.mktemp("pskd")
    return save, fairseq("fairseq-train", *frozen_pskd_args(data_bin, pretrained, save)).stdout


def _load(checkpoint, data_bin):
    apply_fixes(["trust-checkpoints"])  # fairseq's loader reads fairseq checkpoints on torch >= 2.6
    models, _, task = checkpoint_utils.load_model_ensemble_and_task(
        [str(checkpoint)], arg_overrides={"data": str(data_bin)}
    )
    return models[0].eval(), task


def reference_losses(checkpoint, data_bin, alpha, prefix=0, residual="uniform", teachers=(), k=K,
                     eos_scale=0.0):
    """Epoch loss (base 2, per token) of a fixed model against targets built densely here:
    (1 - alpha) * label-smoothed one-hot + alpha * (own top-K prediction, rest spread uniformly,
    or with residual="model" in proportion to the model's own probabilities off the K ids),
    over the target tokens after the first `prefix` (--ignore-prefix-size), divided like fairseq
    by all target tokens. With `teachers` (checkpoints), the top-K is the teachers' mean
    probability instead of the model's own (word-level KD from a stored teacher). Where the gold
    token is not EOS and EOS is among the top-K, p~'s EOS probability is scaled by eos_scale (the
    flag's default 0 drops it) and p~ renormalized."""
    model, task = _load(checkpoint, data_bin)
    teacher_models = [_load(t, data_bin)[0] for t in teachers]
    task.load_dataset("train")
    ds = task.dataset("train")
    pad = task.target_dictionary.pad()
    totals = {"pskd": 0.0, "ls": 0.0, "kl": 0.0}
    ntokens = kl_tokens = 0
    with torch.no_grad():
        for start in range(0, len(ds), 100):
            sample = ds.collater([ds[i] for i in range(start, min(start + 100, len(ds)))])
            lprobs = model.get_normalized_probs(model(**sample["net_input"]), log_probs=True)
            ntokens += int(sample["target"].ne(pad).sum())
            lprobs = lprobs[:, prefix:].double().reshape(-1, lprobs.size(-1))
            target = sample["target"][:, prefix:].reshape(-1)
            keep = target.ne(pad)
            lprobs, target = lprobs[keep], target[keep]
            teacher_p = lprobs.exp()
            if teacher_models:
                teacher_p = torch.stack([
                    t.get_normalized_probs(t(**sample["net_input"]), log_probs=True)[:, prefix:]
                    .double().reshape(-1, lprobs.size(-1))[keep].exp() for t in teacher_models
                ]).mean(0)
            vocab = lprobs.size(-1)
            y = torch.full_like(lprobs, EPS / (vocab - 1))
            y.scatter_(1, target[:, None], 1 - EPS)
            top_p, top_i = teacher_p.topk(k, -1)
            top_p = top_p.float().half().double()  # as stored on disk
            rest = (1 - top_p.sum(-1, keepdim=True)).clamp_min(0)
            if residual == "model":  # the weights never change: the current model is this one
                own = lprobs.exp().scatter(1, top_i, 0.0)
                ptilde = rest * own / own.sum(-1, keepdim=True)
            else:
                ptilde = (rest / (vocab - k)).expand_as(lprobs).clone()
            ptilde.scatter_(1, top_i, top_p)
            if eos_scale != 1.0:
                eos = task.target_dictionary.eos()
                scaled = top_i.eq(eos).any(-1) & target.ne(eos)
                e = ptilde[scaled, eos]
                ptilde[scaled, eos] = e * eos_scale
                ptilde[scaled] /= (1 - (1 - eos_scale) * e).unsqueeze(-1)
            q = (1 - alpha) * y + alpha * ptilde
            totals["pskd"] += float(-(q * lprobs).sum())
            totals["ls"] += float(-(y * lprobs).sum())
            # 0 log 0 = 0: an EOS scaled to nothing
            totals["kl"] += float(torch.where(ptilde > 0, ptilde * (ptilde.log() - lprobs), 0.0).sum())
            kl_tokens += int(keep.sum())
    totals["kl"] *= ntokens / kl_tokens  # fairseq's pskd_kl is per token that has a prior
    return {k: v / ntokens / math.log(2) for k, v in totals.items()}


