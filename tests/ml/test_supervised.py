"""Supervised-learning references checked against scikit-learn, PyTorch and worked examples.

Each reference solution is loaded from its problem folder and run in this process on seeded
inputs of several shapes. Tolerances are stated at each comparison.
"""

from __future__ import annotations

import math
import runpy
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import Lasso, LinearRegression, LogisticRegression, Perceptron, Ridge
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import LinearSVC
from sklearn.tree import DecisionTreeClassifier

import mlinterview

ROOT = Path(mlinterview.__file__).parent / "content" / "ml"


def reference(slug: str, name: str):
    return runpy.run_path(str(ROOT / slug / "solution.py"))[name]


def pack_module(slug: str, filename: str) -> dict:
    return runpy.run_path(str(ROOT / slug / filename))


def regression_data(rng, n, d, noise=0.1):
    X = rng.normal(size=(n, d))
    w = rng.normal(size=d)
    y = X @ w + 0.7 + noise * rng.normal(size=n)
    return X, y


# ----------------------------------------------------------------------------------------------
# linear-regression-closed-form
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("n,d", [(3, 1), (20, 3), (100, 8), (40, 25)])
def test_closed_form_matches_sklearn(n, d):
    fit = reference("linear-regression-closed-form", "linear_regression_closed_form")
    rng = np.random.default_rng(n * 100 + d)
    X, y = regression_data(rng, n, d)
    X = X * rng.uniform(0.1, 10.0, size=d)  # features on different scales
    w, b = fit(X, y)
    model = LinearRegression().fit(X, y)
    np.testing.assert_allclose(w, model.coef_, rtol=1e-7, atol=1e-8)
    assert b == pytest.approx(model.intercept_, rel=1e-7, abs=1e-8)


# ----------------------------------------------------------------------------------------------
# linear-regression-gradient-descent
# ----------------------------------------------------------------------------------------------


def _squared_loss(X, y, w, b):
    r = X @ w + b - y
    return 0.5 * np.mean(r**2)


@pytest.mark.parametrize("n,d", [(1, 1), (10, 3), (64, 6)])
def test_linear_gd_one_step_is_the_autograd_gradient(n, d):
    step = reference("linear-regression-gradient-descent", "linear_regression_gd")
    rng = np.random.default_rng(7 + n + d)
    X, y = regression_data(rng, n, d)
    w0, b0, lr = rng.normal(size=d), 0.3, 0.05
    w1, b1 = step(X, y, w0, b0, lr, 1)
    grad_w, grad_b = (w0 - w1) / lr, (b0 - b1) / lr
    # PyTorch autograd of L = 1/(2n) ||Xw + b - y||^2 at (w0, b0), float64.
    tw = torch.tensor(w0, requires_grad=True)
    tb = torch.tensor(b0, dtype=torch.float64, requires_grad=True)
    loss = 0.5 * ((torch.tensor(X) @ tw + tb - torch.tensor(y)) ** 2).mean()
    loss.backward()
    np.testing.assert_allclose(grad_w, tw.grad.numpy(), rtol=1e-7, atol=1e-9)
    assert grad_b == pytest.approx(tb.grad.item(), rel=1e-7, abs=1e-9)
    # Central differences on the same loss.
    h = 1e-6
    for j in range(d):
        e = np.zeros(d)
        e[j] = h
        numeric = (_squared_loss(X, y, w0 + e, b0) - _squared_loss(X, y, w0 - e, b0)) / (2 * h)
        assert grad_w[j] == pytest.approx(numeric, rel=1e-5, abs=1e-7)
    numeric_b = (_squared_loss(X, y, w0, b0 + h) - _squared_loss(X, y, w0, b0 - h)) / (2 * h)
    assert grad_b == pytest.approx(numeric_b, rel=1e-5, abs=1e-7)


def test_linear_gd_converges_to_least_squares():
    gd = reference("linear-regression-gradient-descent", "linear_regression_gd")
    rng = np.random.default_rng(11)
    X, y = regression_data(rng, 200, 4)
    w, b = gd(X, y, np.zeros(4), 0.0, 0.5, 3000)
    model = LinearRegression().fit(X, y)
    np.testing.assert_allclose(w, model.coef_, rtol=1e-6, atol=1e-8)
    assert b == pytest.approx(model.intercept_, abs=1e-8)


def test_linear_gd_zero_iterations_returns_a_copy_of_the_start():
    gd = reference("linear-regression-gradient-descent", "linear_regression_gd")
    w0 = np.array([1.0, -2.0])
    w, b = gd(np.ones((3, 2)), np.zeros(3), w0, 4.0, 0.1, 0)
    np.testing.assert_array_equal(w, w0)
    assert b == 4.0
    w[0] = 99.0
    assert w0[0] == 1.0


