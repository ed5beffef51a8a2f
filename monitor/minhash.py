"""datasketch's MinHash without the rest of datasketch.

`import datasketch` runs the package's __init__, which imports every sketch it ships: its LSH
indexes pull in scipy.integrate, about 0.5 s of CPU at the start of every crawl and ~60 MB of RSS
(bench/README.md), for a class that needs only numpy. The MinHash module and its hash functions are
loaded here under a placeholder package; the placeholder is taken away again, so a later
`import datasketch` (anywhere in the process) runs the real package and finds these same modules.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types


def _load_minhash() -> type:
    loaded = sys.modules.get("datasketch.minhash")
    if loaded is not None:
        return loaded.MinHash
    spec = importlib.util.find_spec("datasketch")   # finds the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("datasketch is not installed")
    placeholder = "datasketch" not in sys.modules
    if placeholder:
        package = types.ModuleType("datasketch")
        package.__path__ = list(spec.submodule_search_locations)
        package.__spec__ = spec
        sys.modules["datasketch"] = package
    try:
        return importlib.import_module("datasketch.minhash").MinHash
    finally:
        if placeholder:
            del sys.modules["datasketch"]


MinHash = _load_minhash()
