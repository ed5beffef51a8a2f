"""monitor.minhash gives datasketch's own MinHash without importing the rest of datasketch (scipy)."""

from __future__ import annotations

import subprocess
import sys


def test_minhash_is_datasketchs_and_scipy_stays_out():
    code = ("import sys; import monitor.stories; assert 'scipy' not in sys.modules, 'scipy imported'; "
            "from monitor.minhash import MinHash; import datasketch; assert datasketch.MinHash is MinHash; "
            "import datasketch.lsh; a = MinHash(num_perm=64, seed=1); a.update_batch([b'gold', b'label']); "
            "b = datasketch.MinHash(num_perm=64, seed=1); b.update_batch([b'gold', b'label']); "
            "assert (a.hashvalues == b.hashvalues).all(); print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"