# ----------------------------------------------------------------------------------------------
# ridge-regression
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("n,d,alpha", [(1, 3, 1.0), (6, 12, 0.5), (30, 5, 0.0), (80, 10, 3.0), (50, 4, 1e4)])
def test_ridge_matches_sklearn(n, d, alpha):
    ridge = reference("ridge-regression", "ridge_regression")
    rng = np.random.default_rng(n + d)
    X, y = regression_data(rng, n, d)
    if n > 1 and alpha > 0:
        X[:, 1] = 2.5  # a constant feature: its weight must be 0
    w, b = ridge(X, y, alpha)
    # sklearn Ridge: ||y - Xw - b||^2 + alpha ||w||^2, intercept not penalised.
    model = Ridge(alpha=alpha, solver="cholesky").fit(X, y)
    np.testing.assert_allclose(w, model.coef_, rtol=1e-7, atol=1e-9)
    assert b == pytest.approx(model.intercept_, rel=1e-7, abs=1e-9)


# ----------------------------------------------------------------------------------------------
# lasso-coordinate-descent
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("n,d,alpha,sweeps", [(20, 3, 0.1, 1), (50, 8, 0.05, 5), (30, 40, 0.2, 10)])
def test_lasso_same_sweeps_as_sklearn(n, d, alpha, sweeps):
    # sklearn's Lasso runs the same cyclic coordinate descent from w = 0 on centred data; with
    # tol=0 it stops only after max_iter sweeps, so the iterates agree to rounding.
    lasso = reference("lasso-coordinate-descent", "lasso_coordinate_descent")
    rng = np.random.default_rng(3 * n + d)
    X, y = regression_data(rng, n, d)
    w, b = lasso(X, y, alpha, sweeps)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = Lasso(alpha=alpha, max_iter=sweeps, tol=0.0, selection="cyclic").fit(X, y)
    np.testing.assert_allclose(w, model.coef_, rtol=1e-8, atol=1e-10)
    assert b == pytest.approx(model.intercept_, rel=1e-8, abs=1e-10)


@pytest.mark.parametrize("n,d,alpha", [(40, 5, 0.01), (100, 10, 0.1), (25, 30, 0.05)])
def test_lasso_converges_to_sklearn(n, d, alpha):
    lasso = reference("lasso-coordinate-descent", "lasso_coordinate_descent")
    rng = np.random.default_rng(n * d)
    X, y = regression_data(rng, n, d)
    X[:, 0] = 1.0  # constant feature: weight exactly 0
    w, b = lasso(X, y, alpha, 3000)
    model = Lasso(alpha=alpha, tol=1e-12, max_iter=100_000).fit(X, y)
    np.testing.assert_allclose(w, model.coef_, rtol=1e-6, atol=1e-7)
    assert b == pytest.approx(model.intercept_, abs=1e-7)
    assert w[0] == 0.0
    # The zero pattern is the lasso's point: the same coefficients are exactly zero.
    np.testing.assert_array_equal(w == 0.0, model.coef_ == 0.0)


# ----------------------------------------------------------------------------------------------
# logistic-regression-gradient-descent
# ----------------------------------------------------------------------------------------------


def _overlapping_classes(rng, n, d):
    X = rng.normal(size=(n, d))
    p = 1.0 / (1.0 + np.exp(-(X @ rng.normal(size=d) + 0.3)))
    return X, (rng.random(n) < p).astype(float)


@pytest.mark.parametrize("n,d,l2", [(1, 2, 0.0), (12, 3, 0.1), (50, 5, 0.0)])
def test_logistic_step_and_loss_match_torch(n, d, l2):
    fit = reference("logistic-regression-gradient-descent", "logistic_regression_gd")
    rng = np.random.default_rng(n + 31 * d)
    X, y = _overlapping_classes(rng, n, d)
    w0, b0, lr = rng.normal(size=d), -0.2, 0.3
    w1, b1, _ = fit(X, y, w0, b0, lr, 1, l2)
    tw = torch.tensor(w0, requires_grad=True)
    tb = torch.tensor(b0, dtype=torch.float64, requires_grad=True)
    logits = torch.tensor(X) @ tw + tb
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    loss = bce(logits, torch.tensor(y)) + 0.5 * l2 * (tw @ tw)
    loss.backward()
    np.testing.assert_allclose((w0 - w1) / lr, tw.grad.numpy(), rtol=1e-7, atol=1e-9)
    assert (b0 - b1) / lr == pytest.approx(tb.grad.item(), rel=1e-7, abs=1e-9)
    # The reported loss is the objective at the returned parameters.
    w, b, reported = fit(X, y, w0, b0, lr, 7, l2)
    z = torch.tensor(X @ w + b)
    expected = bce(z, torch.tensor(y)).item() + 0.5 * l2 * w @ w
    assert reported == pytest.approx(expected, rel=1e-10)


