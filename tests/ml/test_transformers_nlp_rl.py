"""Transformer, NLP and reinforcement-learning references checked against PyTorch, scikit-learn,
independent re-derivations and hand-worked examples.

Each reference solution is loaded from its problem folder and run in this process on seeded
inputs of several shapes. Tolerances are stated at each comparison. Problems with no library
equivalent (BPE, BM25, bandits, Q-learning) are checked on examples whose numbers are worked out
by hand in the comments, and on properties that must hold whatever the input.
"""

from __future__ import annotations

import math
import runpy
from collections import Counter
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
import torch
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

import mlinterview

ROOT = Path(mlinterview.__file__).parent / "content" / "ml"
F64 = torch.float64  # every torch tensor here is float64; the global default is left alone
TF = torch.nn.functional


def reference(slug: str, name: str):
    return runpy.run_path(str(ROOT / slug / "solution.py"))[name]


def t64(x):
    return torch.tensor(np.asarray(x), dtype=F64)


# ----------------------------------------------------------------------------------------------
# scaled-dot-product-attention
# ----------------------------------------------------------------------------------------------


def _right_padding(rng, B, Lk):
    lengths = rng.integers(1, Lk + 1, size=B)  # at least one real key per sequence
    return np.arange(Lk)[None, :] >= lengths[:, None]


@pytest.mark.parametrize(
    "B,Lq,Lk,dk,dv,causal,padded",
    [
        (1, 1, 1, 1, 1, False, False),
        (2, 4, 4, 8, 8, True, False),
        (3, 5, 9, 16, 4, False, True),
        (2, 7, 7, 32, 16, True, True),
        (4, 6, 10, 8, 8, True, True),
        (2, 10, 6, 8, 3, True, False),
        (2, 64, 64, 64, 64, True, True),
    ],
)
def test_attention_matches_torch_sdpa(B, Lq, Lk, dk, dv, causal, padded):
    sdpa = reference("scaled-dot-product-attention", "scaled_dot_product_attention")
    rng = np.random.default_rng(B * 100 + Lq * 10 + Lk)
    Q, K, V = rng.normal(size=(B, Lq, dk)), rng.normal(size=(B, Lk, dk)), rng.normal(size=(B, Lk, dv))
    pad = _right_padding(rng, B, Lk) if padded else None
    out, weights = sdpa(Q, K, V, causal, None if pad is None else pad.tolist())

    # torch's boolean attn_mask says True = may attend: the opposite polarity of a padding mask.
    allowed = np.ones((B, Lq, Lk), dtype=bool)
    if causal:
        allowed &= np.tril(np.ones((Lq, Lk), dtype=bool))
    if pad is not None:
        allowed &= ~pad[:, None, :]
    want = TF.scaled_dot_product_attention(t64(Q), t64(K), t64(V), attn_mask=torch.tensor(allowed))
    np.testing.assert_allclose(out, want.numpy(), rtol=1e-10, atol=1e-12)
    if causal and pad is None:
        # The contract's top-left alignment is exactly torch's is_causal, also when Lq != Lk.
        want_causal = TF.scaled_dot_product_attention(t64(Q), t64(K), t64(V), is_causal=True)
        np.testing.assert_allclose(out, want_causal.numpy(), rtol=1e-10, atol=1e-12)

    # Weights: the softmax of the masked, scaled scores, computed in torch.
    scores = t64(Q) @ t64(K).transpose(-1, -2) / math.sqrt(dk)
    want_w = torch.softmax(scores.masked_fill(~torch.tensor(allowed), float("-inf")), dim=-1)
    np.testing.assert_allclose(weights, want_w.numpy(), rtol=1e-10, atol=1e-12)
    assert np.all(weights[~allowed] == 0)
    np.testing.assert_allclose(weights.sum(axis=-1), 1.0, rtol=0, atol=1e-12)


def test_attention_large_logits_stay_finite_and_match_torch():
    sdpa = reference("scaled-dot-product-attention", "scaled_dot_product_attention")
    rng = np.random.default_rng(5)
    Q, K, V = 40 * rng.normal(size=(2, 6, 16)), 40 * rng.normal(size=(2, 6, 16)), rng.normal(size=(2, 6, 4))
    out, weights = sdpa(Q, K, V, True, None)
    assert np.isfinite(out).all() and np.isfinite(weights).all()
    want = TF.scaled_dot_product_attention(t64(Q), t64(K), t64(V), is_causal=True)
    np.testing.assert_allclose(out, want.numpy(), rtol=1e-9, atol=1e-12)


def test_attention_worked_example():
    # Statement example: Q = K = I (2x2), V = [[1, 2], [3, 4]]. Scores [[1, 0], [0, 1]] / sqrt 2;
    # softmax([0.7071, 0]) = [e^0.7071, 1] / (e^0.7071 + 1) = [2.0281, 1] / 3.0281
    # = [0.66976, 0.33024]; output row 0 = 0.66976 [1, 2] + 0.33024 [3, 4] = [1.66048, 2.66048].
    # Causal: query 0 sees key 0 only -> weight [1, 0], output [1, 2].
    sdpa = reference("scaled-dot-product-attention", "scaled_dot_product_attention")
    eye = np.eye(2)[None]
    V = np.array([[[1.0, 2.0], [3.0, 4.0]]])
    out, w = sdpa(eye, eye, V, False, None)
    a = math.exp(1 / math.sqrt(2)) / (math.exp(1 / math.sqrt(2)) + 1)
    np.testing.assert_allclose(w[0], [[a, 1 - a], [1 - a, a]], rtol=1e-12)
    np.testing.assert_allclose(out[0, 0], [a + 3 * (1 - a), 2 * a + 4 * (1 - a)], rtol=1e-12)
    out, w = sdpa(eye, eye, V, True, None)
    np.testing.assert_allclose(out[0, 0], [1.0, 2.0], rtol=1e-12)
    np.testing.assert_allclose(w[0, 0], [1.0, 0.0], rtol=0, atol=0)


