"""Unsupervised-learning and neural-network references checked against scikit-learn, PyTorch,
central-difference gradients and worked examples.

Each reference solution is loaded from its problem folder and run in this process on seeded
inputs of several shapes. Tolerances are stated at each comparison.
"""

from __future__ import annotations

import itertools
import math
import runpy
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.decomposition import PCA
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import Ridge
from sklearn.mixture import GaussianMixture

import mlinterview

ROOT = Path(mlinterview.__file__).parent / "content" / "ml"
F64 = torch.float64  # every torch tensor here is float64; the global default is left alone


def reference(slug: str, name: str):
    return runpy.run_path(str(ROOT / slug / "solution.py"))[name]


def validator(slug: str):
    return runpy.run_path(str(ROOT / slug / "checker.py"))["check"]


def blobs(rng, n, d, k, spread=0.6, scale=8.0):
    centers = rng.normal(scale=scale, size=(k, d))
    return centers[rng.integers(0, k, size=n)] + spread * rng.normal(size=(n, d))


def numerical_grad(f, x, eps=1e-6):
    """Central differences of the scalar function f at the array x (x is restored afterwards)."""
    g = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = x[i]
        x[i] = old + eps
        up = f()
        x[i] = old - eps
        down = f()
        x[i] = old
        g[i] = (up - down) / (2 * eps)
    return g


# ----------------------------------------------------------------------------------------------
# k-means
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("n,d,k,iters", [(30, 1, 2, 1), (100, 2, 3, 5), (300, 5, 6, 50), (500, 3, 8, 300)])
def test_kmeans_matches_sklearn_lloyd(n, d, k, iters):
    kmeans = reference("k-means", "kmeans")
    rng = np.random.default_rng(100 + n + k)
    X = blobs(rng, n, d, k)
    C0 = X[rng.choice(n, size=k, replace=False)]
    labels, centroids = kmeans(X, C0, iters)
    model = KMeans(n_clusters=k, init=C0, n_init=1, max_iter=iters, tol=0.0, algorithm="lloyd")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(X)
    if (np.bincount(labels, minlength=k) == 0).any():
        pytest.skip("an empty cluster: scikit-learn relocates it, the contract keeps it")
    # Same start -> same cluster names; centroids agree to rounding (sklearn centres X first).
    np.testing.assert_array_equal(labels, model.labels_)
    np.testing.assert_allclose(centroids, model.cluster_centers_, rtol=1e-9, atol=1e-9)


def test_kmeans_inertia_never_increases_and_input_untouched():
    kmeans = reference("k-means", "kmeans")
    rng = np.random.default_rng(7)
    X = rng.uniform(-1, 1, size=(200, 2))
    C0 = X[:5].copy()
    before = C0.copy()
    inertias = []
    for t in range(15):
        labels, centroids = kmeans(X, C0, t)
        inertias.append(((X - centroids[labels]) ** 2).sum())
    np.testing.assert_array_equal(C0, before)
    assert all(b <= a + 1e-12 for a, b in itertools.pairwise(inertias))


def test_kmeans_validator_accepts_renaming_only():
    check = validator("k-means")
    expected = [[0, 0, 1, 1, 2], [[0.0, 0.5], [6.0, 1.0], [50.0, 50.0]]]
    renamed = (np.array([2, 2, 0, 0, 1]), np.array([[6.0, 1.0], [50.0, 50.0], [0.0, 0.5]]))
    assert check(None, expected, renamed) is True
    wrong_centroid = (np.array([2, 2, 0, 0, 1]), np.array([[6.0, 1.0], [50.0, 50.0], [0.0, 0.6]]))
    assert isinstance(check(None, expected, wrong_centroid), str)
    merged = (np.array([0, 0, 0, 1, 2]), np.array(expected[1]))
    assert isinstance(check(None, expected, merged), str)
    # An empty cluster (expected label 2 unused) is matched by its centroid alone.
    expected_empty = [[0, 0, 1], [[0.0, 0.0], [1.0, 1.0], [9.0, 9.0]]]
    assert (
        check(None, expected_empty, (np.array([1, 1, 2]), np.array([[9.0, 9.0], [0.0, 0.0], [1.0, 1.0]])))
        is True
    )