def test_logistic_loss_is_exact_for_extreme_logits():
    fit = reference("logistic-regression-gradient-descent", "logistic_regression_gd")
    X = np.array([[800.0], [-900.0], [1.0]])
    y = np.array([0.0, 1.0, 1.0])
    _, _, loss = fit(X, y, np.array([1.0]), 0.0, 0.0, 1, 0.0)
    # Per-sample loss log(1 + e^z) - y z: z = 800, y = 0 -> 800; z = -900, y = 1 -> 900;
    # z = 1, y = 1 -> log(1 + e^-1). The mean is finite and large.
    assert loss == pytest.approx((800 + 900 + math.log1p(math.exp(-1))) / 3, rel=1e-12)


@pytest.mark.parametrize("n,d,C", [(200, 3, 1.0), (120, 5, 0.1)])
def test_logistic_converges_to_sklearn(n, d, C):
    # sklearn minimises C * sum(CE) + ||w||^2 / 2, i.e. mean(CE) + ||w||^2 / (2 C n): l2 = 1/(C n).
    fit = reference("logistic-regression-gradient-descent", "logistic_regression_gd")
    rng = np.random.default_rng(n + d)
    X, y = _overlapping_classes(rng, n, d)
    w, b, _ = fit(X, y, np.zeros(d), 0.0, 1.0, 20_000, 1.0 / (C * n))
    model = LogisticRegression(C=C, tol=1e-12, max_iter=10_000).fit(X, y)
    ours = 1.0 / (1.0 + np.exp(-(X @ w + b)))
    # Probabilities within 1e-6; coefficients within 1e-5.
    np.testing.assert_allclose(ours, model.predict_proba(X)[:, 1], atol=1e-6)
    np.testing.assert_allclose(w, model.coef_[0], atol=1e-5)


def test_logistic_unregularised_converges_to_sklearn():
    fit = reference("logistic-regression-gradient-descent", "logistic_regression_gd")
    rng = np.random.default_rng(5)
    X, y = _overlapping_classes(rng, 300, 2)
    w, b, _ = fit(X, y, np.zeros(2), 0.0, 2.0, 20_000, 0.0)
    model = LogisticRegression(C=np.inf, tol=1e-12, max_iter=10_000).fit(X, y)
    ours = 1.0 / (1.0 + np.exp(-(X @ w + b)))
    np.testing.assert_allclose(ours, model.predict_proba(X)[:, 1], atol=1e-6)


# ----------------------------------------------------------------------------------------------
# softmax-regression
# ----------------------------------------------------------------------------------------------


def _softmax_loss(X, y, W, b):
    Z = X @ W + b
    Z = Z - Z.max(axis=1, keepdims=True)
    return -(Z[np.arange(len(y)), y] - np.log(np.exp(Z).sum(axis=1))).mean()