# ----------------------------------------------------------------------------------------------
# multi-head-attention
# ----------------------------------------------------------------------------------------------


def _mha_weights(rng, E):
    Ws = [rng.normal(scale=E**-0.5, size=(E, E)) for _ in range(4)]
    bs = [0.1 * rng.normal(size=E) for _ in range(4)]
    return Ws, bs


def _torch_mha(E, H, Ws, bs):
    mha = torch.nn.MultiheadAttention(E, H, batch_first=True, dtype=F64)
    with torch.no_grad():
        mha.in_proj_weight.copy_(t64(np.concatenate(Ws[:3], axis=0)))
        mha.in_proj_bias.copy_(t64(np.concatenate(bs[:3])))
        mha.out_proj.weight.copy_(t64(Ws[3]))
        mha.out_proj.bias.copy_(t64(bs[3]))
    return mha.eval()


@pytest.mark.parametrize(
    "B,Lq,Lk,E,H,causal,self_attn",
    [
        (1, 1, 1, 4, 1, False, True),
        (2, 5, 5, 8, 2, True, True),
        (3, 4, 7, 12, 3, False, False),
        (2, 6, 3, 16, 4, True, False),
        (1, 6, 6, 8, 8, True, True),
        (2, 32, 32, 64, 8, False, True),
    ],
)
def test_mha_matches_torch_multihead_attention(B, Lq, Lk, E, H, causal, self_attn):
    mha_ref = reference("multi-head-attention", "multi_head_attention")
    rng = np.random.default_rng(E * 10 + H + Lq)
    Ws, bs = _mha_weights(rng, E)
    q = rng.normal(size=(B, Lq, E))
    k, v = (q, q) if self_attn else (rng.normal(size=(B, Lk, E)), rng.normal(size=(B, Lk, E)))
    ours = mha_ref(q, k, v, Ws[0], bs[0], Ws[1], bs[1], Ws[2], bs[2], Ws[3], bs[3], H, causal)
    mha = _torch_mha(E, H, Ws, bs)
    # nn.MultiheadAttention's boolean attn_mask says True = NOT allowed.
    mask = torch.tensor(~np.tril(np.ones((Lq, Lk), dtype=bool))) if causal else None
    with torch.no_grad():
        want, _ = mha(t64(q), t64(k), t64(v), attn_mask=mask, need_weights=False)
    np.testing.assert_allclose(ours, want.numpy(), rtol=1e-10, atol=1e-12)


def test_mha_worked_example():
    # Statement: E = 2, H = 2, identity weights, x = [[1, 2], [3, 4]]. Head 0 (feature 0):
    # scores [[1, 3], [3, 9]] (d = 1, no scaling); row 0 softmax = [1, e^2] / (1 + e^2), output
    # (1 + 3 e^2) / (1 + e^2) = 2.76159. Head 1 (feature 1): scores [[4, 8], [8, 16]]; row 0
    # output (2 + 4 e^4) / (1 + e^4) = 3.96403.
    mha_ref = reference("multi-head-attention", "multi_head_attention")
    x = np.array([[[1.0, 2.0], [3.0, 4.0]]])
    eye, zero = np.eye(2), np.zeros(2)
    out = mha_ref(x, x, x, eye, zero, eye, zero, eye, zero, eye, zero, 2, False)
    e2, e4 = math.exp(2), math.exp(4)
    np.testing.assert_allclose(out[0, 0], [(1 + 3 * e2) / (1 + e2), (2 + 4 * e4) / (1 + e4)], rtol=1e-12)


