"""Refit the matcher's calibration (CALIBRATION in bot/search/engine.py) on question files.

    .venv/bin/python scripts/fit_calibration.py tests/data/dev_questions.yaml ...

Prints the logistic-regression weights (L2-regularised, off-topic questions weighted by
--oos-weight) over the features the matcher computes for each question's best passage,
and how many training questions they would reject. Paste the weights into CALIBRATION by
hand: the bot itself has no fitting dependency. Leave the newest blind set out, to judge
the result.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.evaluation import OFF_TOPIC, load_questions  # noqa: E402
from bot.search import engine  # noqa: E402
from bot.services import build_services  # noqa: E402


def collect(files: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Features of each question's best passage (questions with none are left out: they
    are never answered) and whether the question is answerable."""
    services = build_services(config_dir=ROOT / "config", seeds_dir=ROOT / "seeds")
    seen: dict[str, dict[str, float]] = {}
    features = engine.Matcher._features

    def record(self, *args):  # the features of the search in progress
        seen["last"] = features(self, *args)
        return seen["last"]

    engine.Matcher._features = record
    rows, labels = [], []
    for path in files:
        for item in load_questions(path):
            seen.clear()
            services.matcher.search(item["q"])
            if "last" in seen:
                rows.append(seen["last"])
                labels.append(item["kind"] != OFF_TOPIC)
    names = list(rows[0])
    return names, np.array([[r[n] for n in names] for r in rows]), np.array(labels, float)


def fit(x: np.ndarray, y: np.ndarray, weights: np.ndarray, l2: float) -> np.ndarray:
    """Weighted logistic regression by Newton's method (bias not regularised)."""
    a = np.hstack([np.ones((len(x), 1)), x])
    beta = np.zeros(a.shape[1])
    penalty = l2 * np.diag(np.r_[0.0, np.ones(a.shape[1] - 1)])
    for _ in range(100):
        p = 1 / (1 + np.exp(-a @ beta))
        gradient = a.T @ (weights * (p - y)) + penalty @ beta
        hessian = (a * (weights * p * (1 - p))[:, None]).T @ a + penalty
        beta -= np.linalg.solve(hessian, gradient)
    return beta


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--oos-weight", type=float, default=2.0)
    parser.add_argument("--l2", type=float, default=0.1)
    args = parser.parse_args()
    names, x, y = collect(args.files)
    beta = fit(x, y, np.where(y == 0, args.oos_weight, 1.0), args.l2)
    weights = {"bias": round(float(beta[0]), 2)}
    weights.update({n: round(float(b), 2) for n, b in zip(names, beta[1:], strict=True)})
    print(f"{len(y)} questions with a best passage, {int((y == 0).sum())} off-topic")
    print("CALIBRATION =", weights)
    z = np.hstack([np.ones((len(x), 1)), x]) @ beta
    print(f"training: off-topic rejected {np.mean(z[y == 0] < 0):.3f}, "
          f"answerable rejected {np.mean(z[y == 1] < 0):.3f}")


if __name__ == "__main__":
    main()