@pytest.mark.parametrize("n,d,k", [(1, 2, 3), (10, 4, 3), (40, 6, 5)])
def test_softmax_step_matches_torch_autograd(n, d, k):
    fit = reference("softmax-regression", "softmax_regression_gd")
    rng = np.random.default_rng(100 * n + 10 * d + k)
    X = rng.normal(size=(n, d))
    y = rng.integers(0, k, size=n)
    W0, b0, lr = rng.normal(size=(d, k)), rng.normal(size=k), 0.5
    W1, b1, _ = fit(X, y, W0, b0, lr, 1)
    tW = torch.tensor(W0, requires_grad=True)
    tb = torch.tensor(b0, requires_grad=True)
    loss = torch.nn.functional.cross_entropy(torch.tensor(X) @ tW + tb, torch.tensor(y))
    loss.backward()
    np.testing.assert_allclose((W0 - W1) / lr, tW.grad.numpy(), rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose((b0 - b1) / lr, tb.grad.numpy(), rtol=1e-7, atol=1e-9)
    # Central differences on a few weights.
    h = 1e-6
    grad = (W0 - W1) / lr
    for i, j in [(0, 0), (d - 1, k - 1), (d // 2, 1)]:
        E = np.zeros_like(W0)
        E[i, j] = h
        numeric = (_softmax_loss(X, y, W0 + E, b0) - _softmax_loss(X, y, W0 - E, b0)) / (2 * h)
        assert grad[i, j] == pytest.approx(numeric, rel=1e-5, abs=1e-7)


def test_softmax_many_steps_match_torch_sgd():
    fit = reference("softmax-regression", "softmax_regression_gd")
    rng = np.random.default_rng(2024)
    X = rng.normal(size=(30, 4))
    y = rng.integers(0, 3, size=30)
    W0, b0 = rng.normal(size=(4, 3)), np.zeros(3)
    W, b, loss = fit(X, y, W0, b0, 0.2, 25)
    tW = torch.tensor(W0, requires_grad=True)
    tb = torch.tensor(b0, requires_grad=True)
    opt = torch.optim.SGD([tW, tb], lr=0.2)
    for _ in range(25):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(torch.tensor(X) @ tW + tb, torch.tensor(y)).backward()
        opt.step()
    np.testing.assert_allclose(W, tW.detach().numpy(), rtol=1e-9, atol=1e-11)
    np.testing.assert_allclose(b, tb.detach().numpy(), rtol=1e-9, atol=1e-11)
    final = torch.nn.functional.cross_entropy(torch.tensor(X) @ tW + tb, torch.tensor(y)).item()
    assert loss == pytest.approx(final, rel=1e-10)


def test_softmax_extreme_logits_stay_finite():
    fit = reference("softmax-regression", "softmax_regression_gd")
    X = np.array([[1000.0], [-1000.0]])
    y = np.array([0, 0])
    W0 = np.array([[1.0, 1.001]])
    W, b, loss = fit(X, y, W0, np.zeros(2), 1e-4, 3)
    assert np.isfinite(W).all() and np.isfinite(b).all() and math.isfinite(loss)
    logits = torch.tensor(X) @ torch.tensor(W) + torch.tensor(b)
    assert loss == pytest.approx(torch.nn.functional.cross_entropy(logits, torch.tensor(y)).item(), rel=1e-10)


# ----------------------------------------------------------------------------------------------
# k-nearest-neighbors
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "n,m,d,k,classes", [(1, 4, 2, 1, 1), (30, 20, 2, 3, 2), (100, 50, 5, 7, 4), (60, 10, 3, 60, 3)]
)
def test_knn_matches_sklearn(n, m, d, k, classes):
    knn = reference("k-nearest-neighbors", "knn_classify")
    rng = np.random.default_rng(n + m + k)
    X_train, X_test = rng.normal(size=(n, d)), rng.normal(size=(m, d))  # continuous: no distance ties
    y_train = rng.integers(0, classes, size=n) * 3 - 2  # labels need not be 0..K-1
    model = KNeighborsClassifier(n_neighbors=k, algorithm="brute").fit(X_train, y_train)
    np.testing.assert_array_equal(knn(X_train, y_train, X_test, k), model.predict(X_test))


def test_knn_tie_rules_by_hand():
    knn = reference("k-nearest-neighbors", "knn_classify")
    X_train = np.array([[0.0], [2.0], [-2.0], [5.0]])
    y_train = np.array([7, 3, 5, 3])
    X_test = np.array([[0.0], [1.0], [3.5]])
    # Query 0: distances 0, 2, 2, 5. k=3 takes indices 0, 1, 2 -> labels 7, 3, 5: three-way
    #   vote tie, smallest label 3 (not the nearest's 7).
    # Query 1: distances 1, 1, 3, 4. k=1 with a distance tie between indices 0 and 1: the
    #   lower index 0 comes first -> 7.
    # Query 3.5: distances 3.5, 1.5, 5.5, 1.5 -> k=1 takes index 1 (before 3) -> 3.
    assert knn(X_train, y_train, X_test[:1], 3).tolist() == [3]
    assert knn(X_train, y_train, X_test[1:], 1).tolist() == [7, 3]
    # k=2 at query 1: indices 0 and 1 (labels 7, 3) tie 1-1 -> smallest label 3.
    assert knn(X_train, y_train, X_test[1:2], 2).tolist() == [3]


# ----------------------------------------------------------------------------------------------
# gaussian-naive-bayes
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "n,m,d,classes,smoothing", [(6, 3, 1, 2, 1e-9), (50, 20, 4, 3, 1e-9), (200, 40, 8, 5, 1e-2)]
)
def test_gnb_matches_sklearn(n, m, d, classes, smoothing):
    gnb = reference("gaussian-naive-bayes", "gaussian_nb_predict_proba")
    rng = np.random.default_rng(n * classes)
    y_train = np.concatenate([np.arange(classes), rng.integers(0, classes, size=n - classes)])
    X_train = rng.normal(size=(n, d)) + y_train[:, None] * rng.normal(size=d)
    X_test = rng.normal(scale=3.0, size=(m, d))
    X_test[0] = 60.0  # far from everything: densities underflow unless kept in logs
    model = GaussianNB(var_smoothing=smoothing).fit(X_train, y_train)
    np.testing.assert_allclose(
        gnb(X_train, y_train, X_test, smoothing), model.predict_proba(X_test), rtol=1e-7, atol=1e-12
    )


def test_gnb_constant_feature_within_a_class():
    gnb = reference("gaussian-naive-bayes", "gaussian_nb_predict_proba")
    X_train = np.array([[1.0, 0.0], [1.0, 1.0], [3.0, 2.0], [4.0, 2.5]])
    y_train = np.array([0, 0, 1, 1])  # feature 0 is constant inside class 0
    X_test = np.array([[1.0, 0.5], [2.0, 1.0]])
    model = GaussianNB().fit(X_train, y_train)
    got = gnb(X_train, y_train, X_test, 1e-9)
    assert np.isfinite(got).all()
    np.testing.assert_allclose(got, model.predict_proba(X_test), rtol=1e-7, atol=1e-12)


# ----------------------------------------------------------------------------------------------
# decision-tree-best-split
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("criterion", ["gini", "entropy"])
@pytest.mark.parametrize("n,d,classes", [(2, 1, 2), (15, 2, 2), (60, 4, 3), (150, 6, 4)])
def test_best_split_matches_sklearn_root(criterion, n, d, classes):
    split = reference("decision-tree-best-split", "best_split")
    rng = np.random.default_rng(n + d + classes)
    # Values exactly representable in float32, since sklearn works in float32.
    X = np.round(rng.normal(size=(n, d)) * 1024) / 1024
    y = np.concatenate([np.arange(classes), rng.integers(0, classes, size=n - classes)])[:n]
    feature, threshold, gain = split(X, y, criterion)
    tree = DecisionTreeClassifier(criterion=criterion, max_depth=1, random_state=0).fit(X, y).tree_
    left, right = tree.children_left[0], tree.children_right[0]
    sk_gain = (
        tree.impurity[0]
        - (
            tree.n_node_samples[left] * tree.impurity[left]
            + tree.n_node_samples[right] * tree.impurity[right]
        )
        / n
    )
    assert gain == pytest.approx(sk_gain, abs=1e-9)
    assert feature == tree.feature[0]
    assert threshold == pytest.approx(tree.threshold[0], abs=1e-9)


def test_best_split_by_hand_and_validator():
    split = reference("decision-tree-best-split", "best_split")
    check = pack_module("decision-tree-best-split", "checker.py")["check"]
    X = np.array([[1.0, 5.0], [2.0, 6.0], [3.0, 7.0], [4.0, 8.0]])
    y = np.array([0, 0, 1, 1])
    # Parent Gini = 1 - 0.5^2 - 0.5^2 = 0.5. Cutting between 2 and 3 on feature 0 makes two pure
    # halves: gain 0.5. Feature 1 has the same order, so (1, 6.5) ties; the first is (0, 2.5).
    # Entropy: parent 1 bit, pure children -> gain 1.0.
    assert split(X, y, "gini") == (0, 2.5, 0.5)
    assert split(X, y, "entropy") == (0, 2.5, 1.0)
    args = [X.tolist(), y.tolist(), "gini"]
    expected = [0, 2.5, 0.5]
    assert check(args, expected, [0, 2.5, 0.5]) is True
    assert check(args, expected, (1, 6.5, 0.5)) is True  # an equally good split is accepted
    assert isinstance(check(args, expected, [0, 1.5, 0.5]), str)  # gain of that cut is 1/6
    assert isinstance(check(args, expected, [0, 2.5, 0.25]), str)  # misreported gain
    assert isinstance(check(args, expected, [0, 2.0, 0.5]), str)  # not a midpoint
    assert isinstance(check(args, expected, None), str)
    # Nothing to split: every feature constant.
    const = [[[1.0], [1.0]], [0, 1], "gini"]
    assert split(np.array(const[0]), np.array(const[1]), "gini") == (-1, None, 0.0)
    assert check(const, [-1, None, 0.0], [-1, None, 0.0]) is True
    assert isinstance(check(const, [-1, None, 0.0], [0, 1.0, 0.0]), str)


def test_best_split_reference_passes_its_validator_on_generated_cases():
    split = reference("decision-tree-best-split", "best_split")
    gen = pack_module("decision-tree-best-split", "gen.py")
    check = pack_module("decision-tree-best-split", "checker.py")["check"]
    for _, args in gen["generate"]():
        got = split(*args)
        assert check(args, list(got), list(got)) is True


# ----------------------------------------------------------------------------------------------
# decision-tree-classifier
# ----------------------------------------------------------------------------------------------


def _tree_data(seed, n, d, classes, extra=100):
    rng = np.random.default_rng(seed)
    X = np.round(rng.normal(size=(n + extra, d)) * 1024) / 1024  # float32-exact values
    score = X[:n, 0] + X[:n, 1] ** 2 + 0.5 * rng.normal(size=n)
    y = np.digitize(score, np.quantile(score, np.linspace(0, 1, classes + 1)[1:-1]))
    return X[:n], y, X[n:] + 1 / 4096  # test points never sit on a threshold


def _impurity(y, criterion):
    p = np.unique(y, return_counts=True)[1] / len(y)
    return 1 - (p**2).sum() if criterion == "gini" else -(p * np.log2(p)).sum()


def _gain(X, y, feature, threshold, criterion):
    left = X[:, feature] <= threshold
    return _impurity(y, criterion) - (
        left.sum() * _impurity(y[left], criterion) + (~left).sum() * _impurity(y[~left], criterion)
    ) / len(y)


@pytest.mark.parametrize("criterion", ["gini", "entropy"])
@pytest.mark.parametrize(
    "n,d,classes,max_depth,min_split",
    [(10, 2, 2, 3, 2), (80, 3, 3, 4, 2), (200, 5, 4, 8, 10), (150, 4, 2, 1, 2)],
)
def test_sklearn_tree_is_one_our_rules_allow(criterion, n, d, classes, max_depth, min_split):
    """Walk sklearn's tree: every node must stop or split exactly when our rules say so, and
    every split must reach our best gain. sklearn breaks gain ties by a random feature order
    (small nodes tie often: the counts are integers), so the splits themselves may differ."""
    best_split = reference("decision-tree-best-split", "best_split")
    X, y, _ = _tree_data(n * d + max_depth, n, d, classes)
    tree = (
        DecisionTreeClassifier(
            criterion=criterion, max_depth=max_depth, min_samples_split=min_split, random_state=0
        )
        .fit(X, y)
        .tree_
    )
    stack = [(0, np.arange(n), 0)]
    while stack:
        node, rows, depth = stack.pop()
        Xn, yn = X[rows], y[rows]
        labels, counts = np.unique(yn, return_counts=True)
        feature, _, gain = best_split(Xn, yn, criterion)
        stops = depth >= max_depth or len(rows) < min_split or len(labels) == 1 or feature < 0
        if tree.children_left[node] == -1:
            assert stops
            assert labels[counts.argmax()] == np.argmax(tree.value[node][0])
            continue
        assert not stops
        f, t = tree.feature[node], tree.threshold[node]
        assert _gain(Xn, yn, f, t, criterion) == pytest.approx(gain, abs=1e-9)
        left = Xn[:, f] <= t
        stack += [
            (tree.children_left[node], rows[left], depth + 1),
            (tree.children_right[node], rows[~left], depth + 1),
        ]


@pytest.mark.parametrize("criterion", ["gini", "entropy"])
@pytest.mark.parametrize("n,d,classes,max_depth,min_split", [(100, 3, 2, 3, 25), (300, 4, 3, 4, 40)])
def test_tree_predictions_match_sklearn_without_ties(criterion, n, d, classes, max_depth, min_split):
    # Large nodes only (min_samples_split well above 2): no two candidate splits tie here, so
    # sklearn's tree and ours are the same tree.
    tree = reference("decision-tree-classifier", "decision_tree_predict")
    X, y, X_test = _tree_data(n + d, n, d, classes)
    ours = tree(X, y, X_test, max_depth, min_split, criterion)
    model = DecisionTreeClassifier(
        criterion=criterion, max_depth=max_depth, min_samples_split=min_split, random_state=0
    ).fit(X, y)
    np.testing.assert_array_equal(ours, model.predict(X_test))


def test_tree_xor_needs_a_zero_gain_first_split():
    tree = reference("decision-tree-classifier", "decision_tree_predict")
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([0, 1, 1, 0])
    # Every root split has gain 0 (each half keeps one of each class), but the tree still splits
    # (feature 0 at 0.5, the first candidate) and depth 2 separates XOR perfectly.
    assert tree(X, y, X, 2, 2, "gini").tolist() == [0, 1, 1, 0]
    # Depth 1 cannot help: both leaves are 1-1 ties -> smallest label 0.
    assert tree(X, y, X, 1, 2, "gini").tolist() == [0, 0, 0, 0]


# ----------------------------------------------------------------------------------------------
# random-forest
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "n,d,trees,subset,max_depth,min_split", [(20, 3, 3, 2, 3, 2), (120, 6, 9, 3, 5, 4), (60, 4, 10, 4, 2, 2)]
)
def test_forest_is_a_vote_of_our_trees(n, d, trees, subset, max_depth, min_split):
    forest = reference("random-forest", "random_forest_predict")
    tree = reference("decision-tree-classifier", "decision_tree_predict")
    rng = np.random.default_rng(n + trees)
    X = np.round(rng.normal(size=(n + 40, d)) * 1024) / 1024
    y = (X[:n, 0] - X[:n, 1] + 0.7 * rng.normal(size=n) > 0).astype(int) * 2 + (X[:n, 2] > 1)
    X_train, X_test = X[:n], X[n:] + 1 / 4096
    boot = rng.integers(0, n, size=(trees, n))
    feats = np.sort(np.array([rng.choice(d, size=subset, replace=False) for _ in range(trees)]), axis=1)
    got = forest(X_train, y, X_test, boot, feats, max_depth, min_split)
    classes = np.unique(y)
    # Built by hand from the decision-tree-classifier reference: one tree per bootstrap sample on
    # its own columns, then a majority vote with ties to the smallest label.
    votes = np.zeros((len(X_test), len(classes)), dtype=int)
    for rows, cols in zip(boot, feats, strict=True):
        pred = tree(X_train[rows][:, cols], y[rows], X_test[:, cols], max_depth, min_split, "gini")
        votes[np.arange(len(X_test)), np.searchsorted(classes, pred)] += 1
    np.testing.assert_array_equal(got, classes[votes.argmax(axis=1)])


