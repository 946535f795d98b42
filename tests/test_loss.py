"""The sparse PS-KD loss against an explicit dense target, and against fairseq's label smoothing."""

import pytest
import torch
from fairseq.criterions.label_smoothed_cross_entropy import label_smoothed_nll_loss
from fairseq.criterions.label_smoothed_cross_entropy_with_rdrop import compute_kl_loss

from fairseq_pskd.criterion import Prior, pskd_loss, rdrop_kl

PAD = 1


def _batch(n=23, vocab=17, seed=0):
    g = torch.Generator().manual_seed(seed)
    logits = torch.randn(n, vocab, generator=g, dtype=torch.float64) * 3
    target = torch.randint(2, vocab, (n,), generator=g)
    target[[4, 11, 22]] = PAD
    return logits, target


def _prior(lprobs_like, target, k, seed=1, every=2):
    """A stored top-k taken from some other distribution, for every `every`-th non-pad token."""
    g = torch.Generator().manual_seed(seed)
    other = torch.softmax(torch.randn(lprobs_like.shape, generator=g, dtype=torch.float64) * 2, -1)
    rows = torch.nonzero(target.ne(PAD)).squeeze(1)[::every]
    probs, ids = other[rows].topk(k, dim=-1)
    # stored probabilities are float16 on disk; the loss sees them as float32
    return Prior(rows, ids, probs.to(torch.float16).to(lprobs_like.dtype))


def _dense_target(vocab, target, epsilon, alpha, prior, residual, lprobs=None, eos=None, eos_scale=1.0):
    n = target.numel()
    y = torch.full((n, vocab), epsilon / (vocab - 1), dtype=torch.float64)
    y.scatter_(1, target[:, None], 1.0 - epsilon)
    q = y.clone()
    if prior is not None:
        k = prior.ids.size(1)
        p = prior.probs.double()
        mass = p.sum(-1, keepdim=True)
        ptilde = torch.zeros(len(prior.index), vocab, dtype=torch.float64)
        if residual == "uniform" and k < vocab:
            ptilde += (1 - mass).clamp_min(0) / (vocab - k)
            ptilde.scatter_(1, prior.ids, p)
        elif residual == "model" and k < vocab:
            # the residual follows the current model's (detached) probabilities off the K ids
            own = lprobs[prior.index].detach().double().exp().scatter(1, prior.ids, 0.0)
            ptilde += (1 - mass).clamp_min(0) * own / own.sum(-1, keepdim=True)
            ptilde.scatter_(1, prior.ids, p)
        else:
            ptilde.scatter_(1, prior.ids, p / mass)
        if eos is not None:
            # where the gold token goes on and EOS was stored: its probability scaled, p~ renormalized
            scaled = prior.ids.eq(eos).any(-1) & target[prior.index].ne(eos)
            e = ptilde[scaled, eos]
            ptilde[scaled, eos] = e * eos_scale
            ptilde[scaled] /= (1 - (1 - eos_scale) * e).unsqueeze(-1)
        q[prior.index] = (1 - alpha) * y[prior.index] + alpha * ptilde
    return q


def _dense_loss(logits, target, epsilon, alpha, prior, residual, eos=None, eos_scale=1.0):
    lprobs = torch.log_softmax(logits, -1)
    q = _dense_target(logits.size(-1), target, epsilon, alpha, prior, residual, lprobs, eos, eos_scale)
    per_token = -(q * lprobs).sum(-1)
    return per_token[target.ne(PAD)].sum()


