"""Pictures of a result: `mli run --plot` draws the learner's answer beside the reference's.

The problem's ``plot`` spec (docs/CONTENT.md) says what to draw — clusters, a linear decision
boundary, a curve, a ROC curve, a heat map — and where each part comes from: an index or key
into the answer, or a parameter of the case. matplotlib is an optional extra
(``pip install 'mlinterview[plots]'``), imported only here, never on the judge's path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mlinterview.catalog import Problem
from mlinterview.errors import UserInputError
from mlinterview.judge.verdicts import Report
from mlinterview.services.context import Context


def part(where: Any, answer: Any, args: list[Any], params: list[str]) -> Any:
    """The piece of a case that ``where`` names: ``answer`` itself, a parameter, or an index or
    key into the answer."""
    if where == "answer":
        return answer
    if isinstance(where, str) and where in params:
        return args[params.index(where)]
    try:
        return answer[where]
    except (KeyError, IndexError, TypeError):
        return None


def save_plot(ctx: Context, problem: Problem, report: Report) -> Path:
    spec = problem.extra.get("plot")
    if not spec:
        raise UserInputError(
            f"{problem.slug} has no picture to draw (--plot works for problems that declare one)"
        )
    case = next((c for c in report.cases if c.is_sample and c.has_details), None)
    if case is None:
        raise UserInputError("no sample case ran, so there is nothing to draw")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise UserInputError("pictures need matplotlib: pip install 'mlinterview[plots]'") from None

    figure, axes = plt.subplots(1, 2, figsize=(11, 4.6), constrained_layout=True)
    params = problem.entry["params"]
    for ax, label, answer in ((axes[0], "your answer", case.got), (axes[1], "reference", case.expected)):
        ax.set_title(label)
        if answer is None:
            ax.text(0.5, 0.5, "no answer (it failed)", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
            continue
        try:
            _DRAW[spec["kind"]](ax, spec, answer, case.input, params)
        except (ValueError, TypeError, IndexError) as exc:
            ax.text(
                0.5,
                0.5,
                f"cannot draw this answer:\n{exc}",
                ha="center",
                va="center",
                transform=ax.transAxes,
                wrap=True,
            )
    figure.suptitle(f"{problem.title} — {case.case_id}" + (f": {spec['title']}" if spec.get("title") else ""))
    target = ctx.config.home / "plots" / f"{problem.slug}-{case.case_id}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(target, dpi=110)
    plt.close(figure)
    return target


def _array(value: Any) -> Any:
    import numpy as np

    return np.asarray(value, dtype=float)


def _clusters(ax: Any, spec: dict[str, Any], answer: Any, args: list[Any], params: list[str]) -> None:
    points = _array(part(spec["points"], answer, args, params))
    labels = _array(part(spec["labels"], answer, args, params)).ravel()
    ax.scatter(points[:, 0], points[:, 1], c=labels, cmap="tab10", s=18, edgecolors="none")
    if spec.get("centers") is not None:
        centers = part(spec["centers"], answer, args, params)
        if centers is not None:
            c = _array(centers)
            ax.scatter(c[:, 0], c[:, 1], marker="X", s=140, c="black", edgecolors="white")


def _boundary(ax: Any, spec: dict[str, Any], answer: Any, args: list[Any], params: list[str]) -> None:
    import numpy as np

    points = _array(part(spec["points"], answer, args, params))
    labels = _array(part(spec["labels"], answer, args, params)).ravel()
    w = _array(part(spec["weights"], answer, args, params)).ravel()
    b = float(_array(part(spec["bias"], answer, args, params)).ravel()[0])
    ax.scatter(points[:, 0], points[:, 1], c=labels, cmap="coolwarm", s=18, edgecolors="none")
    xs = np.linspace(points[:, 0].min(), points[:, 0].max(), 50)
    if abs(w[1]) > 1e-12:
        ax.plot(xs, -(w[0] * xs + b) / w[1], "k-", lw=1.5, label="w·x + b = 0")
    else:
        ax.axvline(-b / w[0] if abs(w[0]) > 1e-12 else 0.0, color="k", lw=1.5)
    ax.set_ylim(points[:, 1].min() - 0.5, points[:, 1].max() + 0.5)


def _curve(ax: Any, spec: dict[str, Any], answer: Any, args: list[Any], params: list[str]) -> None:
    series = _array(part(spec["series"], answer, args, params))
    if series.ndim == 1:
        ax.plot(series, marker=".", lw=1.2)
    else:
        for j in range(series.shape[1]):
            ax.plot(series[:, j], lw=1.2, label=f"[{j}]")
        if series.shape[1] <= 8:
            ax.legend(fontsize="small")
    ax.set_xlabel("step")


def _roc(ax: Any, spec: dict[str, Any], answer: Any, args: list[Any], params: list[str]) -> None:
    fpr = _array(part(spec["fpr"], answer, args, params))
    tpr = _array(part(spec["tpr"], answer, args, params))
    # Straight segments between the points: tied scores move both rates at once (a diagonal step).
    auc = part("auc", answer, args, params)
    ax.plot(fpr, tpr, lw=1.8, marker=".", label=f"AUC = {float(auc):.3f}" if auc is not None else None)
    if auc is not None:
        ax.legend(loc="lower right")
    ax.plot([0, 1], [0, 1], ls="--", c="grey", lw=1)
    ax.set_xlabel("false positive rate")
    ax.set_ylabel("true positive rate")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)


def _heatmap(ax: Any, spec: dict[str, Any], answer: Any, args: list[Any], params: list[str]) -> None:
    matrix = _array(part(spec["matrix"], answer, args, params))
    while matrix.ndim > 2:
        matrix = matrix[0]
    image = ax.imshow(matrix, cmap="viridis", aspect="auto")
    ax.figure.colorbar(image, ax=ax, fraction=0.046)
    ax.set_xlabel("key")
    ax.set_ylabel("query")


_DRAW = {"clusters": _clusters, "boundary": _boundary, "curve": _curve, "roc": _roc, "heatmap": _heatmap}