# ----------------------------------------------------------------------------------------------
# sinusoidal-positional-encoding
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("L,d,base", [(1, 1, 10000.0), (5, 4, 10000.0), (7, 9, 10000.0), (30, 16, 100.0)])
def test_positional_encoding_matches_the_definition_elementwise(L, d, base):
    pe = reference("sinusoidal-positional-encoding", "positional_encoding")(L, d, base)
    want = np.empty((L, d))
    for pos in range(L):
        for j in range(d):
            angle = pos / base ** (2 * (j // 2) / d)
            want[pos, j] = math.sin(angle) if j % 2 == 0 else math.cos(angle)
    np.testing.assert_allclose(pe, want, rtol=0, atol=1e-12)


def test_positional_encoding_worked_example_and_relative_position_property():
    pe_fn = reference("sinusoidal-positional-encoding", "positional_encoding")
    # Statement: d = 4 -> frequencies 1 and 10000^(-1/2) = 0.01; row 1 = [sin 1, cos 1, sin .01, cos .01].
    pe = pe_fn(3, 4, 10000)
    np.testing.assert_allclose(pe[1], [math.sin(1), math.cos(1), math.sin(0.01), math.cos(0.01)], atol=1e-15)
    np.testing.assert_allclose(pe[0], [0, 1, 0, 1], atol=0)
    # PE[p + k] is a rotation of PE[p] in every (sin, cos) pair, the rotation depending on k only,
    # and PE[p] . PE[q] depends only on p - q.
    d, k = 16, 5
    pe = pe_fn(64, d, 10000.0)
    w = 10000.0 ** (-np.arange(0, d, 2) / d)
    for p in (0, 7, 40):
        s, c = pe[p, 0::2], pe[p, 1::2]
        np.testing.assert_allclose(pe[p + k, 0::2], s * np.cos(w * k) + c * np.sin(w * k), atol=1e-12)
        np.testing.assert_allclose(pe[p + k, 1::2], c * np.cos(w * k) - s * np.sin(w * k), atol=1e-12)
    dots = [pe[p] @ pe[p + k] for p in range(40)]
    np.testing.assert_allclose(dots, np.cos(w * k).sum(), atol=1e-12)


# ----------------------------------------------------------------------------------------------
# pre-ln-transformer-block
# ----------------------------------------------------------------------------------------------


def _block_params(rng, E, F):
    def lin(o, i):
        return rng.normal(scale=i**-0.5, size=(o, i)), 0.1 * rng.normal(size=o)

    g1, be1 = 1 + 0.2 * rng.normal(size=E), 0.1 * rng.normal(size=E)
    (Wq, bq), (Wk, bk), (Wv, bv), (Wo, bo) = (lin(E, E) for _ in range(4))
    g2, be2 = 1 + 0.2 * rng.normal(size=E), 0.1 * rng.normal(size=E)
    (W1, b1), (W2, b2) = lin(F, E), lin(E, F)
    return [g1, be1, Wq, bq, Wk, bk, Wv, bv, Wo, bo, g2, be2, W1, b1, W2, b2]


@pytest.mark.parametrize(
    "B,L,E,F,H,eps",
    [(1, 1, 4, 8, 1, 1e-5), (2, 5, 8, 32, 2, 1e-5), (3, 7, 12, 48, 3, 1e-6), (2, 16, 32, 128, 8, 1e-5)],
)
def test_block_matches_torch_transformer_encoder_layer(B, L, E, F, H, eps):
    block = reference("pre-ln-transformer-block", "transformer_block")
    rng = np.random.default_rng(B + L + E + F + H)
    x = rng.normal(size=(B, L, E))
    p = _block_params(rng, E, F)
    ours = block(x, *p, H, eps)

    layer = torch.nn.TransformerEncoderLayer(
        E,
        H,
        dim_feedforward=F,
        dropout=0.0,
        activation=lambda t: TF.gelu(t, approximate="tanh"),
        layer_norm_eps=eps,
        batch_first=True,
        norm_first=True,
        dtype=F64,
    )
    g1, be1, Wq, bq, Wk, bk, Wv, bv, Wo, bo, g2, be2, W1, b1, W2, b2 = p
    with torch.no_grad():
        for param, value in [
            (layer.norm1.weight, g1),
            (layer.norm1.bias, be1),
            (layer.self_attn.in_proj_weight, np.concatenate([Wq, Wk, Wv])),
            (layer.self_attn.in_proj_bias, np.concatenate([bq, bk, bv])),
            (layer.self_attn.out_proj.weight, Wo),
            (layer.self_attn.out_proj.bias, bo),
            (layer.norm2.weight, g2),
            (layer.norm2.bias, be2),
            (layer.linear1.weight, W1),
            (layer.linear1.bias, b1),
            (layer.linear2.weight, W2),
            (layer.linear2.bias, b2),
        ]:
            param.copy_(t64(value))
        causal = torch.tensor(~np.tril(np.ones((L, L), dtype=bool)))  # True = not allowed
        want = layer.eval()(t64(x), src_mask=causal)
    np.testing.assert_allclose(ours, want.numpy(), rtol=1e-10, atol=1e-11)


def test_block_worked_example_and_causality():
    block = reference("pre-ln-transformer-block", "transformer_block")
    # Statement: x = [1, 3], identity weights, one token. LN1(x) = [-1, 1] / sqrt(1 + 1e-5);
    # attention of one token returns its value, so h = x + LN1(x); out = h + gelu_tanh(LN2(h)).
    eye, zero, one = np.eye(2), np.zeros(2), np.ones(2)
    attention = [eye, zero] * 4
    out = block(np.array([[[1.0, 3.0]]]), one, zero, *attention, one, zero, eye, zero, eye, zero, 1, 1e-5)
    n1 = np.array([-1.0, 1.0]) / math.sqrt(1 + 1e-5)
    h = np.array([1.0, 3.0]) + n1
    var = ((h - h.mean()) ** 2).mean()
    z = (h - h.mean()) / math.sqrt(var + 1e-5)
    gelu = 0.5 * z * (1 + np.tanh(math.sqrt(2 / math.pi) * (z + 0.044715 * z**3)))
    np.testing.assert_allclose(out[0, 0], h + gelu, rtol=1e-12)
    np.testing.assert_allclose(out[0, 0], [-0.158803, 4.841186], atol=1e-6)
    # Causality: changing the last token must not change any earlier output.
    rng = np.random.default_rng(9)
    p = _block_params(rng, 8, 16)
    x = rng.normal(size=(1, 6, 8))
    x2 = x.copy()
    x2[0, -1] += 5.0
    a, b = block(x, *p, 2, 1e-5), block(x2, *p, 2, 1e-5)
    np.testing.assert_allclose(a[0, :-1], b[0, :-1], rtol=0, atol=1e-13)
    assert not np.allclose(a[0, -1], b[0, -1])


# ----------------------------------------------------------------------------------------------
# top-k-top-p-sampling
# ----------------------------------------------------------------------------------------------


def _hf_style_filter(logits, T, k, p):
    """Top-k then top-p as Hugging Face's warpers do it (on logits, removed ones set to -inf):
    top-k keeps values >= the k-th largest; top-p sorts ascending and removes the tokens whose
    ascending cumulative probability is <= 1 - p. Without ties or boundary coincidences this is
    the contract's rule."""
    z = torch.tensor(logits, dtype=F64) / T
    if 0 < k < len(logits):
        kth = torch.topk(z, k).values[-1]
        z = z.masked_fill(z < kth, float("-inf"))
    if p < 1:
        sorted_z, idx = torch.sort(z, descending=False)
        cum = torch.softmax(sorted_z, dim=-1).cumsum(-1)
        remove = torch.zeros_like(z, dtype=torch.bool)
        remove[idx] = cum <= 1 - p
        z = z.masked_fill(remove, float("-inf"))
    return torch.softmax(z, dim=-1).numpy()


@pytest.mark.parametrize(
    "V,T,k,p,seed",
    [
        (10, 1.0, 0, 1.0, 0),
        (50, 0.7, 5, 1.0, 1),
        (100, 1.3, 0, 0.9, 2),
        (1000, 0.8, 40, 0.92, 3),
        (500, 1.0, 100, 0.5, 4),
    ],
)
def test_sampling_distribution_matches_hf_style_torch_filter(V, T, k, p, seed):
    sample = reference("top-k-top-p-sampling", "sample_next_token")
    logits = 2.0 * np.random.default_rng(seed).normal(size=V)  # continuous: no ties
    _, probs = sample(logits, T, k, p, 0.5)
    np.testing.assert_allclose(probs, _hf_style_filter(logits, T, k, p), rtol=1e-10, atol=1e-14)
    assert probs.sum() == pytest.approx(1.0, abs=1e-12)
    if 0 < k < V:
        assert np.count_nonzero(probs) <= k
        kept = set(np.flatnonzero(probs).tolist())
        assert kept <= set(torch.topk(torch.tensor(logits), k).indices.tolist())


def test_sampling_nucleus_is_the_smallest_sufficient_set():
    # Brute force over every subset of a small vocabulary: the kept set has mass >= p, and no set
    # with fewer tokens does.
    from itertools import combinations

    sample = reference("top-k-top-p-sampling", "sample_next_token")
    rng = np.random.default_rng(11)
    for _ in range(20):
        logits = rng.normal(size=7)
        base = np.exp(logits - logits.max())
        base /= base.sum()
        p = float(rng.uniform(0.1, 0.99))
        _, probs = sample(logits, 1.0, 0, p, 0.3)
        kept = np.flatnonzero(probs)
        assert base[kept].sum() >= p
        smaller = [c for c in combinations(range(7), len(kept) - 1) if base[list(c)].sum() >= p]
        assert smaller == []


def test_sampling_inverse_cdf_frequencies_and_worked_example():
    sample = reference("top-k-top-p-sampling", "sample_next_token")
    # Statement example, worked by hand: softmax([2, 1, 0, 1, -1]) = [e^2, e, 1, e, e^-1] / 14.1933
    # = [0.5206, 0.1915, 0.0705, 0.1915, 0.0259]. Top-3 keeps 0, 1, 3 (1 before 3 by index),
    # renormalised [0.5761, 0.2119, 0, 0.2119, 0]. Top-p 0.7: 0.5761 < 0.7 <= 0.7881, keep {0, 1}:
    # [e^2, e] / (e^2 + e) = [0.7311, 0.2689]. u = 0.75 > 0.7311 -> token 1.
    logits = np.array([2.0, 1.0, 0.0, 1.0, -1.0])
    idx, probs = sample(logits, 1.0, 3, 0.7, 0.75)
    e2, e1 = math.exp(2), math.e
    assert idx == 1
    np.testing.assert_allclose(probs, [e2 / (e2 + e1), e1 / (e2 + e1), 0, 0, 0], rtol=1e-12)
    # Evenly spaced u: token i is drawn for a fraction probs[i] of them.
    _, probs = sample(logits, 0.8, 0, 1.0, 0.0)
    u = (np.arange(100000) + 0.5) / 100000
    counts = np.bincount([sample(logits, 0.8, 0, 1.0, x)[0] for x in u[::10]], minlength=5)
    np.testing.assert_allclose(counts / len(u[::10]), probs, atol=2e-4)
    # Temperature 0: greedy, first maximum; top-k = 1 agrees with it.
    idx, probs = sample(np.array([0.5, 3.0, 3.0]), 0.0, 0, 1.0, 0.99)
    assert idx == 1 and probs.tolist() == [0.0, 1.0, 0.0]
    assert sample(np.array([0.5, 3.0, 3.0]), 1.0, 1, 1.0, 0.99)[0] == 1


# ----------------------------------------------------------------------------------------------
# bpe-training and bpe-encoding
# ----------------------------------------------------------------------------------------------


def test_bpe_training_worked_examples():
    train = reference("bpe-training", "bpe_train")
    # Statement example. Words split into characters, counts weighted by frequency:
    #   (a,t): cat 4 + cats 2 + hat 3 + that 1 + bat 2 = 12 -> merge 1
    #   then (c,at) = cat 4 + cats 2 = 6 -> merge 2; (h,at) = hat 3 + that 1 = 4 -> merge 3
    #   then (b,at) = 2 and (cat,s) = 2 tie; ("b", "at") < ("cat", "s") -> merge 4, then (cat, s),
    #   then (t, hat) = 1; after that every word is one token and training stops (6 merges).
    freqs = {"cat": 4, "cats": 2, "hat": 3, "that": 1, "bat": 2}
    assert train(freqs, 5) == [["a", "t"], ["c", "at"], ["h", "at"], ["b", "at"], ["cat", "s"]]
    assert train(freqs, 100) == [
        ["a", "t"],
        ["c", "at"],
        ["h", "at"],
        ["b", "at"],
        ["cat", "s"],
        ["t", "hat"],
    ]
    assert train(freqs, 0) == []
    # Overlaps: "aaa" x3 has two (a,a) pairs (6), "aa" x2 one (2): (a,a) = 8 beats (a,b) = 1.
    # After merging left to right: aa a (3), aa (2), a b (1). Pairs: (aa,a) 3, (a,b) 1.
    # Then aaa (3), aa (2), a b (1): (a,b) 1. Then nothing is left.
    assert train({"aaa": 3, "aa": 2, "ab": 1}, 5) == [["a", "a"], ["aa", "a"], ["a", "b"]]
    # String replacement would merge across tokens: after (x,a), "xa b" must not take (a,b).
    # Counts: (x,a) 30 + 1 = 31 > (a,b) 20 + 1 = 21 -> (x,a); then (a,b) 20 > (xa,b) 1; then (xa,b).
    assert train({"xa": 30, "xab": 1, "ab": 20}, 3) == [["x", "a"], ["a", "b"], ["xa", "b"]]


def _replay(word, merges):
    """Independent encoder: replay every merge, in order, over the whole word."""
    tokens = list(word)
    for a, b in merges:
        out, i = [], 0
        while i < len(tokens):
            if i + 1 < len(tokens) and tokens[i] == a and tokens[i + 1] == b:
                out.append(a + b)
                i += 2
            else:
                out.append(tokens[i])
                i += 1
        tokens = out
    return tokens


def _random_freqs(rng, n, alphabet):
    words = {"".join(rng.choice(list(alphabet), size=int(rng.integers(1, 9)))) for _ in range(n)}
    return {w: int(rng.integers(1, 50)) for w in sorted(words)}


@pytest.mark.parametrize("seed,alphabet,merges", [(0, "ab", 10), (1, "abc", 30), (2, "abcdef", 60)])
def test_bpe_encode_agrees_with_replaying_merges_in_order(seed, alphabet, merges):
    train = reference("bpe-training", "bpe_train")
    encode = reference("bpe-encoding", "bpe_encode")
    rng = np.random.default_rng(seed)
    freqs = _random_freqs(rng, 80, alphabet)
    learned = train(freqs, merges)
    # Training invariants: each merge's parts already exist when it is learned, and the merge
    # chosen first has the highest frequency-weighted pair count.
    known = set(alphabet)
    for a, b in learned:
        assert a in known and b in known
        known.add(a + b)
    first = Counter()
    for w, f in freqs.items():
        for pair in pairwise(w):
            first[pair] += f
    assert first[tuple(learned[0])] == max(first.values())
    # Encoding: tokens spell the word and equal the ordered replay, on training and new words.
    new_words = ["".join(rng.choice(list(alphabet + "z"), size=int(rng.integers(1, 12)))) for _ in range(200)]
    words = list(freqs) + new_words
    for word, tokens in zip(words, encode(learned, words), strict=True):
        assert "".join(tokens) == word
        assert tokens == _replay(word, learned)


def test_bpe_encode_worked_example():
    encode = reference("bpe-encoding", "bpe_encode")
    merges = [["a", "t"], ["c", "at"], ["h", "at"], ["b", "at"], ["cat", "s"]]
    # cats: (a,t) -> c at s; (c,at) -> cat s; (cat,s) -> cats. chat: c h at -> c hat (no (c,hat)).
    # bats: b at s -> bat s (no (bat,s)). tab: no pair in the list.
    got = encode(merges, ["cats", "chat", "bats", "tab"])
    assert got == [["cats"], ["c", "hat"], ["bat", "s"], ["t", "a", "b"]]
    # Priority beats position: with [(b,c), (a,b)], "abc" is a bc, not ab c.
    assert encode([["b", "c"], ["a", "b"]], ["abc"]) == [["a", "bc"]]


# ----------------------------------------------------------------------------------------------
# tf-idf
# ----------------------------------------------------------------------------------------------


def _docs(rng, n_docs, n_words, max_len):
    words = [f"w{i}" for i in range(n_words)]
    p = 1 / np.arange(1, n_words + 1)
    p /= p.sum()
    docs = [" ".join(rng.choice(words, size=int(rng.integers(0, max_len + 1)), p=p)) for _ in range(n_docs)]
    return docs, words


@pytest.mark.parametrize(
    "n_docs,n_words,max_len,n_vocab", [(1, 5, 6, 5), (10, 20, 8, 15), (200, 300, 40, 250)]
)
def test_tfidf_matches_sklearn(n_docs, n_words, max_len, n_vocab):
    tfidf = reference("tf-idf", "tfidf")
    rng = np.random.default_rng(n_docs + n_words)
    docs, words = _docs(rng, n_docs, n_words, max_len)
    vocab = [str(w) for w in rng.choice(words, size=n_vocab, replace=False)] + ["never-seen"]
    if n_docs > 1:
        docs[0] = ""
    ours = tfidf(docs, vocab)
    vec = TfidfVectorizer(
        vocabulary=vocab,
        tokenizer=str.split,
        token_pattern=None,
        lowercase=False,
        smooth_idf=True,
        norm="l2",
        sublinear_tf=False,
    )
    want = vec.fit_transform(docs).toarray()
    np.testing.assert_allclose(ours, want, rtol=1e-12, atol=1e-14)


def test_tfidf_worked_example():
    # idf = ln(4 / (1 + df)) + 1 with df = [2, 1, 3, 1]: [ln(4/3) + 1, ln 2 + 1, 1, ln 2 + 1].
    # Row 0 = [idf_cat, 0, 1, 0] / sqrt(idf_cat^2 + 1).
    tfidf = reference("tf-idf", "tfidf")
    X = tfidf(["the cat sat", "the dog sat down", "the cat ate the fish"], ["cat", "dog", "the", "fish"])
    c = math.log(4 / 3) + 1
    np.testing.assert_allclose(X[0], np.array([c, 0, 1, 0]) / math.hypot(c, 1), rtol=1e-12)


# ----------------------------------------------------------------------------------------------
# bm25
# ----------------------------------------------------------------------------------------------


def test_bm25_worked_example():
    bm25 = reference("bm25", "bm25_scores")
    docs = ["red apple", "green apple apple pie", "red car"]
    # N = 3, |D| = [2, 4, 2], avgdl = 8/3. k1 = 1.5, b = 0.75:
    #   K(2) = 1.5 (0.25 + 0.75 * 2 / (8/3)) = 1.5 * 0.8125 = 1.21875; K(4) = 1.5 * 1.375 = 2.0625.
    #   idf(red) = idf(apple) = ln(1 + 1.5 / 2.5) = ln 1.6; idf(car) = ln(1 + 2.5 / 1.5) = ln(8/3).
    #   "red apple", doc 0: 2 * ln 1.6 * 2.5 / 2.21875            = 1.059163
    #                doc 1: ln 1.6 * 2 * 2.5 / (2 + 2.0625)        = 0.578466
    #                doc 2: ln 1.6 * 2.5 / 2.21875                 = 0.529582
    #   "car car",   doc 2: 2 * ln(8/3) * 2.5 / 2.21875            = 2.210319
    got = bm25(docs, ["red apple", "car car"], 1.5, 0.75)
    l16, l83 = math.log(1.6), math.log(8 / 3)
    want = [[2 * l16 * 2.5 / 2.21875, l16 * 5 / 4.0625, l16 * 2.5 / 2.21875], [0, 0, 2 * l83 * 2.5 / 2.21875]]
    np.testing.assert_allclose(got, want, rtol=1e-12)
    np.testing.assert_allclose(got, [[1.059163, 0.578466, 0.529582], [0, 0, 2.210319]], atol=1e-6)
    # k1 = 0: presence only, each matching term adds its idf: doc 0 has both terms, docs 1 and 2
    # one each. b = 0: K = k1 = 1.2 for every document whatever its length, so "apple" scores
    # ln 1.6 * 1 * 2.2 / (1 + 1.2) in doc 0 (tf 1) and ln 1.6 * 2 * 2.2 / (2 + 1.2) in doc 1.
    np.testing.assert_allclose(bm25(docs, ["apple red"], 0.0, 0.75)[0], [2 * l16, l16, l16], rtol=1e-12)
    np.testing.assert_allclose(
        bm25(docs, ["apple"], 1.2, 0.0)[0], [l16 * 2.2 / 2.2, l16 * 2 * 2.2 / 3.2, 0.0], rtol=1e-12
    )


def test_bm25_properties_on_random_corpus():
    bm25 = reference("bm25", "bm25_scores")
    rng = np.random.default_rng(3)
    docs, words = _docs(rng, 60, 30, 25)
    docs = [d or "w0" for d in docs]
    queries = [" ".join(rng.choice(words, size=3)) for _ in range(20)]
    s = bm25(docs, queries, 1.2, 0.75)
    assert (s >= 0).all()  # Lucene's idf is positive, so are all contributions
    # Additivity over query tokens (repeats included).
    for q in queries[:5]:
        parts = sum(bm25(docs, [t], 1.2, 0.75)[0] for t in q.split())
        np.testing.assert_allclose(bm25(docs, [q], 1.2, 0.75)[0], parts, rtol=1e-12, atol=1e-15)
    # Saturation: as tf grows with k1 = 1.2, b = 0, a term's contribution tends to idf * (k1 + 1).
    long_docs = ["x " * n + "y" for n in (1, 10, 1000)] + ["y"] * 3
    contrib = bm25(long_docs, ["x"], 1.2, 0.0)[0][:3]
    idf = math.log(1 + (6 - 3 + 0.5) / 3.5)
    assert contrib[0] < contrib[1] < contrib[2] < idf * 2.2
    assert contrib[2] == pytest.approx(idf * 2.2 * 1000 / 1001.2, rel=1e-12)


# ----------------------------------------------------------------------------------------------
# cosine-similarity-retrieval
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "n_q,n_d,d,k,zeros", [(1, 1, 1, 1, 0), (5, 20, 8, 3, 2), (30, 400, 64, 10, 5), (4, 12, 3, 12, 3)]
)
def test_retrieval_matches_sklearn_cosine_similarity(n_q, n_d, d, k, zeros):
    top_k = reference("cosine-similarity-retrieval", "top_k_cosine")
    rng = np.random.default_rng(n_q * n_d + d)
    Q, D = rng.normal(size=(n_q, d)), rng.normal(size=(n_d, d))
    D[rng.choice(n_d, size=zeros, replace=False)] = 0.0
    if n_q > 1:
        Q[0] = 0.0
    idx, scores = top_k(Q, D, k)
    sims = cosine_similarity(Q, D)  # zero rows give 0, as the contract says
    want = np.argsort(-sims, axis=1, kind="stable")[:, :k]
    np.testing.assert_array_equal(idx, want)
    np.testing.assert_allclose(scores, np.take_along_axis(sims, want, axis=1), rtol=1e-12, atol=1e-15)


def test_retrieval_worked_example_ties():
    top_k = reference("cosine-similarity-retrieval", "top_k_cosine")
    # Query [1, 0]: cosines with [1, 1], [2, 0], [1, -1], [-3, 0], [0, 0] are
    # [1/sqrt2, 1, 1/sqrt2, -1, 0]; ranking 1, then the tie 0 and 2 in index order.
    # The zero query scores 0 everywhere: indices 0, 1, 2.
    idx, scores = top_k(
        np.array([[1.0, 0.0], [0.0, 0.0]]),
        np.array([[1.0, 1.0], [2.0, 0.0], [1.0, -1.0], [-3.0, 0.0], [0.0, 0.0]]),
        3,
    )
    assert idx.tolist() == [[1, 0, 2], [0, 1, 2]]
    np.testing.assert_allclose(scores, [[1, 2**-0.5, 2**-0.5], [0, 0, 0]], rtol=1e-12)


# ----------------------------------------------------------------------------------------------
# multi-armed-bandits
# ----------------------------------------------------------------------------------------------


def test_bandit_worked_examples():
    run = reference("multi-armed-bandits", "run_bandit")
    R = np.array([[1, 0], [0, 1], [1, 1], [0, 1]], dtype=float)
    # Epsilon-greedy, epsilon 0.5: t0 exploit, Q = [0, 0] tie -> 0 (+1); t1 explore floor(0.7*2)
    # = 1 (+1); t2 exploit, Q = [1, 1] tie -> 0 (+1); t3 exploit, Q = [1, 1] -> 0 (+0).
    arms, cum = run("epsilon_greedy", R, np.array([[0.9, 0.0], [0.2, 0.7], [0.8, 0.1], [0.6, 0.3]]), 0.5, 0.0)
    assert arms.tolist() == [0, 1, 0, 0] and cum.tolist() == [1, 2, 3, 3]
    # UCB1, c = 1: arms 0, 1 first; t2: both 1 + sqrt(ln 2) -> 0; t3: arm 0 has n = 2:
    # 1 + sqrt(ln 3 / 2) = 1.741 < 1 + sqrt(ln 3) = 2.048 -> arm 1.
    arms, cum = run("ucb1", R, np.zeros((4, 0)), 0.0, 1.0)
    assert arms.tolist() == [0, 1, 0, 1] and cum.tolist() == [1, 2, 3, 4]
    # Thompson, rewards R, draws z: t0: theta = z0 = [0.3, -0.2] -> arm 0 (+1; S = [1, 0],
    # n = [1, 0]). t1: theta = [1/2 + 0.1/sqrt2, 0 + 0.5] = [0.5707, 0.5] -> arm 0 (+0; S = [1, 0],
    # n = [2, 0]). t2: theta = [1/3 - 1/sqrt3, 0 + 0.1] = [-0.244, 0.1] -> arm 1 (+1).
    # t3: theta = [1/3 + 0, 1/2 + 0] -> arm 1 (+1).
    z = np.array([[0.3, -0.2], [0.1, 0.5], [-1.0, 0.1], [0.0, 0.0]])
    arms, cum = run("thompson", R, z, 0.0, 0.0)
    assert arms.tolist() == [0, 0, 1, 1] and cum.tolist() == [1, 1, 2, 3]


def test_bandit_properties():
    run = reference("multi-armed-bandits", "run_bandit")
    rng = np.random.default_rng(0)
    T, K = 3000, 5
    means = np.array([0.2, 0.4, 0.5, 0.6, 0.8])
    R = (rng.uniform(size=(T, K)) < means).astype(float)
    # Epsilon = 1: pure exploration, arm = floor(u * K) exactly.
    U = rng.uniform(size=(T, 2))
    arms, cum = run("epsilon_greedy", R, U, 1.0, 0.0)
    assert arms.tolist() == np.floor(U[:, 1] * K).astype(int).tolist()
    np.testing.assert_allclose(cum, np.cumsum(R[np.arange(T), arms]))
    # UCB1 and Thompson concentrate on the best arm; UCB1 tries every arm once first.
    arms, _ = run("ucb1", R, np.zeros((T, 0)), 0.0, math.sqrt(2))
    assert arms[:K].tolist() == list(range(K)) and np.mean(arms[-1000:] == 4) > 0.7
    arms, _ = run("thompson", R, rng.normal(size=(T, K)), 0.0, 0.0)
    assert np.mean(arms[-1000:] == 4) > 0.7


# ----------------------------------------------------------------------------------------------
# value-iteration
# ----------------------------------------------------------------------------------------------


def _policy_iteration(P, R, gamma):
    """Exact optimal values: evaluate each policy by a linear solve, improve greedily, repeat."""
    S = P.shape[0]
    pi = np.zeros(S, dtype=int)
    while True:
        P_pi, R_pi = P[np.arange(S), pi], R[np.arange(S), pi]
        V = np.linalg.solve(np.eye(S) - gamma * P_pi, R_pi)
        new = np.argmax(R + gamma * P @ V, axis=1)
        if np.array_equal(new, pi):
            return V, pi
        pi = new


@pytest.mark.parametrize(
    "S,A,gamma,seed", [(2, 2, 0.5, 0), (10, 3, 0.9, 1), (40, 5, 0.95, 2), (100, 4, 0.8, 3)]
)
def test_value_iteration_converges_to_policy_iteration_optimum(S, A, gamma, seed):
    vi = reference("value-iteration", "value_iteration")
    rng = np.random.default_rng(seed)
    P = rng.dirichlet(np.ones(S), size=(S, A))
    R = rng.normal(size=(S, A))
    V_star, pi_star = _policy_iteration(P, R, gamma)
    sweeps = math.ceil(math.log(1e-13) / math.log(gamma))
    V, pi = vi(P, R, gamma, sweeps)
    np.testing.assert_allclose(V, V_star, rtol=1e-9, atol=1e-10)
    assert pi.tolist() == pi_star.tolist()
    # Contraction from V_0 = 0: ||V_k - V*||_inf <= gamma^k ||V*||_inf.
    for k in (1, 3, 10):
        Vk, _ = vi(P, R, gamma, k)
        assert np.abs(Vk - V_star).max() <= gamma**k * np.abs(V_star).max() + 1e-12


def test_value_iteration_worked_example():
    vi = reference("value-iteration", "value_iteration")
    # Corridor 0 - 1 - 2 (2 absorbing), actions left/right, reward 1 for stepping 1 -> 2.
    # V_1 = [0, 1, 0]; V_2 = [0.9 * 1, 1, 0]; V_3 = [max(0.81, 0.9), max(0.81, 1), 0] = [0.9, 1, 0].
    # Greedy for V_3: right, right, and a tie in state 2 -> action 0.
    P = np.zeros((3, 2, 3))
    P[0, 0, 0] = P[0, 1, 1] = P[1, 0, 0] = P[1, 1, 2] = P[2, 0, 2] = P[2, 1, 2] = 1.0
    R = np.array([[0.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    V, pi = vi(P, R, 0.9, 3)
    np.testing.assert_allclose(V, [0.9, 1.0, 0.0], rtol=1e-15)
    assert pi.tolist() == [1, 1, 0]
    V, pi = vi(P, R, 0.9, 0)
    assert V.tolist() == [0, 0, 0] and pi.tolist() == [0, 1, 0]  # greedy for V = 0 is argmax R


# ----------------------------------------------------------------------------------------------
# q-learning
# ----------------------------------------------------------------------------------------------


def test_q_learning_worked_example():
    ql = reference("q-learning", "q_learning")
    # alpha 0.5, gamma 0.9, from zeros:
    # (0,1,1,1,F): target 1 + 0.9 * 0 = 1          Q[0,1] = 0.5
    # (1,0,0,0,F): target 0.9 * max Q[0] = 0.45     Q[1,0] = 0.225
    # (0,1,1,1,T): target 1 (terminal)              Q[0,1] = 0.5 + 0.5 * 0.5 = 0.75
    # (1,1,-1,0,F): target -1 + 0.9 * 0.75 = -0.325 Q[1,1] = -0.1625
    Q0 = np.zeros((2, 2))
    Q = ql(
        Q0,
        np.array([0, 1, 0, 1]),
        np.array([1, 0, 1, 1]),
        np.array([1.0, 0.0, 1.0, -1.0]),
        np.array([1, 0, 1, 0]),
        np.array([False, False, True, False]),
        0.5,
        0.9,
    )
    np.testing.assert_allclose(Q, [[0.0, 0.75], [0.225, -0.1625]], rtol=1e-15)
    assert (Q0 == 0).all()  # the caller's table is untouched


def test_q_learning_sweeping_all_pairs_converges_to_value_iteration():
    """On a deterministic MDP, alpha = 1 turns each update into an exact Bellman backup of one
    (s, a) pair. Sweeping all pairs repeatedly is asynchronous Q-value iteration, which converges
    to Q*; Q* is computed from value iteration's V*: Q* = R + gamma P V*."""
    ql = reference("q-learning", "q_learning")
    vi = reference("value-iteration", "value_iteration")
    rng = np.random.default_rng(4)
    S, A, gamma = 6, 3, 0.8
    nxt = rng.integers(0, S, size=(S, A))
    R = rng.normal(size=(S, A))
    P = np.zeros((S, A, S))
    P[np.arange(S)[:, None], np.arange(A)[None, :], nxt] = 1.0
    V_star, _ = vi(P, R, gamma, 300)
    Q_star = R + gamma * P @ V_star
    pairs = [(s, a) for s in range(S) for a in range(A)] * 200
    s_arr = np.array([s for s, _ in pairs])
    a_arr = np.array([a for _, a in pairs])
    Q = ql(
        np.zeros((S, A)),
        s_arr,
        a_arr,
        R[s_arr, a_arr],
        nxt[s_arr, a_arr],
        np.zeros(len(pairs), dtype=bool),
        1.0,
        gamma,
    )
    np.testing.assert_allclose(Q, Q_star, rtol=1e-10, atol=1e-10)