@pytest.mark.parametrize("k", [1, 5, 17])
@pytest.mark.parametrize("residual", ["uniform", "renorm", "model"])
@pytest.mark.parametrize("epsilon", [0.0, 0.1])
def test_sparse_loss_and_gradients_equal_dense_reference(k, residual, epsilon):
    logits, target = _batch()
    prior = _prior(logits, target, k)
    alpha = 0.6

    a = logits.clone().requires_grad_()
    loss, nll, stats = pskd_loss(torch.log_softmax(a, -1), target, epsilon, alpha, prior, residual, PAD)
    loss.backward()

    b = logits.clone().requires_grad_()
    ref = _dense_loss(b, target, epsilon, alpha, prior, residual)
    ref.backward()

    assert torch.allclose(loss, ref, rtol=1e-10, atol=1e-10)
    assert torch.allclose(a.grad, b.grad, rtol=1e-9, atol=1e-10)
    assert stats.tokens == len(prior.index)
    gold_nll = -torch.log_softmax(logits, -1).gather(1, target[:, None]).squeeze(1)
    assert torch.allclose(nll, gold_nll[target.ne(PAD)].sum())


EOS = 2


@pytest.mark.parametrize("k", [5, 17])
@pytest.mark.parametrize("residual", ["uniform", "renorm", "model"])
@pytest.mark.parametrize("eos_scale", [0.0, 0.5])
def test_eos_scaled_where_gold_goes_on_equals_dense_reference(k, residual, eos_scale):
    logits, target = _batch()
    target[[0, 5, 9]] = EOS  # rows where the stored EOS is kept
    prior = _prior(logits, target, k)
    ids = prior.ids.clone()
    absent = ~ids.eq(EOS).any(-1)
    ids[absent.nonzero().squeeze(1)[::2], -1] = EOS  # stored EOS in most rows, never twice
    prior = prior._replace(ids=ids)
    gold_goes_on = target[prior.index].ne(EOS)
    assert (prior.ids.eq(EOS).any(-1) & gold_goes_on).sum() >= 3  # rows the rule changes
    assert (prior.ids.eq(EOS).any(-1) & ~gold_goes_on).sum() >= 1  # and rows it must not

    a = logits.clone().requires_grad_()
    loss, _, stats = pskd_loss(torch.log_softmax(a, -1), target, 0.1, 0.6, prior, residual, PAD,
                               eos=EOS, eos_scale=eos_scale)
    loss.backward()
    b = logits.clone().requires_grad_()
    ref = _dense_loss(b, target, 0.1, 0.6, prior, residual, EOS, eos_scale)
    ref.backward()
    assert torch.allclose(loss, ref, rtol=1e-10, atol=1e-10)
    assert torch.allclose(a.grad, b.grad, rtol=1e-9, atol=1e-10)
    plain = _dense_loss(logits, target, 0.1, 0.6, prior, residual)
    assert abs(float(plain - ref.detach())) > 1e-3  # the rule changed the target
    lprobs = torch.log_softmax(logits, -1)
    p = _dense_target(logits.size(-1), target, 0.0, 1.0, prior, residual, lprobs, EOS, eos_scale)[prior.index]
    assert torch.allclose(p.sum(-1), torch.ones(len(prior.index), dtype=p.dtype))
    kl = torch.where(p > 0, p * (p.log() - lprobs[prior.index]), 0.0).sum()
    assert stats.kl == pytest.approx(float(kl), rel=1e-6)
    # pskd_coverage reports what the stored top-k kept of the prediction, before the EOS scale
    assert stats.mass == pytest.approx(float(prior.probs.double().sum(-1).clamp_max(1.0).sum()), rel=1e-6)


@pytest.mark.parametrize("residual", ["uniform", "renorm", "model"])
def test_logged_kl_is_kl_of_stored_against_current(residual):
    logits, target = _batch()
    prior = _prior(logits, target, 5)
    lprobs = torch.log_softmax(logits, -1)
    _, _, stats = pskd_loss(lprobs, target, 0.1, 0.5, prior, residual, PAD)
    # dense: p~ with that residual
    p = _dense_target(logits.size(-1), target, 0.0, 1.0, prior, residual, lprobs)[prior.index]
    kl = torch.where(p > 0, p * (p.log() - lprobs[prior.index]), 0.0).sum()
    assert stats.kl == pytest.approx(float(kl), rel=1e-6)
    assert stats.mass == pytest.approx(float(prior.probs.sum()), rel=1e-6)