# ----------------------------------------------------------------------------------------------
# gradient-boosted-stumps
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "n,d,rounds,lr", [(2, 1, 1, 0.5), (30, 2, 10, 0.1), (150, 5, 60, 0.2), (80, 3, 100, 1.0)]
)
def test_boosted_stumps_match_sklearn(n, d, rounds, lr):
    boost = reference("gradient-boosted-stumps", "gradient_boosting_stumps")
    rng = np.random.default_rng(n + rounds)
    X = np.round(rng.normal(size=(n + 30, d)) * 1024) / 1024
    y = np.sin(2 * X[:n, 0]) + X[:n, -1] ** 2 + 0.1 * rng.normal(size=n)
    X_train, X_test = X[:n], X[n:] + 1 / 4096
    model = GradientBoostingRegressor(n_estimators=rounds, learning_rate=lr, max_depth=1, random_state=0).fit(
        X_train, y
    )
    np.testing.assert_allclose(
        boost(X_train, y, X_test, rounds, lr), model.predict(X_test), rtol=1e-9, atol=1e-9
    )


# ----------------------------------------------------------------------------------------------
# adaboost-stumps
# ----------------------------------------------------------------------------------------------


def test_adaboost_by_hand():
    ada = reference("adaboost-stumps", "adaboost_stumps")
    X = np.array([[1.0], [2.0], [3.0], [4.0], [5.0]])
    y = np.array([1, 1, -1, -1, 1])
    alphas, scores = ada(X, y, X, 2)
    # Round 1, weights 1/5 each, y = (+ + - - +). Thresholds 1.5, 2.5, 3.5, 4.5; polarity +1
    # predicts +1 at x <= t. Errors (in fifths), (+1, -1) per threshold:
    #   1.5: (2, 3)   2.5: (1, 4)   3.5: (2, 3)   4.5: (3, 2)
    # The least is (2.5, +1) predicting (+ + - - -), wrong only at x=5: e = 1/5,
    # alpha1 = ln((4/5)/(1/5)) = ln 4. x=5's weight is multiplied by 4: weights (1,1,1,1,4)/8.
    # Round 2 errors (in eighths), (+1, -1) per threshold:
    #   1.5: (+ - - - -) misses x=2,5 -> 5; (- + + + +) misses x=1,3,4 -> 3
    #   2.5: 4 and 4
    #   3.5: (+ + + - -) misses x=3,5 -> 5; (- - - + +) misses x=1,2,4 -> 3
    #   4.5: (+ + + + -) misses x=3,4,5 -> 6; (- - - - +) misses x=1,2 -> 2
    # The least is (4.5, -1): e = 2/8, alpha2 = ln((6/8)/(2/8)) = ln 3.
    np.testing.assert_allclose(alphas, [math.log(4), math.log(3)], rtol=1e-12)
    h1 = np.array([1, 1, -1, -1, -1])
    h2 = np.array([-1, -1, -1, -1, 1])
    np.testing.assert_allclose(scores, math.log(4) * h1 + math.log(3) * h2, rtol=1e-12)


