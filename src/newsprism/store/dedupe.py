"""Near-duplicate and syndicated copies: MinHash signatures and an LSH index (datasketch).

A wire story run by five outlets, or a page re-published with a new footer, should be
one story with copies linked to it, not five stories counted five times. Jaccard
similarity of word 5-shingles catches both; MinHash LSH finds candidates in sub-linear
time. Signatures are stored (``minhashes``) so the index is rebuilt when a store opens,
not recomputed from text.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

__all__ = ["NUM_PERM", "THRESHOLD", "DuplicateIndex", "signature"]

NUM_PERM = 128
#: estimated Jaccard above which two articles are copies of one story.
THRESHOLD = 0.8
SHINGLE = 5
#: datasketch 2's default hashing scheme, named so stored signatures stay readable.
SCHEME = "affine32"
_WORD = re.compile(r"\w+", re.UNICODE)


def signature(text: str) -> MinHash:
    """MinHash of the lower-cased word 5-shingles of ``text`` (whole text if shorter)."""
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return bytes(np.asarray(minhash.hashvalues, dtype=np.uint32).tobytes())


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint32), scheme=SCHEME)


class DuplicateIndex:
    """The LSH index over stored signatures, keyed by article pk."""

    def __init__(self, *, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[int, MinHash] = {}

    def add(self, article_pk: int, minhash: MinHash) -> None:
        if article_pk not in self.signatures:
            self.lsh.insert(article_pk, minhash)
            self.signatures[article_pk] = minhash

    def discard(self, article_pk: int) -> None:
        if self.signatures.pop(article_pk, None) is not None:
            self.lsh.remove(article_pk)

    def best_match(self, minhash: MinHash, *, exclude: set[int] = frozenset()) -> tuple[int, float] | None:  # type: ignore[assignment]
        """The most similar indexed article at or above the threshold, with its estimated Jaccard."""
        best: tuple[int, float] | None = None
        for key in self.lsh.query(minhash):
            if key in exclude:
                continue
            similarity = float(minhash.jaccard(self.signatures[key]))
            if similarity >= self.threshold and (
                best is None or similarity > best[1] or (similarity == best[1] and key < best[0])
            ):
                best = (int(key), similarity)
        return best