@pytest.mark.parametrize("epsilon", [0.0, 0.1])
@pytest.mark.parametrize("case", ["alpha0", "no_prior"])
def test_without_distillation_it_is_label_smoothing_bit_for_bit(epsilon, case):
    logits, target = _batch(seed=3)
    logits = logits.float()
    alpha, prior = (0.0, _prior(logits, target, 5)) if case == "alpha0" else (0.7, None)

    a = logits.clone().requires_grad_()
    loss, nll, _ = pskd_loss(torch.log_softmax(a, -1), target, epsilon, alpha, prior, "uniform", PAD)
    loss.backward()

    b = logits.clone().requires_grad_()
    ref, ref_nll = label_smoothed_nll_loss(torch.log_softmax(b, -1), target, epsilon, ignore_index=PAD)
    ref.backward()

    assert torch.equal(loss, ref) and torch.equal(nll, ref_nll)
    assert torch.equal(a.grad, b.grad)


def test_full_vocabulary_prior_equal_to_current_prediction_gives_zero_kl():
    logits, target = _batch()
    lprobs = torch.log_softmax(logits, -1)
    rows = torch.nonzero(target.ne(PAD)).squeeze(1)
    probs, ids = lprobs[rows].exp().topk(logits.size(-1), -1)
    _, _, stats = pskd_loss(lprobs, target, 0.0, 1.0, Prior(rows, ids, probs), "uniform", PAD)
    assert abs(stats.kl) < 1e-9
    assert stats.mass == pytest.approx(len(rows))


def test_stored_rows_whose_float16_mass_exceeds_one_are_scaled_to_one():
    # float16 top-k probabilities can sum a little above 1; the target must still sum to 1
    logits, target = _batch()
    lprobs = torch.log_softmax(logits, -1)
    prior = _prior(lprobs, target, k=5)
    over = Prior(prior.index, prior.ids, prior.probs / prior.probs.sum(-1, keepdim=True) * 1.003)
    scaled = Prior(prior.index, prior.ids, over.probs / over.probs.sum(-1, keepdim=True))
    for residual in ("uniform", "renorm", "model"):
        got, _, _ = pskd_loss(lprobs, target, 0.1, 0.5, over, residual, ignore_index=PAD)
        want = _dense_loss(logits, target, 0.1, 0.5, scaled, residual)
        assert float(got) == pytest.approx(float(want), rel=1e-9)


def test_alpha_follows_whichever_bound_ends_the_run():
    from fairseq_pskd.schedule import AlphaSchedule

    both = AlphaSchedule.from_config(0.8, None, max_epoch=10, max_update=1000)
    assert both.kind == "epoch+update"
    assert both.alpha(epoch=2, num_updates=100) == pytest.approx(0.8 * 0.2)  # epochs lead
    assert both.alpha(epoch=2, num_updates=600) == pytest.approx(0.8 * 0.6)  # updates lead
    assert both.alpha(epoch=3, num_updates=1000) == pytest.approx(0.8)  # the run ends here
    assert AlphaSchedule.from_config(0.8, None, 10, 0).kind == "epoch"
    assert AlphaSchedule.from_config(0.8, None, 0, 1000).kind == "update"


@pytest.mark.parametrize("with_prior", [True, False])
def test_reduce_false_gives_each_tokens_loss_as_label_smoothing_does(with_prior):
    logits, target = _batch()
    lprobs = torch.log_softmax(logits, -1)
    prior = _prior(lprobs, target, 5) if with_prior else None
    loss, nll, _ = pskd_loss(lprobs, target, 0.1, 0.6, prior, ignore_index=PAD, reduce=False)
    total, total_nll, _ = pskd_loss(lprobs, target, 0.1, 0.6, prior, ignore_index=PAD)
    ls, ls_nll = label_smoothed_nll_loss(lprobs, target, 0.1, ignore_index=PAD, reduce=False)
    assert loss.shape == nll.shape == ls.shape == (len(target), 1)
    assert torch.allclose(loss.sum(), total) and torch.allclose(nll.sum(), total_nll)
    assert (loss[target.eq(PAD)] == 0).all() and torch.equal(nll, ls_nll)
    q = _dense_target(logits.size(-1), target, 0.1, 0.6, prior, "uniform")
    dense = -(q * lprobs).sum(-1, keepdim=True).masked_fill(target.eq(PAD)[:, None], 0)
    assert torch.allclose(loss, dense)