@pytest.mark.parametrize("n,d,rounds", [(20, 1, 5), (60, 3, 15), (150, 4, 30)])
def test_adaboost_properties(n, d, rounds):
    ada = reference("adaboost-stumps", "adaboost_stumps")
    rng = np.random.default_rng(n * rounds)
    X = rng.normal(size=(n, d))
    y = np.where(X[:, 0] + 0.5 * np.sin(3 * X[:, -1]) + 0.3 * rng.normal(size=n) > 0, 1, -1)
    alphas, scores = ada(X, y, X, rounds)
    errors = 1.0 / (1.0 + np.exp(alphas))  # alpha = ln((1 - e) / e)
    # Every stump is at least as good as a coin (one polarity always has error <= 1/2).
    assert (alphas >= -1e-12).all() and (errors <= 0.5 + 1e-12).all()
    # Training error of the vote is bounded by prod 2 sqrt(e (1 - e)).
    assert np.mean(np.sign(scores) != y) <= np.prod(2 * np.sqrt(errors * (1 - errors))) + 1e-12
    # Flipping the labels flips the scores and keeps the weights.
    alphas_flip, scores_flip = ada(X, -y, X, rounds)
    np.testing.assert_allclose(alphas_flip, alphas, rtol=1e-9)
    np.testing.assert_allclose(scores_flip, -scores, rtol=1e-9, atol=1e-9)
    # A strictly increasing transform of the features changes no split.
    alphas_mono, scores_mono = ada(np.exp(X) * 3 - 1, y, np.exp(X) * 3 - 1, rounds)
    np.testing.assert_allclose(alphas_mono, alphas, rtol=1e-9)
    np.testing.assert_allclose(scores_mono, scores, rtol=1e-9, atol=1e-9)


