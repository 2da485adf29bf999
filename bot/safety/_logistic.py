"""Logistic regression in plain numpy: the safety model's training (scoring is one dot product).

The input is a `Design`: a dense block (the e5 embedding) beside a sparse one (the hashed character
n-grams, a few hundred of 16,384 buckets per message). Multiplying only the stored entries makes training
about ten times faster than on the dense matrix, with the same result.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["Design", "fit_binary", "fit_softmax"]

Vector = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Design:
    """Rows of [dense | sparse]: the sparse block as (row, column, value) triples over `width` columns."""

    dense: npt.NDArray[np.float64]
    rows: npt.NDArray[np.int64]
    cols: npt.NDArray[np.int64]
    vals: npt.NDArray[np.float64]
    width: int

    @property
    def n(self) -> int:
        """Number of rows."""
        return int(self.dense.shape[0])

    @property
    def columns(self) -> int:
        """Number of columns, dense and sparse."""
        return int(self.dense.shape[1]) + self.width

    def dot(self, w: Vector) -> Vector:
        """The product with a weight vector: one number per row."""
        d = self.dense.shape[1]
        sparse = np.bincount(self.rows, weights=self.vals * w[d + self.cols], minlength=self.n)
        return np.asarray(self.dense @ w[:d] + sparse, dtype=np.float64)

    def tdot(self, e: Vector) -> Vector:
        """The transposed product with one number per row: one number per column."""
        sparse = np.bincount(self.cols, weights=self.vals * e[self.rows], minlength=self.width)
        return np.concatenate([self.dense.T @ e, sparse])

    def select(self, keep: npt.NDArray[np.bool_]) -> Design:
        """The rows where `keep` is true."""
        index = np.cumsum(keep) - 1
        entries = keep[self.rows]
        return Design(
            self.dense[keep], index[self.rows[entries]], self.cols[entries], self.vals[entries], self.width
        )


def _lipschitz(x: Design) -> float:
    """The largest eigenvalue of x'x, by power iteration (bounds the step size)."""
    v = np.ones(x.columns, dtype=np.float64) / np.sqrt(x.columns)
    value = 1.0
    for _ in range(50):
        w = x.tdot(x.dot(v))
        value = float(np.linalg.norm(w))
        v = w / value
    return value


def fit_binary(
    x: Design, y: npt.NDArray[np.int_], *, c: float, iterations: int = 800
) -> tuple[Vector, float]:
    """Weights and bias minimising C * sum(class-balanced log loss) + |w|^2 / 2 (Nesterov descent)."""
    n = len(y)
    positives = int(y.sum())
    # Balanced: each class weighs as much in total, like scikit-learn's class_weight="balanced".
    sample = np.where(y == 1, n / (2 * positives), n / (2 * (n - positives))).astype(np.float64)
    step = 1.0 / (c * float(sample.max()) * (_lipschitz(x) + n) / 4 + 1)
    w = np.zeros(x.columns, dtype=np.float64)
    b = 0.0
    w_prev, b_prev = w.copy(), b
    for k in range(iterations):
        momentum = k / (k + 3)
        vw, vb = w + momentum * (w - w_prev), b + momentum * (b - b_prev)
        p = 1 / (1 + np.exp(-(x.dot(vw) + vb)))
        err = c * sample * (p - y)
        w_prev, b_prev = w, b
        w = vw - step * (x.tdot(err) + vw)
        b = vb - step * float(err.sum())
    return w, b


def fit_softmax(
    x: Design, y: npt.NDArray[np.int_], classes: int, *, c: float, iterations: int = 800
) -> tuple[npt.NDArray[np.float64], Vector]:
    """Weights (classes x features) and biases of a multinomial logistic regression, L2-penalised."""
    n = len(y)
    onehot = np.eye(classes)[y]
    step = 1.0 / (c * (_lipschitz(x) + n) / 2 + 1)
    w = np.zeros((classes, x.columns), dtype=np.float64)
    b = np.zeros(classes, dtype=np.float64)
    w_prev, b_prev = w.copy(), b.copy()
    for k in range(iterations):
        momentum = k / (k + 3)
        vw, vb = w + momentum * (w - w_prev), b + momentum * (b - b_prev)
        logits = np.stack([x.dot(row) for row in vw], axis=1) + vb
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        err = c * (p - onehot)
        w_prev, b_prev = w, b
        w = vw - step * (np.stack([x.tdot(col) for col in err.T]) + vw)
        b = vb - step * err.sum(axis=0)
    return w, b