# ----------------------------------------------------------------------------------------------
# k-means-plus-plus
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("n,d,k,seed", [(20, 1, 3, 0), (100, 2, 5, 1), (500, 4, 10, 2), (2000, 8, 25, 3)])
def test_kmeans_plus_plus_matches_sklearn_with_one_trial(n, d, k, seed):
    """sklearn's kmeans_plusplus with n_local_trials=1 is plain D^2 sampling. Its first index is
    rs.choice(n) (one uniform draw, inverse CDF) and each later target rs.uniform() * sum(D^2),
    so feeding our function the same uniform stream must give the same indices."""
    kpp = reference("k-means-plus-plus", "kmeans_plus_plus")
    X = blobs(np.random.default_rng(seed), n, d, k)
    draws = np.random.RandomState(seed).random_sample(k)
    ours = kpp(X, k, draws)
    _, theirs = kmeans_plusplus(X, k, random_state=np.random.RandomState(seed), n_local_trials=1)
    np.testing.assert_array_equal(ours, theirs)
    assert len(set(ours.tolist())) == k


def test_kmeans_plus_plus_sampling_frequencies():
    """Second pick from uniform draws: empirical frequencies match D^2 / sum D^2 (hand-checked:
    X = [0, 1, 3], first centre x_0 -> D^2 = [0, 1, 9], so P = [0, 0.1, 0.9])."""
    kpp = reference("k-means-plus-plus", "kmeans_plus_plus")
    X = np.array([[0.0], [1.0], [3.0]])
    u = (np.arange(1000) + 0.5) / 1000  # evenly spaced draws
    picks = [int(kpp(X, 2, np.array([0.0, v]))[1]) for v in u]
    assert np.bincount(picks, minlength=3).tolist() == [0, 100, 900]


# ----------------------------------------------------------------------------------------------
# gaussian-mixture-em
# ----------------------------------------------------------------------------------------------


def _gmm_start(rng, X, K):
    means = X[rng.choice(len(X), size=K, replace=False)]
    covs = np.stack([np.eye(X.shape[1]) * 2.0 for _ in range(K)])
    return np.full(K, 1.0 / K), means, covs