# ----------------------------------------------------------------------------------------------
# pegasos-svm
# ----------------------------------------------------------------------------------------------


def _svm_objective(X, y, w, lam):
    return 0.5 * lam * w @ w + np.maximum(0.0, 1.0 - y * (X @ w)).mean()


def test_pegasos_first_step_by_hand():
    pegasos = reference("pegasos-svm", "pegasos_svm")
    X = np.array([[1.0, 2.0], [3.0, -1.0]])
    y = np.array([1.0, -1.0])
    # t=1, i=1: margin 0 < 1, shrink by (1 - 1) = 0, add eta y x = (1/0.5) * -1 * [3, -1].
    np.testing.assert_allclose(pegasos(X, y, 0.5, [1]), [-6.0, 2.0])
    # t=2, i=0: margin 1 * ([1,2].[-6,2]) = -2 < 1: w = (1/2) w + (1/(0.5*2)) [1, 2] = [-2, 3].
    np.testing.assert_allclose(pegasos(X, y, 0.5, [1, 0]), [-2.0, 3.0])


@pytest.mark.parametrize("n,d,lam", [(100, 2, 0.1), (300, 5, 0.01)])
def test_pegasos_objective_falls_and_approaches_linear_svc(n, d, lam):
    pegasos = reference("pegasos-svm", "pegasos_svm")
    rng = np.random.default_rng(n + d)
    X = rng.normal(size=(n, d))
    y = np.where(X @ rng.normal(size=d) + 0.5 * rng.normal(size=n) > 0, 1.0, -1.0)
    orders = [np.concatenate([rng.permutation(n) for _ in range(epochs)]) for epochs in (1, 20, 300)]
    objectives = [_svm_objective(X, y, pegasos(X, y, lam, order), lam) for order in orders]
    # Objective at w = 0 is 1 (every hinge is 1). It falls, and keeps falling with more epochs.
    assert objectives[0] < 1.0
    assert objectives[2] < objectives[1] < objectives[0] + 1e-9
    # LinearSVC with hinge loss and no intercept minimises ||w||^2 / 2 + C sum(hinge); with
    # C = 1 / (lam n) that is the Pegasos objective divided by lam. Loose comparison: Pegasos is
    # a stochastic method, so we ask for the objective within 1% and a cosine above 0.99.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        svc = LinearSVC(
            C=1.0 / (lam * n), loss="hinge", fit_intercept=False, dual=True, tol=1e-10, max_iter=200_000
        ).fit(X, y)
    w_svc = svc.coef_[0]
    best = _svm_objective(X, y, w_svc, lam)
    assert objectives[2] <= best * 1.01
    w = pegasos(X, y, lam, orders[2])
    assert w @ w_svc / (np.linalg.norm(w) * np.linalg.norm(w_svc)) > 0.99


