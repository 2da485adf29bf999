"""Logistic regression in plain numpy: the safety model's training (scoring is one dot product)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["fit_binary", "fit_softmax"]

Matrix = npt.NDArray[np.float32]
Vector = npt.NDArray[np.float64]


def _lipschitz(x: npt.NDArray[np.float64]) -> float:
    """The largest eigenvalue of x'x, by power iteration (bounds the step size)."""
    v = np.ones(x.shape[1], dtype=np.float64) / np.sqrt(x.shape[1])
    value = 1.0
    for _ in range(50):
        w = x.T @ (x @ v)
        value = float(np.linalg.norm(w))
        v = w / value
    return value


def fit_binary(
    x: Matrix, y: npt.NDArray[np.int_], *, c: float, iterations: int = 800
) -> tuple[Vector, float]:
    """Weights and bias minimising C * sum(class-balanced log loss) + |w|^2 / 2 (Nesterov descent)."""
    x64 = np.asarray(x, dtype=np.float64)  # once here, not on every product below
    n = len(y)
    positives = int(y.sum())
    # Balanced: each class weighs as much in total, like scikit-learn's class_weight="balanced".
    sample = np.where(y == 1, n / (2 * positives), n / (2 * (n - positives))).astype(np.float64)
    step = 1.0 / (c * float(sample.max()) * (_lipschitz(x64) + n) / 4 + 1)
    w = np.zeros(x64.shape[1], dtype=np.float64)
    b = 0.0
    w_prev, b_prev = w.copy(), b
    for k in range(iterations):
        momentum = k / (k + 3)
        vw, vb = w + momentum * (w - w_prev), b + momentum * (b - b_prev)
        p = 1 / (1 + np.exp(-(x64 @ vw + vb)))
        err = c * sample * (p - y)
        w_prev, b_prev = w, b
        w = vw - step * (x64.T @ err + vw)
        b = vb - step * float(err.sum())
    return w, b


def fit_softmax(
    x: Matrix, y: npt.NDArray[np.int_], classes: int, *, c: float, iterations: int = 800
) -> tuple[npt.NDArray[np.float64], Vector]:
    """Weights (classes x features) and biases of a multinomial logistic regression, L2-penalised."""
    x64 = np.asarray(x, dtype=np.float64)
    n = len(y)
    onehot = np.eye(classes)[y]
    step = 1.0 / (c * (_lipschitz(x64) + n) / 2 + 1)
    w = np.zeros((classes, x64.shape[1]), dtype=np.float64)
    b = np.zeros(classes, dtype=np.float64)
    w_prev, b_prev = w.copy(), b.copy()
    for k in range(iterations):
        momentum = k / (k + 3)
        vw, vb = w + momentum * (w - w_prev), b + momentum * (b - b_prev)
        logits = x64 @ vw.T + vb
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        err = c * (p - onehot)
        w_prev, b_prev = w, b
        w = vw - step * (err.T @ x64 + vw)
        b = vb - step * err.sum(axis=0)
    return w, b