@pytest.mark.parametrize(
    "n,d,K,iters,reg",
    [(40, 1, 2, 1, 1e-6), (150, 2, 3, 10, 1e-6), (300, 3, 4, 30, 1e-3), (500, 4, 3, 60, 1e-6)],
)
def test_gmm_matches_sklearn(n, d, K, iters, reg):
    gmm_em = reference("gaussian-mixture-em", "gmm_em")
    rng = np.random.default_rng(n + d + K)
    X = blobs(rng, n, d, K, spread=1.0, scale=4.0)
    w0, mu0, cov0 = _gmm_start(rng, X, K)
    w, mu, cov, ll = gmm_em(X, w0, mu0, cov0, iters, reg)
    model = GaussianMixture(
        n_components=K,
        covariance_type="full",
        weights_init=w0,
        means_init=mu0,
        precisions_init=np.linalg.inv(cov0),
        reg_covar=reg,
        max_iter=iters,
        tol=0.0,
        n_init=1,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(X)
    # sklearn adds 10 * eps to each N_k; otherwise the same updates. Tolerance 1e-7 relative.
    np.testing.assert_allclose(w, model.weights_, rtol=1e-7, atol=1e-10)
    np.testing.assert_allclose(mu, model.means_, rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(cov, model.covariances_, rtol=1e-7, atol=1e-9)
    # lower_bound_ is the mean log-likelihood recorded in the last E-step.
    assert ll[-1] == pytest.approx(model.lower_bound_, rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_gmm_log_likelihood_never_decreases(seed):
    gmm_em = reference("gaussian-mixture-em", "gmm_em")
    rng = np.random.default_rng(seed)
    X = blobs(rng, 200, 2, 3, spread=1.5, scale=3.0)
    w0, mu0, cov0 = _gmm_start(rng, X, 3)
    _, _, _, ll = gmm_em(X, w0, mu0, cov0, 80, 0.0)  # pure EM: monotone in exact arithmetic
    assert np.all(np.diff(ll) >= -1e-10 * np.abs(ll[:-1]))
    # Recorded values really are the mean log-likelihood of the parameters in force.
    w1, mu1, cov1, _ = gmm_em(X, w0, mu0, cov0, 5, 0.0)
    dens = sum(
        w1[k]
        * np.exp(-0.5 * np.einsum("ni,ij,nj->n", X - mu1[k], np.linalg.inv(cov1[k]), X - mu1[k]))
        / np.sqrt(np.linalg.det(2 * np.pi * cov1[k]))
        for k in range(3)
    )
    assert np.log(dens).mean() == pytest.approx(ll[5], rel=1e-10)


# ----------------------------------------------------------------------------------------------
# pca
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("n,d,k", [(10, 2, 1), (50, 5, 3), (30, 40, 6), (400, 20, 20)])
def test_pca_matches_sklearn_up_to_sign(n, d, k):
    pca = reference("pca", "pca")
    rng = np.random.default_rng(n * d + k)
    X = rng.normal(size=(n, d)) @ np.diag(np.geomspace(10, 0.1, d)) @ np.linalg.qr(rng.normal(size=(d, d)))[0]
    X += rng.normal(scale=100, size=d)
    components, ratio = pca(X, k)
    model = PCA(n_components=k, svd_solver="full").fit(X)
    signs = np.sign((components * model.components_).sum(axis=1))
    np.testing.assert_allclose(components * signs[:, None], model.components_, rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(ratio, model.explained_variance_ratio_, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(components @ components.T, np.eye(k), atol=1e-10)


def test_pca_large_offset_worked_example():
    """Hand-checked: the points (0, 0), (2, 0), (0, 1), (2, 1) shifted by 1e8 have covariance
    diag(4/3, 1/3): components e1, e2 and ratios 0.8, 0.2 whatever the offset."""
    pca = reference("pca", "pca")
    X = np.array([[0.0, 0.0], [2.0, 0.0], [0.0, 1.0], [2.0, 1.0]]) + 1e8
    components, ratio = pca(X, 2)
    np.testing.assert_allclose(np.abs(components), np.eye(2), atol=1e-9)
    np.testing.assert_allclose(ratio, [0.8, 0.2], rtol=1e-9)


# ----------------------------------------------------------------------------------------------
# als-matrix-factorization
# ----------------------------------------------------------------------------------------------


def _als_problem(rng, m, n, r, density):
    R = rng.normal(size=(m, r)) @ rng.normal(size=(r, n)) + 0.1 * rng.normal(size=(m, n))
    mask = (rng.random((m, n)) < density).astype(float)
    return R * mask, mask, 0.3 * rng.normal(size=(m, r)), 0.3 * rng.normal(size=(n, r))


@pytest.mark.parametrize(
    "m,n,r,density,lam", [(6, 5, 2, 0.6, 0.1), (30, 20, 3, 0.3, 1.0), (15, 40, 4, 0.8, 0.01)]
)
def test_als_rows_are_sklearn_ridge_fits(m, n, r, density, lam):
    """One sweep: every user row is Ridge(alpha=lam, no intercept) on that row's observed
    entries against V0; then every item row is the same against the new U."""
    als = reference("als-matrix-factorization", "als")
    rng = np.random.default_rng(m + n + r)
    R, mask, U0, V0 = _als_problem(rng, m, n, r, density)
    U, V, _losses = als(R, mask, U0, V0, lam, 1)
    for i in range(m):
        seen = mask[i] == 1
        want = (
            Ridge(alpha=lam, fit_intercept=False).fit(V0[seen], R[i, seen]).coef_
            if seen.any()
            else np.zeros(r)
        )
        np.testing.assert_allclose(U[i], want, rtol=1e-7, atol=1e-10)
    for j in range(n):
        seen = mask[:, j] == 1
        want = (
            Ridge(alpha=lam, fit_intercept=False).fit(U[seen], R[seen, j]).coef_
            if seen.any()
            else np.zeros(r)
        )
        np.testing.assert_allclose(V[j], want, rtol=1e-7, atol=1e-10)


@pytest.mark.parametrize("seed", [0, 1])
def test_als_loss_decreases_and_block_gradient_vanishes(seed):
    als = reference("als-matrix-factorization", "als")
    rng = np.random.default_rng(seed)
    R, mask, U0, V0 = _als_problem(rng, 20, 15, 3, 0.5)
    lam = 0.3
    U, V, losses = als(R, mask, U0, V0, lam, 20)
    assert np.all(np.diff(losses) <= 1e-12 * losses[:-1])

    def loss():
        return ((mask * (R - U @ V.T)) ** 2).sum() + lam * ((U**2).sum() + (V**2).sum())

    assert losses[-1] == pytest.approx(loss(), rel=1e-12)
    # V was just minimised exactly with U fixed: its numerical gradient is ~0.
    assert np.abs(numerical_grad(loss, V)).max() < 1e-6


# ----------------------------------------------------------------------------------------------
# scalar-autograd
# ----------------------------------------------------------------------------------------------


def _torch_backprop(nodes):
    tensors = []
    for op, *rest in nodes:
        if op == "leaf":
            t = torch.tensor(float(rest[0]), dtype=F64, requires_grad=True)
        elif op == "add":
            t = tensors[rest[0]] + tensors[rest[1]]
        elif op == "mul":
            t = tensors[rest[0]] * tensors[rest[1]]
        elif op == "pow":
            t = tensors[rest[0]] ** rest[1]
        else:
            t = getattr(torch, op)(tensors[rest[0]])
        t.retain_grad()
        tensors.append(t)
    tensors[-1].backward()
    values = [t.item() for t in tensors]
    grads = [0.0 if t.grad is None else t.grad.item() for t in tensors]
    return values, grads


def _autograd_graphs():
    gen = runpy.run_path(str(ROOT / "scalar-autograd" / "gen.py"))
    graphs = [(cid, args[0]) for cid, args in gen["generate"]() if len(args[0]) <= 1100]
    graphs.append(
        (
            "reuse",
            [
                ["leaf", 0.7],
                ["mul", 0, 0],
                ["add", 1, 0],
                ["tanh", 2],
                ["mul", 3, 0],
                ["relu", 4],
                ["exp", 5],
                ["pow", 6, -0.5],
            ],
        )
    )
    graphs.append(("saturated-tanh", [["leaf", 1000.0], ["tanh", 0], ["leaf", 2.0], ["mul", 1, 2]]))
    return graphs


@pytest.mark.parametrize("cid,nodes", _autograd_graphs(), ids=lambda v: v if isinstance(v, str) else "")
def test_autograd_matches_torch(cid, nodes):
    backprop = reference("scalar-autograd", "backprop")
    values, grads = backprop(nodes)
    want_values, want_grads = _torch_backprop(nodes)
    np.testing.assert_allclose(values, want_values, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(grads, want_grads, rtol=1e-10, atol=1e-12)


def test_autograd_leaf_gradients_match_central_differences():
    backprop = reference("scalar-autograd", "backprop")
    gen = runpy.run_path(str(ROOT / "scalar-autograd" / "gen.py"))
    nodes = next(args[0] for cid, args in gen["generate"]() if cid == "random-dag-100")
    _, grads = backprop(nodes)
    eps = 1e-6
    for k, node in enumerate(nodes):
        if node[0] != "leaf":
            continue
        up = [list(n) for n in nodes]
        down = [list(n) for n in nodes]
        up[k][1] += eps
        down[k][1] -= eps
        numeric = (backprop(up)[0][-1] - backprop(down)[0][-1]) / (2 * eps)
        assert grads[k] == pytest.approx(numeric, rel=1e-5, abs=1e-6)


# ----------------------------------------------------------------------------------------------
# mlp-forward-backward
# ----------------------------------------------------------------------------------------------


def _mlp_params(rng, n, d, h, c, scale=1.0):
    return (
        rng.normal(size=(n, d)),
        rng.integers(0, c, size=n),
        scale * rng.normal(size=(d, h)) / np.sqrt(d),
        rng.normal(scale=0.1, size=h),
        scale * rng.normal(size=(h, c)) / np.sqrt(h),
        rng.normal(scale=0.1, size=c),
    )


@pytest.mark.parametrize(
    "n,d,h,c,scale", [(1, 2, 3, 2, 1.0), (8, 5, 7, 3, 1.0), (64, 20, 32, 10, 1.0), (16, 6, 8, 4, 200.0)]
)
def test_mlp_matches_torch_autograd(n, d, h, c, scale):
    fb = reference("mlp-forward-backward", "mlp_forward_backward")
    rng = np.random.default_rng(n + d + h + c)
    X, y, W1, b1, W2, b2 = _mlp_params(rng, n, d, h, c, scale)
    loss, dW1, db1, dW2, db2 = fb(X, y, W1, b1, W2, b2)
    params = [torch.tensor(p, requires_grad=True) for p in (W1, b1, W2, b2)]
    logits = torch.relu(torch.tensor(X) @ params[0] + params[1]) @ params[2] + params[3]
    want = torch.nn.functional.cross_entropy(logits, torch.tensor(y))
    want.backward()
    assert np.isfinite(loss)
    assert loss == pytest.approx(want.item(), rel=1e-10, abs=1e-12)
    for ours, p in zip((dW1, db1, dW2, db2), params, strict=False):
        np.testing.assert_allclose(ours, p.grad.numpy(), rtol=1e-9, atol=1e-12)


def test_mlp_gradients_match_central_differences():
    fb = reference("mlp-forward-backward", "mlp_forward_backward")
    X, y, W1, b1, W2, b2 = _mlp_params(np.random.default_rng(3), 6, 4, 5, 3)
    _, *grads = fb(X, y, W1, b1, W2, b2)
    for param, grad in zip((W1, b1, W2, b2), grads, strict=False):
        numeric = numerical_grad(lambda: fb(X, y, W1, b1, W2, b2)[0], param)
        np.testing.assert_allclose(grad, numeric, rtol=1e-6, atol=1e-8)


# ----------------------------------------------------------------------------------------------
# activation-functions
# ----------------------------------------------------------------------------------------------

TORCH_ACTIVATIONS = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": torch.relu,
    "leaky_relu": lambda t: torch.nn.functional.leaky_relu(t, 0.01),
    "gelu_tanh": lambda t: torch.nn.functional.gelu(t, approximate="tanh"),
    "softplus": torch.nn.functional.softplus,
}


@pytest.mark.parametrize("name", list(TORCH_ACTIVATIONS))
def test_activation_matches_torch(name):
    activation = reference("activation-functions", "activation")
    rng = np.random.default_rng(len(name))
    x = np.concatenate(
        [
            rng.normal(scale=3.0, size=200),
            rng.uniform(-1000, 1000, size=50),
            [0.0, -0.0, 1e-300, -1e-300, 709.9, -709.9, 1000.0, -1000.0],
        ]
    ).reshape(-1, 2)
    y, dy = activation(x, name)
    assert y.shape == x.shape and dy.shape == x.shape
    assert np.isfinite(y).all() and np.isfinite(dy).all()
    t = torch.tensor(x, requires_grad=True)
    out = TORCH_ACTIVATIONS[name](t)
    out.sum().backward()
    # torch's softplus returns x itself above threshold 20 (error < 2.1e-9 there), hence the atol.
    np.testing.assert_allclose(y, out.detach().numpy(), rtol=1e-10, atol=3e-9)
    np.testing.assert_allclose(dy, t.grad.numpy(), rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("name", list(TORCH_ACTIVATIONS))
def test_activation_derivative_matches_central_differences(name):
    activation = reference("activation-functions", "activation")
    x = np.linspace(-6, 6, 49) + 0.0123  # avoids the kink at 0
    _, dy = activation(x, name)
    eps = 1e-6
    numeric = (activation(x + eps, name)[0] - activation(x - eps, name)[0]) / (2 * eps)
    np.testing.assert_allclose(dy, numeric, rtol=1e-6, atol=1e-9)


# ----------------------------------------------------------------------------------------------
# xavier-he-init
# ----------------------------------------------------------------------------------------------

INITS = {
    "xavier_uniform": (torch.nn.init.xavier_uniform_, torch.rand),
    "xavier_normal": (torch.nn.init.xavier_normal_, torch.randn),
    "he_uniform": (lambda w: torch.nn.init.kaiming_uniform_(w, nonlinearity="relu"), torch.rand),
    "he_normal": (lambda w: torch.nn.init.kaiming_normal_(w, nonlinearity="relu"), torch.randn),
}


@pytest.mark.parametrize("scheme", list(INITS))
@pytest.mark.parametrize("shape", [(3, 5), (64, 16), (8, 3, 3, 3), (4, 6, 5), (2, 3, 2, 2, 2)])
def test_init_matches_torch_with_same_draws(scheme, shape):
    """torch's uniform_(-a, a) and normal_(0, std) consume the generator exactly like torch.rand
    and torch.randn (checked: same seed -> same numbers up to rounding), so transforming those
    draws with our formulas must reproduce torch.nn.init bit for bit, up to ~1e-16."""
    init_weights = reference("xavier-he-init", "init_weights")
    torch_init, draw = INITS[scheme]
    torch.manual_seed(17)
    want = torch_init(torch.empty(shape, dtype=F64))
    torch.manual_seed(17)
    draws = draw(shape, dtype=F64).numpy()
    ours = init_weights(list(shape), scheme, draws)
    np.testing.assert_allclose(ours, want.numpy(), rtol=1e-12, atol=1e-15)


def test_init_fans_and_bounds():
    fans = runpy.run_path(str(ROOT / "xavier-he-init" / "solution.py"))["_fans"]
    init_weights = reference("xavier-he-init", "init_weights")
    for shape in [(3, 5), (16, 8, 3, 3), (4, 2, 7)]:
        assert fans(list(shape)) == torch.nn.init._calculate_fan_in_and_fan_out(torch.empty(shape, dtype=F64))
    # Hand-checked: (out, in) = (2, 3) -> Xavier bound sqrt(6 / 5); the draws 0 and 1 map to the ends.
    w = init_weights([2, 3], "xavier_uniform", np.array([[0.0, 1.0, 0.5], [0.5, 0.5, 0.5]]))
    assert w[0, 0] == pytest.approx(-math.sqrt(6 / 5)) and w[0, 1] == pytest.approx(math.sqrt(6 / 5))
    # Variance of a large He-normal tensor is 2 / fan_in.
    z = np.random.default_rng(0).standard_normal((256, 128, 3, 3))
    assert init_weights(list(z.shape), "he_normal", z).var() == pytest.approx(2 / (128 * 9), rel=0.01)


# ----------------------------------------------------------------------------------------------
# inverted-dropout
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "p,shape", [(0.5, (10,)), (0.2, (4, 50)), (0.9, (3, 4, 5)), (0.0, (6, 6)), (1.0, (5, 5))]
)
def test_dropout_matches_torch(p, shape):
    """torch draws its own mask; read it off torch's output (x has no zeros) and feed our
    function draws that encode the same mask (0 -> dropped, 0.9999 -> kept)."""
    dropout = reference("inverted-dropout", "dropout")
    rng = np.random.default_rng(int(p * 10) + len(shape))
    x = rng.uniform(0.5, 2.0, size=shape) * rng.choice([-1.0, 1.0], size=shape)
    dout = rng.normal(size=shape)
    torch.manual_seed(5)
    t = torch.tensor(x, requires_grad=True)
    out_t = torch.nn.functional.dropout(t, p=p, training=True)
    out_t.backward(torch.tensor(dout))
    kept = out_t.detach().numpy() != 0
    u = np.where(kept, 0.9999, 0.0)
    out, dx = dropout(x, dout, p, u, True)
    np.testing.assert_allclose(out, out_t.detach().numpy(), rtol=1e-12, atol=0)
    np.testing.assert_allclose(dx, t.grad.numpy(), rtol=1e-12, atol=0)
    # Evaluation mode is the identity in both.
    out_eval, dx_eval = dropout(x, dout, p, u, False)
    np.testing.assert_array_equal(
        out_eval, torch.nn.functional.dropout(torch.tensor(x), p=p, training=False).numpy()
    )
    np.testing.assert_array_equal(dx_eval, dout)


def test_dropout_keep_rate_and_expectation():
    dropout = reference("inverted-dropout", "dropout")
    rng = np.random.default_rng(1)
    x = np.ones(200_000)
    out, _ = dropout(x, x, 0.3, rng.random(x.shape), True)
    assert (out != 0).mean() == pytest.approx(0.7, abs=0.005)
    assert out.mean() == pytest.approx(1.0, abs=0.01)  # inverted scaling keeps E[out] = x


# ----------------------------------------------------------------------------------------------
# batch-norm
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "n,d,momentum,eps,offset",
    [(2, 3, 0.1, 1e-5, 0.0), (8, 4, 0.1, 1e-5, 0.0), (64, 16, 0.3, 1e-3, 0.0), (32, 5, 0.1, 1e-5, 1e4)],
)
def test_batchnorm_matches_torch(n, d, momentum, eps, offset):
    bn_ref = reference("batch-norm", "batchnorm_forward_backward")
    rng = np.random.default_rng(n * d)
    x = offset + rng.normal(size=(n, d)) * rng.uniform(0.5, 3.0, size=d)
    gamma, beta = rng.normal(size=d), rng.normal(size=d)
    rm, rv = rng.normal(size=d), rng.uniform(0.5, 2.0, size=d)
    dout = rng.normal(size=(n, d))
    out, dx, dgamma, dbeta, new_rm, new_rv = bn_ref(x, gamma, beta, rm, rv, momentum, eps, dout)
    bn = torch.nn.BatchNorm1d(d, eps=eps, momentum=momentum).double().train()
    with torch.no_grad():
        bn.weight.copy_(torch.tensor(gamma))
        bn.bias.copy_(torch.tensor(beta))
        bn.running_mean.copy_(torch.tensor(rm))
        bn.running_var.copy_(torch.tensor(rv))
    xt = torch.tensor(x, requires_grad=True)
    yt = bn(xt)
    yt.backward(torch.tensor(dout))
    np.testing.assert_allclose(out, yt.detach().numpy(), rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(dx, xt.grad.numpy(), rtol=1e-7, atol=1e-10)
    np.testing.assert_allclose(dgamma, bn.weight.grad.numpy(), rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(dbeta, bn.bias.grad.numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(new_rm, bn.running_mean.numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(new_rv, bn.running_var.numpy(), rtol=1e-10, atol=1e-12)


def test_batchnorm_gradients_match_central_differences():
    bn_ref = reference("batch-norm", "batchnorm_forward_backward")
    rng = np.random.default_rng(4)
    x, gamma, beta, dout = (
        rng.normal(size=(5, 3)),
        rng.normal(size=3),
        rng.normal(size=3),
        rng.normal(size=(5, 3)),
    )
    rm, rv = np.zeros(3), np.ones(3)
    _, dx, dgamma, dbeta, _, _ = bn_ref(x, gamma, beta, rm, rv, 0.1, 1e-5, dout)

    def scalar():  # L = sum(out * dout), so dL/dout = dout
        return (bn_ref(x, gamma, beta, rm, rv, 0.1, 1e-5, dout)[0] * dout).sum()

    np.testing.assert_allclose(dx, numerical_grad(scalar, x), rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(dgamma, numerical_grad(scalar, gamma), rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(dbeta, numerical_grad(scalar, beta), rtol=1e-6, atol=1e-8)


# ----------------------------------------------------------------------------------------------
# layer-norm
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "shape,eps,offset",
    [
        ((1, 1), 1e-5, 0.0),
        ((4, 3), 1e-5, 0.0),
        ((2, 7, 16), 1e-5, 0.0),
        ((8, 64), 1e-3, 0.0),
        ((5, 10), 1e-5, 1e5),
    ],
)
def test_layernorm_matches_torch(shape, eps, offset):
    ln_ref = reference("layer-norm", "layernorm_forward_backward")
    rng = np.random.default_rng(sum(shape))
    d = shape[-1]
    x = offset + rng.normal(size=shape)
    gamma, beta, dout = rng.normal(size=d), rng.normal(size=d), rng.normal(size=shape)
    out, dx, dgamma, dbeta = ln_ref(x, gamma, beta, eps, dout)
    xt, gt, bt = (torch.tensor(a, requires_grad=True) for a in (x, gamma, beta))
    yt = torch.nn.functional.layer_norm(xt, (d,), weight=gt, bias=bt, eps=eps)
    yt.backward(torch.tensor(dout))
    np.testing.assert_allclose(out, yt.detach().numpy(), rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(dx, xt.grad.numpy(), rtol=1e-7, atol=1e-10)
    np.testing.assert_allclose(dgamma, gt.grad.numpy(), rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(dbeta, bt.grad.numpy(), rtol=1e-10, atol=1e-12)


def test_layernorm_gradients_match_central_differences():
    ln_ref = reference("layer-norm", "layernorm_forward_backward")
    rng = np.random.default_rng(6)
    x, gamma, beta, dout = (
        rng.normal(size=(2, 3, 4)),
        rng.normal(size=4),
        rng.normal(size=4),
        rng.normal(size=(2, 3, 4)),
    )
    _, dx, dgamma, dbeta = ln_ref(x, gamma, beta, 1e-5, dout)

    def scalar():
        return (ln_ref(x, gamma, beta, 1e-5, dout)[0] * dout).sum()

    np.testing.assert_allclose(dx, numerical_grad(scalar, x), rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(dgamma, numerical_grad(scalar, gamma), rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(dbeta, numerical_grad(scalar, beta), rtol=1e-6, atol=1e-8)


# ----------------------------------------------------------------------------------------------
# conv2d-im2col
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "N,C,H,W,F,KH,KW,stride,padding",
    [
        (1, 1, 3, 3, 1, 2, 2, 1, 0),
        (2, 3, 7, 6, 4, 3, 3, 1, 1),
        (1, 2, 9, 9, 3, 5, 2, 2, 2),
        (3, 4, 8, 8, 2, 1, 1, 3, 0),
        (2, 8, 16, 16, 8, 3, 3, 2, 1),
        (1, 3, 5, 5, 2, 5, 5, 1, 3),
    ],
)
def test_conv2d_matches_torch(N, C, H, W, F, KH, KW, stride, padding):
    conv2d = reference("conv2d-im2col", "conv2d")
    rng = np.random.default_rng(N * C * H + F)
    x, w, b = rng.normal(size=(N, C, H, W)), rng.normal(size=(F, C, KH, KW)), rng.normal(size=F)
    ours = conv2d(x, w, b, stride, padding)
    want = torch.nn.functional.conv2d(
        torch.tensor(x), torch.tensor(w), torch.tensor(b), stride=stride, padding=padding
    ).numpy()
    assert ours.shape == want.shape
    np.testing.assert_allclose(ours, want, rtol=1e-10, atol=1e-10)


def test_conv2d_is_correlation_not_convolution():
    """Hand-checked on the statement's example: the unflipped kernel [[1, 0], [0, -1]] gives
    x[i, j] - x[i+1, j+1] + 0.5 = -3.5 everywhere; the true convolution (flipped kernel) would
    give x[i+1, j+1] - x[i, j] + 0.5 = 4.5."""
    conv2d = reference("conv2d-im2col", "conv2d")
    x = np.arange(1.0, 10.0).reshape(1, 1, 3, 3)
    w = np.array([[[[1.0, 0.0], [0.0, -1.0]]]])
    np.testing.assert_array_equal(conv2d(x, w, np.array([0.5]), 1, 0), np.full((1, 1, 2, 2), -3.5))
    np.testing.assert_array_equal(
        conv2d(x, w[:, :, ::-1, ::-1], np.array([0.5]), 1, 0), np.full((1, 1, 2, 2), 4.5)
    )


# ----------------------------------------------------------------------------------------------
# pooling-2d
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["max", "avg"])
@pytest.mark.parametrize(
    "shape,k,stride",
    [
        ((1, 1, 4, 4), 2, 2),
        ((2, 3, 7, 5), 3, 1),
        ((1, 2, 9, 9), 3, 3),
        ((2, 2, 11, 13), 5, 4),
        ((3, 1, 6, 6), 1, 2),
        ((1, 4, 8, 10), 2, 3),
    ],
)
def test_pooling_matches_torch(mode, shape, k, stride):
    pool2d = reference("pooling-2d", "pool2d")
    x = np.random.default_rng(sum(shape) + k).normal(size=shape) - 2.0
    ours = pool2d(x, k, stride, mode)
    fn = torch.nn.functional.max_pool2d if mode == "max" else torch.nn.functional.avg_pool2d
    want = fn(torch.tensor(x), k, stride).numpy()
    assert ours.shape == want.shape
    np.testing.assert_allclose(ours, want, rtol=1e-12, atol=1e-12)


# ----------------------------------------------------------------------------------------------
# rnn-lstm-cell
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cell", ["rnn", "lstm"])
@pytest.mark.parametrize(
    "T,N,D,H,scale", [(1, 1, 1, 1, 1.0), (5, 2, 3, 4, 1.0), (12, 4, 6, 8, 1.0), (6, 3, 4, 5, 15.0)]
)
def test_recurrent_matches_torch_cells_and_layers(cell, T, N, D, H, scale):
    rnn_forward = reference("rnn-lstm-cell", "rnn_forward")
    G = 4 if cell == "lstm" else 1
    rng = np.random.default_rng(T * N + D * H)
    X = rng.normal(size=(T, N, D))
    h0, c0 = rng.normal(size=(N, H)), (rng.normal(size=(N, H)) if cell == "lstm" else np.zeros((N, H)))
    W_ih, W_hh = (
        scale * rng.normal(size=(G * H, D)) / np.sqrt(H),
        scale * rng.normal(size=(G * H, H)) / np.sqrt(H),
    )
    b_ih, b_hh = rng.normal(size=G * H), rng.normal(size=G * H)
    ours = rnn_forward(cell, X, h0, c0, W_ih, W_hh, b_ih, b_hh)
    assert ours.shape == (T, N, H)

    step = (torch.nn.LSTMCell(D, H) if cell == "lstm" else torch.nn.RNNCell(D, H)).double()
    layer = (torch.nn.LSTM(D, H) if cell == "lstm" else torch.nn.RNN(D, H)).double()
    with torch.no_grad():
        for module, suffix in ((step, ""), (layer, "_l0")):
            for name, value in (
                ("weight_ih", W_ih),
                ("weight_hh", W_hh),
                ("bias_ih", b_ih),
                ("bias_hh", b_hh),
            ):
                getattr(module, name + suffix).copy_(torch.tensor(value))
        h, c = torch.tensor(h0), torch.tensor(c0)
        for t in range(T):
            if cell == "lstm":
                h, c = step(torch.tensor(X[t]), (h, c))
            else:
                h = step(torch.tensor(X[t]), h)
            np.testing.assert_allclose(ours[t], h.numpy(), rtol=1e-10, atol=1e-12)
        state = (torch.tensor(h0)[None], torch.tensor(c0)[None]) if cell == "lstm" else torch.tensor(h0)[None]
        seq, _ = layer(torch.tensor(X), state)
    np.testing.assert_allclose(ours, seq.numpy(), rtol=1e-10, atol=1e-12)
