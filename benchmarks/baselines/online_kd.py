"""Word-level knowledge distillation with the teacher run at every student step: what a fairseq
user writes when there is no stored teacher (this fairseq ships no KD criterion). Kept only
so that bench_teacher.py can time the stored teacher against it; not a plugin criterion.

The target is (1 - alpha) * y_ls + alpha * p_teacher over the whole vocabulary: the label-smoothed
loss weighted by 1 - alpha plus alpha times the cross-entropy towards the teacher's distribution
(the mean of an ensemble's probabilities), computed from one forward of every teacher under
no_grad, in eval mode, on the student's batch.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
from fairseq.criterions.label_smoothed_cross_entropy import LabelSmoothedCrossEntropyCriterion


class OnlineKD(LabelSmoothedCrossEntropyCriterion):
    def __init__(self, task, label_smoothing: float, teachers: Sequence[torch.nn.Module], alpha: float):
        super().__init__(task, sentence_avg=False, label_smoothing=label_smoothing)
        self.teachers = list(teachers)
        for t in self.teachers:
            t.eval()
        self.alpha = alpha

    @torch.no_grad()
    def teacher_probs(self, sample) -> torch.Tensor:
        """[N, V] mean of the teachers' probabilities at the student's target positions."""
        probs = None
        for t in self.teachers:
            p = t.get_normalized_probs(t(**sample["net_input"]), log_probs=False)
            probs = p if probs is None else probs.add_(p)
        return probs.div_(len(self.teachers)).view(-1, probs.size(-1))

    def forward(self, model, sample, reduce=True):
        net_output = model(**sample["net_input"])
        ls_loss, nll_loss = self.compute_loss(model, net_output, sample, reduce=True)
        lprobs = model.get_normalized_probs(net_output, log_probs=True).view(-1, net_output[0].size(-1))
        target = sample["target"].view(-1)
        keep = target.ne(self.padding_idx).unsqueeze(-1)
        kd_loss = -(self.teacher_probs(sample) * lprobs).masked_fill(~keep, 0.0).sum()
        loss = (1.0 - self.alpha) * ls_loss + self.alpha * kd_loss
        ntokens = sample["ntokens"]
        logging_output = {"loss": loss.data, "nll_loss": nll_loss.data, "ntokens": ntokens,
                          "nsentences": sample["target"].size(0), "sample_size": ntokens}
        return loss, ntokens, logging_output