class _CountOps(torch.utils._python_dispatch.TorchDispatchMode):
    """Counts the aten ops (kernels, on a GPU) a region launches."""

    def __init__(self):
        super().__init__()
        self.ops: list[str] = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.ops.append(str(func.overloadpacket))
        return func(*args, **(kwargs or {}))


def _ops(loss_fn, lprobs) -> list[str]:
    lprobs = lprobs.detach().requires_grad_()
    counter = _CountOps()
    with counter:
        loss_fn(lprobs).backward()
    return counter.ops


@pytest.mark.parametrize("residual", ["uniform", "renorm", "model"])
def test_the_loss_launches_at_most_twice_label_smoothings_ops_and_no_sync(residual):
    """The training thread's share of the loss, forward and backward: the prior's coefficients
    were computed where it was read (targets.refine), so what is left is a few gathers and sums."""
    from fairseq_pskd.targets import refine

    logits, target = _batch(n=40, vocab=50)
    lprobs = torch.log_softmax(logits.float(), -1)
    targets = refine(_prior(lprobs, target, 8), target, PAD, 50, 0.1, residual)
    ls = _ops(lambda lp: label_smoothed_nll_loss(lp, target, 0.1, ignore_index=PAD)[0], lprobs)
    ours = _ops(lambda lp: pskd_loss(lp, target, 0.1, 0.5, targets, ignore_index=PAD)[0], lprobs)
    # 'model' also takes the expectation of lp under the model's own distribution, with its
    # gradient, and the tail's KL: more kernels, still a small multiple (the 2x is for the
    # K-only residuals, the default among them)
    assert len(ours) <= (3 if residual == "model" else 2) * len(ls), (len(ours), len(ls), ours)
    # nothing that makes the host wait for the device: no .item(), no nonzero, no data-dependent shape
    assert not {"aten._local_scalar_dense", "aten.nonzero", "aten.masked_select"} & set(ours)


class _Normalizer:
    """What compute_kl_loss asks of a model: its normalized probabilities."""

    @staticmethod
    def get_normalized_probs(net_output, log_probs):
        return torch.log_softmax(net_output[0], -1) if log_probs else torch.softmax(net_output[0], -1)


def test_rdrop_term_and_its_gradient_equal_fairseqs_rdrop():
    logits, target = _batch()
    g = torch.Generator().manual_seed(3)
    second = logits + torch.randn(logits.shape, generator=g, dtype=logits.dtype)
    both = torch.cat([logits, second]).requires_grad_()
    ours = rdrop_kl(torch.log_softmax(both, -1), target, PAD)
    (g_ours,) = torch.autograd.grad(ours, both)
    both_ref = both.detach().clone().requires_grad_()
    theirs = compute_kl_loss(_Normalizer(), (both_ref,), target.unsqueeze(-1).eq(PAD))
    (g_theirs,) = torch.autograd.grad(theirs, both_ref)
    assert ours.item() > 0.1  # two different predictions
    torch.testing.assert_close(ours, theirs)
    torch.testing.assert_close(g_ours, g_theirs)
    per_token = rdrop_kl(torch.log_softmax(both, -1), target, PAD, reduce=False)
    assert per_token.shape == (target.numel(), 1) and per_token[target.eq(PAD)].abs().sum() == 0
    torch.testing.assert_close(per_token.sum(), ours)