# ----------------------------------------------------------------------------------------------
# perceptron
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("n,d,epochs", [(2, 2, 3), (20, 2, 5), (100, 4, 10), (200, 8, 1)])
def test_perceptron_matches_sklearn(n, d, epochs):
    perceptron = reference("perceptron", "perceptron")
    rng = np.random.default_rng(n + epochs)
    X = rng.integers(-5, 6, size=(n, d)).astype(float)
    y = np.where(X @ rng.normal(size=d) + rng.normal(size=n) > 0, 1, -1)
    y[0], y[1] = 1, -1  # sklearn needs both classes
    w, b = perceptron(X, y, epochs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = Perceptron(shuffle=False, eta0=1.0, max_iter=epochs, tol=None, alpha=0.0).fit(X, y)
    np.testing.assert_allclose(w, model.coef_[0], atol=1e-12)
    assert b == pytest.approx(model.intercept_[0], abs=1e-12)


def test_perceptron_converges_on_separable_data():
    perceptron = reference("perceptron", "perceptron")
    rng = np.random.default_rng(3)
    X = rng.normal(size=(80, 3))
    y = np.where(X @ np.array([1.0, -2.0, 0.5]) + 0.3 > 0, 1, -1)
    keep = np.abs(X @ np.array([1.0, -2.0, 0.5]) + 0.3) > 0.2  # a positive margin
    X, y = X[keep], y[keep]
    w, b = perceptron(X, y, 200)
    assert (y * (X @ w + b) > 0).all()
    # Once an epoch makes no mistake nothing changes: more epochs give the same answer.
    w2, b2 = perceptron(X, y, 400)
    np.testing.assert_array_equal(w, w2)
    assert b == b2
